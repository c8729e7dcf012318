import AssistanceCore
import AssistanceRuntime
import AssistanceTUI
import AssistanceTerminal
import Foundation

/// Opens the terminal UI on a journal: the terminal is checked first (a pipe or an unknown
/// `TERM` gets one sentence and a non-zero exit before the journal is touched), a missing
/// journal gets one screen offering to create it or open the demo, and the terminal is
/// restored on every way out. Every effect is carried out by the `AppRuntime`: saves on a
/// worker thread, so the screen keeps answering while another process holds the journal's
/// lock (`ASSIST_LOCK_WAIT` bounds the wait), and the editor with the terminal handed over.
enum InterfaceLauncher {
    static func run(journalPath: String, monochrome: Bool, screen: StartScreen?) throws {
        let lockWait = try JournalLockWait(environment: ProcessInfo.processInfo.environment)
        var options = TerminalOptions.fromEnvironment()
        if monochrome { options.usesColour = false }
        let isUTF8Terminal = LocaleCodeset.isUTF8()
        let terminal = try TerminalSession(options: options)
        defer { terminal.end() }
        var path = journalPath
        if !FileManager.default.fileExists(atPath: path) {
            guard let chosen = try MissingJournalPrompt(terminal: terminal, path: path).ask() else { return }
            path = chosen
        }
        let store = try AssistanceStore(openingJournalAt: path)
        store.lockWait = lockWait
        let session = StoreSession(store: store, login: SystemLogin.current())
        session.isUTF8Terminal = isUTF8Terminal
        let (width, height) = terminal.size
        let startTab = screen.flatMap { StartScreen.allCases.firstIndex(of: $0) }
        let model = AppScreens.app(context: session.context(), width: width, height: height, startTab: startTab)
        let runtime = AppRuntime(session: session, terminal: terminal, editor: ExternalEditor())
        _ = TerminalRunner(session: terminal).run(model, runtime: runtime)
    }
}
