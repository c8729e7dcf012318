import AssistanceCore
import AssistanceTUI
import AssistanceTerminal
import Foundation

/// The one screen shown when there is no journal yet: `i` creates it (as `assist init`
/// does), `d` opens the demo journal instead, `q` quits.
struct MissingJournalPrompt {
    let terminal: TerminalSession
    let path: String

    /// The sentences shown, top to bottom.
    var lines: [String] {
        [
            "There is no journal at \(path) yet.",
            "",
            "Press i to create an empty journal there; you (\(SystemLogin.current())) become its admin.",
            "Press d to open the demo journal instead (fictional people, to try the tool).",
            "Press q to quit.",
        ]
    }

    /// Waits for a choice; returns the journal to open, or nil to quit.
    func ask() throws -> String? {
        while true {
            terminal.paint(canvas())
            switch terminal.readKey() {
            case .character("i")?:
                let store = try AssistanceStore.create(at: path, creator: SystemLogin.current(), displayName: SystemLogin.displayName())
                return store.path
            case .character("d")?:
                let demo = try JournalLocation.demoPath(explicit: nil, environment: ProcessInfo.processInfo.environment)
                if !FileManager.default.fileExists(atPath: demo) {
                    _ = try DemoWriter.write(to: demo, seed: 1, cases: 80, replacing: false)
                }
                return demo
            case .character("q")?, .escape?, .control("q")?, .control("c")?:
                return nil
            case .resize?:
                terminal.invalidate()
            default:
                continue
            }
        }
    }

    /// The screen, each sentence wrapped to the terminal's width.
    func canvas() -> Canvas {
        let (width, height) = terminal.size
        var canvas = Canvas(width: width, height: height)
        var row = 1
        for (index, line) in lines.enumerated() {
            for part in TextLayout.wrap(line, width: max(1, width - 4)) {
                canvas.put(part, x: 2, y: row, style: index == 0 ? .header : .normal)
                row += 1
            }
        }
        return canvas
    }
}
