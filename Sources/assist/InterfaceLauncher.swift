import AssistanceCore

/// Opens the terminal UI. Until the screens land, it explains what to use instead.
enum InterfaceLauncher {
    static func run(journalPath: String, monochrome: Bool, screen: StartScreen?) throws {
        _ = try AssistanceStore(openingJournalAt: journalPath)
        throw InterfaceUnavailable()
    }
}

struct InterfaceUnavailable: Error, CustomStringConvertible {
    var description: String { "The terminal UI is not in this build yet; use the subcommands (assist --help)." }
}
