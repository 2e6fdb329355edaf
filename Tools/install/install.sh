#!/usr/bin/env bash
# Builds, lays out, installs, uninstalls and packages Frontline. The Makefile's targets call it:
#   install.sh version           the version, from its one definition in Sources/FrontlineCore/About/BuildInfo.swift
#   install.sh build             the release binary (Swift runtime and FoundationEssentials linked statically), and
#                                argument-parser's manual generator
#   install.sh stage DIR         DIR/bin/frontline, DIR/share/frontline (the data), the man page, the completions
#                                and the licences, from the release build
#   install.sh install PREFIX    copies a fresh stage into PREFIX and records what it put there in
#                                PREFIX/share/frontline/install-manifest.txt (FORCE=1 overwrites foreign files)
#   install.sh uninstall PREFIX  removes what the manifest lists, then the folders the install created
#   install.sh dist              .build/dist/frontline-VERSION-linux-ARCH.tar.gz
set -euo pipefail
export LC_ALL=C.UTF-8   # bash counts characters, not bytes, when it cuts the key table into columns

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/Tools/install
SWIFT=${SWIFT:-swift}
BUILD_FLAGS=(-c release --static-swift-stdlib)
BIN=$ROOT/.build/release/frontline
GENERATOR=$ROOT/.build/release/generate-manual
MANIFEST=share/frontline/install-manifest.txt

die() { echo "install.sh: $*" >&2; exit 1; }

# The version, read from its one definition in the library.
version() {
  local v
  v=$(sed -n 's/^ *public static let version = "\(.*\)"$/\1/p' "$ROOT/Sources/FrontlineCore/About/BuildInfo.swift")
  [ -n "$v" ] || die "no version found in Sources/FrontlineCore/About/BuildInfo.swift"
  echo "$v"
}

build() {
  # The same flags for both products, so that building one does not relink the other.
  "$SWIFT" build "${BUILD_FLAGS[@]}" --product generate-manual
  "$SWIFT" build "${BUILD_FLAGS[@]}" --product frontline
}

# Characters beyond ASCII as groff's \[uXXXX] escapes, so the page reads the same without preconv or UTF-8.
# The event markers ✕ and ✦, which groff's fonts lack, become their ASCII forms (X and Y, as in --ascii).
roff_ascii() {
  local s=$1 out="" c i
  [[ $s == *[![:ascii:]]* ]] || { printf '%s' "$s"; return; }
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      ✕) out+=X ;;
      ✦) out+=Y ;;
      *) if [[ $c == [[:ascii:]] ]]; then out+=$c; else out+=$(printf '\\[u%04X]' "'$c"); fi ;;
    esac
  done
  printf '%s' "$out"
}

