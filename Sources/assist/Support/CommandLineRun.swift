import ArgumentParser
import AssistanceCore
import Foundation

/// The one place where assist runs a command line and reports what went wrong: commands
/// simply throw.
///
/// Every refusal reaches standard error as `assist: ` and a sentence, escaped like stored text
/// (a message may quote what a person typed, an unknown id or login), so that no control
/// character reaches the terminal:
/// - an error of assist, thrown while a command runs, is its sentence alone, with status 1;
/// - a command line ArgumentParser refuses (an unknown option, a missing or wrong value, a
///   `validate()` that fails) is its sentence and the usage, with status 64 (`EX_USAGE`);
/// - help, `--version` and completion scripts go to standard output, with status 0.
enum CommandLineRun {
    /// Parses `arguments` as `Assist`'s command line, runs the command they name, and exits.
    static func run(_ arguments: [String]) -> Never {
        var command: ParsableCommand
        do {
            command = try Assist.parseAsRoot(arguments)
        } catch {
            exit(refusing: error)
        }
        do {
            try command.run()
        } catch let error where isArgumentParsers(error) {
            exit(refusing: error)
        } catch {
            printError(String(describing: error))
            Foundation.exit(1)
        }
        Foundation.exit(0)
    }

    /// Whether ArgumentParser speaks for an error a command threw: a status to exit with, a
    /// clean exit, a `ValidationError`, or the help `assist help step add` asks for.
    static func isArgumentParsers(_ error: Error) -> Bool {
        error is ExitCode || error is CleanExit || error is ValidationError || Assist.exitCode(for: error).isSuccess
    }

    /// Prints what ArgumentParser says about `error`: help on standard output, a refusal (with
    /// ``Assist/_errorPrefix``) and the usage on standard error; then exits with its status.
    static func exit(refusing error: Error) -> Never {
        let status = Assist.exitCode(for: error)
        if status.isSuccess { Assist.exit(withError: error) }
        let lines = Assist.fullMessage(for: error).split(separator: "\n").map { SafeText.display(String($0)) }
        if !lines.isEmpty {
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        Foundation.exit(status.rawValue)
    }
}

/// Runs `body`. Kept only for the commands that still wrap their `run` in it (`verify`, `log`):
/// ``CommandLineRun`` reports every error once, so there is nothing left for it to do.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    try body()
}

/// Writes one line to standard error, prefixed with the program name.
///
/// A message may quote what a person typed (an unknown id, a login), so it is escaped like
/// stored text: no control character reaches the terminal, and the message stays one line.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("assist: \(SafeText.display(message))\n".utf8))
}
