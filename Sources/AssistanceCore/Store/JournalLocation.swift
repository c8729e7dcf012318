import Foundation

/// Where the journal lives when a command does not say: `--journal PATH`, else `ASSIST_JOURNAL`,
/// else `$XDG_DATA_HOME/assist/journal.jsonl` (by default `~/.local/share/assist/journal.jsonl`).
public enum JournalLocation {
    /// The journal path for an explicit `--journal` value (if any) and the process environment.
    public static func resolve(explicit: String?, environment: [String: String]) throws(JournalLocationError) -> String {
        if let explicit {
            guard !explicit.isEmpty else { throw .emptyOption }
            return absolute(explicit, environment: environment)
        }
        if let fromEnvironment = environment["ASSIST_JOURNAL"] {
            guard !fromEnvironment.isEmpty else { throw .emptyEnvironment("ASSIST_JOURNAL") }
            return absolute(fromEnvironment, environment: environment)
        }
        return try dataDirectory(environment: environment) + "/journal.jsonl"
    }

    /// Where `assist demo` and `assist --demo` keep the demo journal unless told otherwise:
    /// `demo.jsonl` beside the default journal, so the demo never lands in the real journal.
    public static func demoPath(explicit: String?, environment: [String: String]) throws(JournalLocationError) -> String {
        if let explicit {
            guard !explicit.isEmpty else { throw .emptyOption }
            return absolute(explicit, environment: environment)
        }
        return try dataDirectory(environment: environment) + "/demo.jsonl"
    }

    /// `$XDG_DATA_HOME/assist`, or `$HOME/.local/share/assist`.
    static func dataDirectory(environment: [String: String]) throws(JournalLocationError) -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            guard xdg.hasPrefix("/") else { throw .relativeDataHome(xdg) }
            return xdg + "/assist"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { throw .noHome }
        return home + "/.local/share/assist"
    }

    static func absolute(_ path: String, environment: [String: String]) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            return home + path.dropFirst()
        }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Why no journal path could be worked out.
public enum JournalLocationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--journal` was given an empty value.
    case emptyOption
    /// An environment variable that names the journal is set but empty.
    case emptyEnvironment(String)
    /// `XDG_DATA_HOME` is not an absolute path.
    case relativeDataHome(String)
    /// Neither `XDG_DATA_HOME` nor `HOME` is usable.
    case noHome

    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .emptyOption:
            "The --journal option is empty; give the path of a journal file."
        case .emptyEnvironment(let name):
            "\(name) is set but empty; set it to the path of a journal file, or unset it to use the default."
        case .relativeDataHome(let value):
            "XDG_DATA_HOME is '\(value)', which is not an absolute path; set it to an absolute path or unset it."
        case .noHome:
            "Neither XDG_DATA_HOME nor HOME is set to an absolute path, so there is no default journal; use --journal PATH or set ASSIST_JOURNAL."
        }
    }
}
