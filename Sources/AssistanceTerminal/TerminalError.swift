import AssistanceCore

/// Why the terminal could not be set up; each message says what to do.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is a pipe or file rather than a terminal.
    case notATerminal
    /// `TERM` is not set.
    case missingTerminalType
    /// `TERM` names a terminal the terminfo database does not know.
    case unknownTerminalType(String)

    /// A full sentence for the person at the terminal.
    public var description: String {
        switch self {
        case .notATerminal:
            return "The terminal interface needs a terminal: standard input and output must not be redirected. Run assist from an interactive shell, or use its subcommands for scripts."
        case .missingTerminalType:
            return "The TERM environment variable is not set, so the terminal type is unknown. Set it, for example with 'export TERM=xterm-256color', and try again."
        case .unknownTerminalType(let name):
            return "The terminal type '\(SafeText.display(name))' in TERM is not in the terminfo database. Set TERM to a known type such as xterm-256color, or install the terminfo entry."
        }
    }
}
