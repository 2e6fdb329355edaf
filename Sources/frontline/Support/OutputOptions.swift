import ArgumentParser
import FrontlineCore

/// `-o FILE` and `--force`, shared by every command that writes a file, with the safe-output rules.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    func validate() throws {
        if force && output == nil {
            throw ValidationError("--force goes with -o FILE (standard output is never a file to keep)")
        }
    }

    /// Opens the output, runs `body` on it and commits it; an existing file without --force or an unwritable
    /// path is one clear line and exit 73, and leaves nothing behind.
    func write(_ body: (SafeOutput) throws -> Void) throws {
        do {
            let out = try SafeOutput(path: output, force: force)
            do { try body(out) } catch {
                out.discard()
                throw error
            }
            try out.commit()
        } catch let error as OutputError {
            Console.error(error.description)
            throw ExitCode(73)
        }
    }
}
