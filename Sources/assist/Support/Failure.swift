import ArgumentParser
import AssistanceCore
import Foundation

/// Runs `body`; any error is printed to standard error as one sentence and the process exits with status 1.
///
/// ArgumentParser's own printing would prefix "Error:" and, for errors it does not know, show
/// Swift's debug description; every error of assist already is a sentence meant for a person.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let error as ValidationError {
        throw error
    } catch {
        printError(String(describing: error))
        throw ExitCode(1)
    }
}

/// Writes one line to standard error, prefixed with the program name.
///
/// A message may quote what a person typed (an unknown id, a login), so it is escaped like
/// stored text: no control character reaches the terminal, and the message stays one line.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("assist: \(SafeText.display(message))\n".utf8))
}