# Text for a roff text line: backslashes escaped, a leading dot or quote made inert.
roff_text() {
  local s=${1//\\/\\e}
  case $s in .* | \'*) s="\\&$s" ;; esac
  roff_ascii "$s"
}

# Text for a quoted macro argument.
roff_arg() {
  local s=${1//\\/\\e}
  roff_ascii "${s//\"/\\(dq}"
}

# The KEYS section of the manual, from `frontline --list-keys`: groups (a name, then "  " + the keys, two or more
# spaces and the action on each line), then lines of prose.
keys_section() {
  local lines i line next keys text open=0
  mapfile -t lines < <("$BIN" --list-keys)
  [ ${#lines[@]} -gt 0 ] || die "frontline --list-keys printed nothing"
  printf '.Sh KEYS\n'
  printf 'The map, which\n.Nm\nopens with no subcommand, takes these keys\n'
  printf '.Po\n.Nm\n.Fl -list-keys\nprints them, and\n.Ic ?\\&\nshows them in the map\n.Pc :\n'
  for ((i = 0; i < ${#lines[@]}; i++)); do
    line=${lines[i]}
    if [ "${line:0:2}" = "  " ]; then
      keys=${line:2}
      keys=${keys%%  *}
      text=${line:$((2 + ${#keys}))}
      text=${text#"${text%%[! ]*}"}
      printf '.It Li "%s"\n%s\n' "$(roff_arg "$keys")" "$(roff_text "$text")"
      continue
    fi
    [ $open = 0 ] || printf '.El\n'
    open=0
    if [ -z "$line" ]; then
      continue
    elif next=${lines[i + 1]:-} && [ "${next:0:2}" = "  " ]; then
      printf '.Ss "%s"\n.Bl -tag -width 16n -compact\n' "$(roff_arg "$line")"
      open=1
    else
      [ -n "${lines[i - 1]:-}" ] || printf '.Pp\n'
      printf '%s\n' "$(roff_text "$line")"
    fi
  done
  [ $open = 0 ] || printf '.El\n'
}

# The man page: argument-parser's manual, with the key table and the FILES and ENVIRONMENT sections put in before
# EXIT STATUS. Dated by the last commit, so the same commit gives the same page.
manual() {
  local out=$1 tmp date found=0 line
  tmp=$(mktemp -d)
  date=${MAN_DATE:-$(git -C "$ROOT" log -1 --format=%cs 2>/dev/null || date -u +%F)}
  "$GENERATOR" "$BIN" --date "$date" --output-directory "$tmp"
  [ -s "$tmp/frontline.1" ] || die "generate-manual wrote no frontline.1"
  while IFS= read -r line; do
    if [ "$line" = '.Sh "EXIT STATUS"' ]; then
      keys_section
      cat "$HERE/manual-sections.mdoc"
      found=1
    fi
    printf '%s\n' "$(roff_ascii "$line")"
  done < "$tmp/frontline.1" > "$out"
  rm -r "$tmp"
  [ $found = 1 ] || die "generate-manual's page has no EXIT STATUS section to put the keys before"
}

# The toolchain's licence (the Swift runtime, FoundationEssentials and Synchronization, linked into the binary).
swift_licence() {
  local swiftc
  swiftc=$(readlink -f "$(command -v "$SWIFT")")
  local f=${swiftc%/bin/*}/share/swift/LICENSE.txt
  [ -f "$f" ] || die "no Swift licence at $f"
  echo "$f"
}

# The licences of what ships: Frontline's notice, its data sources, and the code linked into the binary.
licences() {
  local dir=$1
  mkdir -p "$dir"
  install -m 644 "$HERE/NOTICE" "$dir/NOTICE"
  install -m 644 "$ROOT/Data/SOURCES.md" "$dir/SOURCES.md"
  install -m 644 "$(swift_licence)" "$dir/LICENSE-swift.txt"
  install -m 644 "$ROOT/.build/checkouts/swift-argument-parser/LICENSE.txt" "$dir/LICENSE-swift-argument-parser.txt"
}

stage() {
  local dir=$1 f
  [ -x "$BIN" ] && [ -x "$GENERATOR" ] || die "no release build: run '$0 build' first"
  rm -rf "$dir"
  mkdir -p "$dir/bin" "$dir/share/man/man1" "$dir/share/bash-completion/completions" \
    "$dir/share/zsh/site-functions" "$dir/share/fish/vendor_completions.d"
  install -m 755 "$BIN" "$dir/bin/frontline"
  (cd "$ROOT/Data" && find . -type f ! -name '.*' | sort) | while IFS= read -r f; do
    install -D -m 644 "$ROOT/Data/$f" "$dir/share/frontline/${f#./}"
  done
  manual "$dir/share/man/man1/frontline.1"
  chmod 644 "$dir/share/man/man1/frontline.1"
  "$BIN" --generate-completion-script bash > "$dir/share/bash-completion/completions/frontline"
  "$BIN" --generate-completion-script zsh > "$dir/share/zsh/site-functions/_frontline"
  "$BIN" --generate-completion-script fish > "$dir/share/fish/vendor_completions.d/frontline.fish"
  licences "$dir/share/doc/frontline"
}

# Paths of the files under DIR, relative to it, sorted.
files_under() { (cd "$1" && find . -type f | sed 's|^\./||' | sort); }

# Refuses a manifest with a line that is not a comment, `f PATH` or `d PATH` inside the prefix.
check_manifest() {
  local kind path
  while read -r kind path; do
    case $kind in '#'*) continue ;; f | d) ;; *) die "$1: a line is not 'f PATH' or 'd PATH': $kind $path" ;; esac
    case $path in '' | /* | ../* | */../* | */.. | ..) die "$1: a path leaves the prefix: $path" ;; esac
  done < "$1"
}

install_into() {
  local prefix=$1 stage_dir=$ROOT/.build/install-stage f d old_files="" created="" conflicts=""
  [ -d "$prefix" ] || created=.
  mkdir -p "$prefix" || die "cannot create $prefix"
  prefix=$(cd "$prefix" && pwd)
  stage "$stage_dir"
  if [ -f "$prefix/$MANIFEST" ]; then
    check_manifest "$prefix/$MANIFEST"
    old_files=$(sed -n 's/^f //p' "$prefix/$MANIFEST")
    created=$(sed -n 's/^d //p' "$prefix/$MANIFEST")
  fi
  for f in $(files_under "$stage_dir"); do
    if [ -e "$prefix/$f" ] && ! grep -qxF "$f" <<< "$old_files"; then conflicts+="  $prefix/$f"$'\n'; fi
    d=$(dirname "$f")
    while [ "$d" != . ]; do
      [ -d "$prefix/$d" ] || grep -qxF "$d" <<< "$created" || created+=$'\n'"$d"
      d=$(dirname "$d")
    done
  done
  if [ -n "$conflicts" ] && [ "${FORCE:-0}" != 1 ]; then
    die "these files exist and were not installed by Frontline; FORCE=1 overwrites them:"$'\n'"${conflicts%$'\n'}"
  fi
  for f in $(files_under "$stage_dir"); do
    mkdir -p "$prefix/$(dirname "$f")"
    cp -p "$stage_dir/$f" "$prefix/$f.part"
    mv -f "$prefix/$f.part" "$prefix/$f"
  done
  for f in $old_files; do
    [ -e "$stage_dir/$f" ] || rm -f "$prefix/$f"
  done
  {
    echo "# Frontline $(version): the files installed here, then the folders the install created."
    echo "# make uninstall PREFIX=$prefix removes them."
    files_under "$stage_dir" | sed 's/^/f /'
    grep -v '^$' <<< "$created" | sort -u | sed 's/^/d /'
  } > "$prefix/$MANIFEST.part"
  mv -f "$prefix/$MANIFEST.part" "$prefix/$MANIFEST"
  rm -rf "$stage_dir"
  echo "installed Frontline $(version) into $prefix ($(grep -c '^f ' "$prefix/$MANIFEST") files)"
  case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
}

uninstall_from() {
  local prefix=$1 f d n=0
  [ -f "$prefix/$MANIFEST" ] || { echo "nothing to uninstall: no $prefix/$MANIFEST"; return 0; }
  prefix=$(cd "$prefix" && pwd)
  check_manifest "$prefix/$MANIFEST"
  while read -r kind f; do
    [ "$kind" = f ] || continue
    rm -f "$prefix/$f"
    n=$((n + 1))
  done < "$prefix/$MANIFEST"
  local dirs
  dirs=$(sed -n 's/^d //p' "$prefix/$MANIFEST")
  rm -f "$prefix/$MANIFEST"
  # Deepest first; a folder that now holds someone else's files stays.
  for d in $(awk -F/ '{ print NF "\t" $0 }' <<< "$dirs" | sort -rn | cut -f2-); do
    if [ "$d" = . ]; then d=$prefix; else d=$prefix/$d; fi
    [ -d "$d" ] || continue
    rmdir "$d" 2>/dev/null || echo "kept $d: it holds files Frontline did not install"
  done
  echo "removed Frontline from $prefix ($n files)"
}

dist() {
  local v arch name out glibc glibcxx
  v=$(version)
  arch=$(uname -m)
  name=frontline-$v-linux-$arch
  out=$ROOT/.build/dist
  stage "$out/$name"
  cp -R "$out/$name/share/doc/frontline" "$out/$name/LICENSES"
  glibc=$(objdump -T "$BIN" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1)
  glibcxx=$(objdump -T "$BIN" | grep -o 'GLIBCXX_[0-9.]*' | sort -uV | tail -n 1)
  sed -e "s/@VERSION@/$v/g" -e "s/@ARCH@/$arch/g" -e "s/@GLIBC@/${glibc#GLIBC_}/g" \
    -e "s/@GLIBCXX@/${glibcxx:-none}/g" "$HERE/INSTALL.in" > "$out/$name/INSTALL"
  local epoch
  epoch=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$out" -cf - "$name" \
    | gzip -n > "$out/$name.tar.gz.part"
  mv -f "$out/$name.tar.gz.part" "$out/$name.tar.gz"
  rm -rf "${out:?}/$name"
  echo "$out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
}

case ${1:-} in
  version) version ;;
  build) build ;;
  stage) [ $# = 2 ] || die "usage: $0 stage DIR"; stage "$2" ;;
  install) [ $# = 2 ] || die "usage: $0 install PREFIX"; install_into "$2" ;;
  uninstall) [ $# = 2 ] || die "usage: $0 uninstall PREFIX"; uninstall_from "$2" ;;
  dist) dist ;;
  *) die "usage: $0 version | build | stage DIR | install PREFIX | uninstall PREFIX | dist" ;;
esac
