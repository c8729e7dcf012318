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
            let model = AppModel(homeScreens: [DemoScreen(), PlaceholderScreen(title: "Referrals")], width: 1, height: 1)
            var performed: [Effect] = []
            let final = TerminalRunner(session: terminal).run(model) { effect in
                performed.append(effect)
                // A safety valve: should the keys not arrive, stop after a few polls.
                return performed.count > 20 ? [.key(.control("q"))] : []
            }
            #expect(performed.isEmpty)
            #expect((final.currentScreen as? DemoScreen)?.table.selection == 2)
            #expect(final.width == 80)
            #expect(terminal.readBack(row: 0).hasPrefix("assist [1 Demo]"))
        }

        @Test func timeoutsBecomeTicksAndTheirEffectsGoToTheApp() throws {
            let terminal = try session(reading: "")
            defer { terminal.end() }
            let model = AppModel(homeScreens: [DemoScreen()], width: 80, height: 24)
            var checks = 0
            _ = TerminalRunner(session: terminal).run(model) { effect in
                if effect == .checkForChanges { checks += 1 }
                return checks == 3 ? [.key(.character("q"))] : []
            }
            #expect(checks == 3)
        }
    }
}
