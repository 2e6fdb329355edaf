#!/usr/bin/env bash
# Builds and runs one libFuzzer target for FrontlineCore's parsers.
#
#   Tools/fuzz/run.sh TARGET SECONDS            fuzz for SECONDS (0 = until the first crash)
#   Tools/fuzz/run.sh TARGET 0 FILE...          run the harness once on each FILE (reproduce a crash)
#
# TARGET is one of: tsv grid timeline atlas text (see Fuzz/README.md).
#
# The harness Fuzz/TARGET.swift, Fuzz/Support/*.swift and every source of Sources/FrontlineCore are compiled as
# one module with `swiftc -parse-as-library -sanitize=fuzzer,address -O` into .build-fuzz/bin/TARGET. The corpus
# lives in .build-fuzz/corpus/TARGET and is seeded from the real Data/ files on every run (existing finds are
# kept); crash, timeout and OOM inputs go to .build-fuzz/artifacts/TARGET/; the libFuzzer output goes to the
# terminal and to .build-fuzz/logs/TARGET.log. The last line printed is a one-line summary.
#
# Environment: SWIFTC (default: swiftc on PATH, else /opt/swift/usr/bin/swiftc); FUZZ_FORK=1 keeps fuzzing
# after a crash (libFuzzer -fork=1 -ignore_crashes=1) so one shallow bug does not end the run;
# FUZZ_ARGS adds libFuzzer flags.
set -euo pipefail

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
TARGET=$1
SECS=$2
shift 2
case "$TARGET" in
    tsv) MAX_LEN=16384 ;;
    grid) MAX_LEN=8192 ;;
    timeline) MAX_LEN=16384 ;;
    atlas) MAX_LEN=16384 ;;
    text) MAX_LEN=256 ;;
    *) echo "unknown target '$TARGET': expected tsv, grid, timeline, atlas or text" >&2; exit 2 ;;
