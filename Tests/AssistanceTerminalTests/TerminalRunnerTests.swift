import AssistanceCore
import AssistanceTUI
import Foundation
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
            let final = TerminalRunner(session: terminal).run(model, perform: { effect in
                performed.append(effect)
                // A safety valve: should the keys not arrive, stop after a few polls.
                return performed.count > 20 ? [.key(.control("q"))] : []
            }, save: { _, _ in [] })
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
            _ = TerminalRunner(session: terminal).run(model, perform: { effect in
                if effect == .checkForChanges { checks += 1 }
                return checks == 3 ? [.key(.character("q"))] : []
            }, save: { _, _ in [] })
            #expect(checks == 3)
        }

        /// Runs the saving screen on `keys` with `save` as the journal; quits at the first
        /// journal poll after the save has answered (the model polls only when no save is in
        /// flight). Returns the final model and every effect `perform` got.
        func runSaving(keys: String, save: @escaping (Command, () -> Bool) -> [Event]) throws -> (AppModel, [Effect], SaveLog) {
            let terminal = try session(reading: keys)
            defer { terminal.end() }
            let log = SaveLog()
            var performed: [Effect] = []
            let final = TerminalRunner(session: terminal).run(
                AppModel(homeScreens: [SavingScreen()], width: 80, height: 24),
                perform: { effect in
                    #expect(!log.isRunning, "perform was called during a save: \(effect)")
                    performed.append(effect)
                    let answered = log.hasAnswered || performed.count > 500
                    return effect == .checkForChanges && answered ? [.key(.control("q"))] : []
                },
                save: { command, shouldGiveUp in log.run(command) { save(command, shouldGiveUp) } })
            return (final, performed, log)
        }

        @Test func aSaveRunsOnAWorkerWhileKeysAreReadAndEscCancelsItKeepingTheScreen() throws {
            let cancelled = EffectResult.refused(fieldErrors: [:], message: "Saving was cancelled.")
            let notCancelled = EffectResult.refused(fieldErrors: [:], message: "Esc never reached the save.")
            let (final, performed, log) = try runSaving(keys: "\r" + "x" + "\u{1B}") { _, shouldGiveUp in
                [.effectResult(SaveLog.waitUntilCancelled(shouldGiveUp) ? cancelled : notCancelled)]
            }
            #expect(log.commands == [SavingScreen.command])
            #expect(!performed.contains(.append(SavingScreen.command)))
            #expect((final.currentScreen as? SavingScreen)?.answers == [cancelled])
            #expect(final.save == nil)
        }

        @Test func aQuickSaveAnswersTheScreenAndPollingResumesAfterIt() throws {
            let (final, performed, log) = try runSaving(keys: "\r") { _, _ in [.effectResult(.appended(createdID: nil))] }
            #expect(log.commands == [SavingScreen.command])
            #expect((final.currentScreen as? SavingScreen)?.answers == [.appended(createdID: nil)])
            #expect(performed.contains(.checkForChanges))
        }

        @Test func quittingDuringASaveCancelsItAndWaitsForItsAnswer() throws {
            let terminal = try session(reading: "\r\u{11}")
            defer { terminal.end() }
            let log = SaveLog()
            _ = TerminalRunner(session: terminal).run(
                AppModel(homeScreens: [SavingScreen()], width: 80, height: 24),
                perform: { _ in [] },
                save: { command, shouldGiveUp in
                    log.run(command) {
                        log.wasCancelled = SaveLog.waitUntilCancelled(shouldGiveUp)
                        return []
                    }
                })
            #expect(log.wasCancelled)
            #expect(log.hasAnswered)
            #expect(!log.isRunning)
        }
    }
}

/// What the saving tests' journal was asked, shared with the worker thread.
final class SaveLog: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var answered = false
    private var received: [Command] = []

    private var cancelled = false

    var isRunning: Bool { lock.withLock { running } }
    var wasCancelled: Bool {
        get { lock.withLock { cancelled } }
        set { lock.withLock { cancelled = newValue } }
    }

    /// Asks `shouldGiveUp` every millisecond, as the journal asks while another process holds
    /// its lock, until it says yes (true) or 5 seconds have passed (false), so that a runner
    /// that never passes Esc on fails the test instead of hanging it.
    static func waitUntilCancelled(_ shouldGiveUp: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while !shouldGiveUp() {
            if Date() > deadline { return false }
            usleep(1_000)
        }
        return true
    }
    var hasAnswered: Bool { lock.withLock { answered } }
    var commands: [Command] { lock.withLock { received } }

    /// Runs `body` as the save of `command`, noting while it runs and that it answered.
    func run(_ command: Command, _ body: () -> [Event]) -> [Event] {
        lock.withLock {
            running = true
            received.append(command)
        }
        let events = body()
        lock.withLock {
            running = false
            answered = true
        }
        return events
    }
}

/// A screen that saves one note on Enter and keeps every answer it gets.
struct SavingScreen: Screen {
    static let command = Command.addNote(caseID: "C-2026-0001", text: "Called the shelter")
    var answers: [EffectResult] = []
    var title: String { "Saving" }
    var keyHelp: [KeyHelp] { [] }
    var capturesTextInput: Bool { true }
    func draw(into canvas: inout Canvas, context: ScreenContext) {
        canvas.put("answers: \(answers.count)", in: context.area, row: 0, style: .normal)
    }
    mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        key == .enter ? .perform([.append(Self.command)]) : .ignored
    }
    mutating func receive(_ result: EffectResult) -> ScreenResult {
        answers.append(result)
        return .handled
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
