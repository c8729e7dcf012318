import AssistanceTUI
import Testing
@testable import AssistanceTerminal

/// ncurses keeps one current screen per process, so these run one at a time.
extension NCursesSuite {
    @Suite struct HeadlessTerminalTests {
        @Test func paintsAsciiDanishAndCJKAndReadsThemBack() throws {
            let session = try TerminalSession.headless()
            defer { session.end() }
            let (width, height) = session.size
            #expect(width == 80)
            #expect(height == 24)
            var canvas = Canvas(width: width, height: height)
            canvas.put("Case C-2026-0001", x: 0, y: 0)
            canvas.put("Søren Ærø, æøå ÆØÅ", x: 2, y: 1)
            canvas.put("李娜 王小明 한국어 end", x: 0, y: 2)
            session.paint(canvas)
            #expect(session.readBack(row: 0) == "Case C-2026-0001")
            #expect(session.readBack(row: 1) == "  Søren Ærø, æøå ÆØÅ")
            #expect(session.readBack(row: 2) == "李娜 王小明 한국어 end")
            #expect(session.readBack(row: 3) == "")
        }

        @Test func repaintSendsChangesAndClearsWhatWasThere() throws {
            let session = try TerminalSession.headless()
            defer { session.end() }
            var first = Canvas(width: 80, height: 24)
            first.put("李娜 first frame", x: 0, y: 0)
            session.paint(first)
            var second = Canvas(width: 80, height: 24)
            second.put("ab second", x: 0, y: 0)
            session.paint(second)
            #expect(session.readBack(row: 0) == "ab second")
            session.invalidate()
            session.paint(second)
            #expect(session.readBack(row: 0) == "ab second")
        }

        @Test func stylesBecomeAttributesAndMonochromeKeepsThem() throws {
            let session = try TerminalSession.headless(options: TerminalOptions(usesColour: false))
            defer { session.end() }
            var canvas = Canvas(width: 80, height: 24)
            canvas.put("sel", x: 0, y: 0, style: .selected)
            canvas.put("err", x: 0, y: 1, style: .error)
            session.paint(canvas)
            let selected = session.readBackAttributes(x: 0, y: 0)
            #expect(selected.attributes == session.attributes(for: .selected).attributes)
            #expect(selected.pair == 0)
            let error = session.readBackAttributes(x: 0, y: 1)
            #expect(error.attributes == session.attributes(for: .error).attributes)
            #expect(error.pair == 0)
            #expect(session.attributes(for: .selected) != session.attributes(for: .normal))
        }

        @Test func colourRolesGetTheirOwnPairsOnTheUsersBackground() throws {
            let session = try TerminalSession.headless(options: TerminalOptions(usesColour: true))
            defer { session.end() }
            var canvas = Canvas(width: 80, height: 24)
            canvas.put("overdue", x: 0, y: 0, style: .warning)
            canvas.put("plain", x: 0, y: 1)
            session.paint(canvas)
            #expect(session.readBackAttributes(x: 0, y: 0).pair == 2)
            #expect(session.readBackAttributes(x: 0, y: 1).pair == 0)
        }

        @Test func unknownTerminalTypeIsAClearErrorNotAnExit() {
            #expect(throws: TerminalError.unknownTerminalType("no-such-terminal")) {
                _ = try TerminalSession.headless(terminalType: "no-such-terminal")
            }
            let message = TerminalError.unknownTerminalType("no-such-terminal").description
            #expect(message.contains("'no-such-terminal'"))
            #expect(message.contains("xterm-256color"))
        }

        @Test func endIsSafeToCallTwice() throws {
            let session = try TerminalSession.headless()
            session.end()
            session.end()
            #expect(session.hasEnded)
        }
    }
}