esac
[[ "$SECS" =~ ^[0-9]+$ ]] || { echo "SECONDS must be a whole number" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
OUT=.build-fuzz
BIN=$OUT/bin/$TARGET
CORPUS=$OUT/corpus/$TARGET
ARTIFACTS=$OUT/artifacts/$TARGET
LOG=$OUT/logs/$TARGET.log
mkdir -p "$OUT/bin" "$CORPUS" "$ARTIFACTS" "$OUT/logs"

SWIFTC=${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}

# --- build (skipped when the binary is newer than every input) ---------------------------------------------
mapfile -t SOURCES < <(find Sources/FrontlineCore -name '*.swift' | LC_ALL=C sort)
SOURCES+=(Fuzz/Support/*.swift "Fuzz/$TARGET.swift")
if [ ! -x "$BIN" ] || [ -n "$(find "${SOURCES[@]}" "$0" -newer "$BIN" 2>/dev/null | head -1)" ]; then
    echo "== building $BIN" >&2
    # ld.gold warns about every ASan helper symbol ("Cannot export local symbol"); those lines are noise.
    "$SWIFTC" -parse-as-library -sanitize=fuzzer,address -O -g -swift-version 6 \
        -module-name FrontlineFuzz \
        "${SOURCES[@]}" -o "$BIN" 2> >(grep -v 'Cannot export local symbol' >&2)
fi

# Swift's runtime keeps metadata caches for the life of the process; LeakSanitizer reports them as leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}
# The Swift runtime backtracer would catch the trap first and stall on the ASan process; let libFuzzer report it.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

if [ $# -gt 0 ]; then
    exec "$BIN" "$@"
fi

# --- seed the corpus from Data/ -------------------------------------------------------------------------------
T=$'\t'
seed() { printf '%s' "$2" > "$CORPUS/seed-$1"; }
# The fixture the timeline and atlas harnesses write (Fuzz/Support/FuzzSupport.swift), as text for seeds.
FIX_CHANGES="date${T}certainty${T}targets${T}controller${T}note${T}source${T}source_date
2014-03-01${T}exact${T}al-qaim${T}is${T}IS took al-Qaim.${T}Src${T}2014
2014-06-01${T}exact${T}SY0902${T}is${T}IS took the district.${T}Src${T}2014
2015-01-10${T}approx${T}SY0902${T}syria-gov${T}Army back in the district.${T}Src${T}2015
2015-01-10${T}exact${T}hajin${T}contested:is+syria-gov${T}Fighting in Hajin.${T}Src${T}2015
2016-01-01${T}exact${T}al-qaim${T}iraq-gov${T}Army retook al-Qaim.${T}Src${T}2016
"
FIX_INITIAL="target${T}controller${T}note${T}source${T}source_date
SY0902${T}syria-gov${T}Government held the district.${T}Src${T}2014
hajin${T}is${T}Hajin was held by IS.${T}Src${T}2014-01
IQG01Q02${T}iraq-gov${T}Iraqi army held al-Qaim district.${T}Src${T}2014-01-01
"
FIX_FACTIONS="id${T}name${T}short${T}colour${T}colour_cb${T}glyph${T}ascii${T}description
is${T}Islamic State${T}IS${T}#3c3c3c${T}#5a5a5a${T}█${T}#${T}Islamic State
syria-gov${T}Syrian government${T}SyGov${T}#d62828${T}#d55e00${T}·${T}.${T}Syrian Arab Army
iraq-gov${T}Iraqi government${T}IqGov${T}#b5557a${T}#cc79a7${T}:${T}:${T}Iraqi Security Forces
"
FIX_EVENTS="date${T}certainty${T}targets${T}title${T}source${T}source_date
2014-06-29${T}exact${T}${T}A caliphate is proclaimed.${T}Src${T}2014-06-29
2015-05-20${T}approx${T}hajin,SY0902${T}Something happened.${T}Src${T}2015-05
"
FIX_REGIONS="n${T}id${T}kind${T}name${T}english${T}lat${T}lon${T}population${T}district${T}priority${T}cells${T}source${T}altnames
1${T}abu-kamal${T}town${T}Ālbū Kamāl${T}Abu Kamal${T}35.3000${T}40.3000${T}57572${T}SY0902${T}3${T}2${T}GeoNames 174448${T}Abu Kemal|البوكمال
2${T}hajin${T}town${T}Hajin${T}Hajin${T}35.2000${T}41.2000${T}0${T}SY0902${T}5${T}2${T}curated${T}Hajeen
3${T}al-qaim${T}town${T}Al Qā’im${T}al-Qaim${T}35.3000${T}41.7000${T}74100${T}IQG01Q02${T}3${T}2${T}GeoNames 92138${T}Al Kaim|القائم
"
FIX_DISTRICTS="pcode${T}governorate${T}name${T}name_ar
SY0902${T}SY09${T}Abu Kamal${T}البوكمال
IQG01Q02${T}IQG01${T}Al-Kaim${T}القائم
"
FIX_GRID="frontline-atlas-grid 1
cols 4
rows 3
west 40.00
north 36.00
step 0.5
@TR*4
1*2 2 3
~ L1 2 3
"
FIX_LAKES="n${T}name${T}lat${T}lon${T}country${T}source
1${T}Test Lake${T}34.7500${T}40.7500${T}SY${T}invented
"
# A valid grid cut from the real one: the real header with `rows N`, then N real rows starting at FROM.
real_grid() {  # N FROM
    { sed -n '1,2p' Data/atlas/grid.txt; echo "rows $1"; sed -n '4,6p' Data/atlas/grid.txt
      sed -n "$(( $2 + 6 )),$(( $2 + 5 + $1 ))p" Data/atlas/grid.txt; }
}
crlf_bom() { printf '\xEF\xBB\xBF'; sed 's/$/\r/'; }
# Bash strings cannot hold NUL bytes, so the parts are joined with NULs only when written.
join() { local first=1; for part in "$@"; do [ $first = 1 ] || printf '\0'; first=0; printf '%s' "$part"; done; }

case "$TARGET" in
tsv)
    for f in Data/timeline/changes/*.tsv; do cp "$f" "$CORPUS/seed-$(basename "$f")"; done
    crlf_bom < Data/timeline/changes/iraq-west.tsv | head -c "$MAX_LEN" > "$CORPUS/seed-crlf-bom.tsv"
    head -c 4000 Data/timeline/events.tsv > "$CORPUS/seed-events.tsv"      # wrong header
    seed fixture-changes.tsv "$FIX_CHANGES"
    ;;
grid)
    seed fixture-grid.txt "$FIX_GRID"
    real_grid 4 100 > "$CORPUS/seed-real-100.txt"
    real_grid 6 250 > "$CORPUS/seed-real-250.txt"
    real_grid 3 400 | crlf_bom > "$CORPUS/seed-real-400-crlf.txt"
    head -c "$MAX_LEN" Data/atlas/grid.txt > "$CORPUS/seed-real-truncated.txt"
    ;;
timeline)
    seed fixture-changes "$FIX_CHANGES"
    join "$FIX_CHANGES" "$FIX_INITIAL" "$FIX_FACTIONS" "$FIX_EVENTS" > "$CORPUS/seed-fixture-all"
    i=0
    for f in Data/timeline/changes/*.tsv; do
        i=$((i + 1))
        join "$(head -25 "$f")" "$FIX_INITIAL" "$(cat Data/timeline/factions.tsv)" > "$CORPUS/seed-real-changes-$i"
    done
    for f in Data/timeline/initial/*.tsv; do
        i=$((i + 1))
        join "$FIX_CHANGES" "$(head -25 "$f")" "$FIX_FACTIONS" "$(cat Data/timeline/events.tsv)" > "$CORPUS/seed-real-initial-$i"
    done
    ;;
atlas)
    seed fixture-regions "$FIX_REGIONS"
    join "$FIX_REGIONS" "$FIX_DISTRICTS" "$FIX_GRID" "$FIX_LAKES" > "$CORPUS/seed-fixture-all"
    join "$(head -20 Data/atlas/regions.tsv)" "$(cat Data/atlas/districts.tsv)" > "$CORPUS/seed-real-regions"
    join "$(sed -n '1p;200,215p' Data/atlas/regions.tsv)" "$FIX_DISTRICTS" "$(real_grid 3 300)" \
        "$(cat Data/atlas/lakes.tsv)" > "$CORPUS/seed-real-mixed"
    ;;
text)
    awk -F'\t' 'NR > 1 && NR <= 80 { printf "%s", $1 > (dir "/seed-date-" NR); close(dir "/seed-date-" NR) }' \
        dir="$CORPUS" Data/timeline/changes/syria-east.tsv
    awk -F'\t' 'NR > 1 && NR % 7 == 0 {
            f = dir "/seed-point-" NR; printf "%s,%s", $6, $7 > f; close(f)
            f = dir "/seed-name-" NR; printf "%s", $4 > f; close(f)
            f = dir "/seed-english-" NR; printf "%s", $5 > f; close(f)
            n = split($13, alt, "|"); if (n > 0) { f = dir "/seed-alt-" NR; printf "%s", alt[n] > f; close(f) }
        }' dir="$CORPUS" Data/atlas/regions.tsv
    awk -F'\t' 'NR > 1 { f = dir "/seed-colour-" NR; printf "%s", $4 > f; close(f)
                         f = dir "/seed-glyph-" NR; printf "%s", $6 > f; close(f) }' \
        dir="$CORPUS" Data/timeline/factions.tsv
    seed odd-1 "al-Ḥasakah"; seed odd-2 " 34.5 , -180 "; seed odd-3 "2016-02-29"; seed odd-4 $'\e]0;title\a\u202e'
    ;;
esac

# --- fuzz -----------------------------------------------------------------------------------------------------
ARGS=(-max_total_time="$SECS" -max_len="$MAX_LEN" -print_final_stats=1 -timeout=10
      -artifact_prefix="$ARTIFACTS/")
[ -f "Fuzz/dicts/$TARGET.dict" ] && ARGS+=(-dict="Fuzz/dicts/$TARGET.dict")
[ "${FUZZ_FORK:-0}" = 1 ] && ARGS+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
# shellcheck disable=SC2206
ARGS+=(${FUZZ_ARGS:-})

echo "== $BIN ${ARGS[*]} $CORPUS" >&2
STAMP=$OUT/logs/$TARGET.start
touch "$STAMP"
set +e
"$BIN" "${ARGS[@]}" "$CORPUS" 2>&1 | tee "$LOG"
STATUS=${PIPESTATUS[0]}
set -e

# --- summary --------------------------------------------------------------------------------------------------
EXECS=$(grep -a 'stat::number_of_executed_units' "$LOG" | tail -1 | awk '{print $2}' || true)
RATE=$(grep -a 'stat::average_exec_per_sec' "$LOG" | tail -1 | awk '{print $2}' || true)
STATUSLINE=$(grep -aE '^#[0-9]+:?[[:space:]].*cov:' "$LOG" | tail -1 || true)
if [ -z "$EXECS" ]; then     # fork mode: the parent prints no final stats; use its last status line
    EXECS=$(sed -nE 's/^#([0-9]+):? .*/\1/p' <<<"$STATUSLINE")
    RATE=$(sed -nE 's/.*exec\/s:? ([0-9]+).*/\1/p' <<<"$STATUSLINE")
fi
COV=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$STATUSLINE")
FT=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$STATUSLINE")
# Count only this run's artifacts.
CRASHES=$(find "$ARTIFACTS" -name 'crash-*' -newer "$STAMP" | wc -l)
TIMEOUTS=$(find "$ARTIFACTS" -name 'timeout-*' -newer "$STAMP" | wc -l)
OOMS=$(find "$ARTIFACTS" -name 'oom-*' -newer "$STAMP" | wc -l)
echo "SUMMARY target=$TARGET seconds=$SECS executions=${EXECS:-?} exec/s=${RATE:-?} cov=${COV:-?} ft=${FT:-?}" \
     "crashes=$CRASHES timeouts=$TIMEOUTS ooms=$OOMS exit=$STATUS artifacts=$ARTIFACTS/" | tee -a "$LOG"
exit "$STATUS"
