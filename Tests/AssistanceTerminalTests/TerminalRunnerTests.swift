import AssistanceTUI
import Testing
@testable import AssistanceTerminal
#if canImport(Glibc)
import Glibc
#endif

/// The runner driven through a real ncurses screen whose input is a pipe of scripted key
/// bytes, output `/dev/null`.
extension NCursesSuite {
    @Suite struct TerminalRunnerTests {
        /// A headless session reading the given bytes as keys.
        func session(reading bytes: String) throws -> TerminalSession {
            var descriptors: [Int32] = [0, 0]
            #expect(pipe(&descriptors) == 0)
            let written = bytes.utf8CString.withUnsafeBufferPointer { write(descriptors[1], $0.baseAddress, bytes.utf8.count) }
            #expect(written == bytes.utf8.count)
            close(descriptors[1])
            let input = try #require(fdopen(descriptors[0], "r"))
            let output = try #require(fopen("/dev/null", "w"))
            return try TerminalSession(terminalType: "xterm-256color", output: output, input: input, ownsStreams: true,
                                       options: TerminalOptions(keyTimeoutMilliseconds: 10), handlesSignals: false)
        }

        @Test func scriptedKeysMoveTheTableAndQuitEndsTheLoop() throws {
            let terminal = try session(reading: "jj?kq")
            defer { terminal.end() }
            let cases = (1...30).map { "C-2026-\($0)" }
            let model = AppModel(homeScreens: [ListScreen(items: cases), PlaceholderScreen(title: "Referrals")], width: 1, height: 1)
            var performed: [Effect] = []
            let final = TerminalRunner(session: terminal).run(model) { effect in
                performed.append(effect)
                // A safety valve: should the keys not arrive, stop after a few polls.
                return performed.count > 20 ? [.key(.control("q"))] : []
            }
            #expect(performed.isEmpty)
            #expect((final.currentScreen as? ListScreen)?.cursor.selection == 2)
            #expect(final.width == 80)
            #expect(terminal.readBack(row: 1).hasPrefix("[1 List]"))
        }

        @Test func timeoutsBecomeTicksAndTheirEffectsGoToTheApp() throws {
            let terminal = try session(reading: "")
            defer { terminal.end() }
            let model = AppModel(homeScreens: [ListScreen(items: ["one"])], width: 80, height: 24)
            var checks = 0
            _ = TerminalRunner(session: terminal).run(model) { effect in
                if effect == .checkForChanges { checks += 1 }
                return checks == 3 ? [.key(.character("q"))] : []
            }
            #expect(checks == 3)
        }
    }
}

/// A plain list for driving the runner: `j`/`k` move, nothing else.
struct ListScreen: Screen {
    var items: [String]
    var cursor = ListCursor()
    init(items: [String]) {
        self.items = items
        cursor.reset(count: items.count, selecting: 0, visibleRows: 10)
    }
    var title: String { "List" }
    var keyHelp: [KeyHelp] { [] }
    func draw(into canvas: inout Canvas, context: ScreenContext) {
        for (row, index) in cursor.visibleRange(visibleRows: context.area.height).enumerated() {
            canvas.put(items[index], in: context.area, row: row, style: index == cursor.selection ? .selected : .normal)
        }
    }
    mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        cursor.handle(key: key, visibleRows: context.area.height) ? .handled : .ignored
    }
}
