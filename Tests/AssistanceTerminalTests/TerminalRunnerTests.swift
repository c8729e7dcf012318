import AssistanceCore
@testable import AssistanceRuntime
import AssistanceTUI
import Foundation
import Testing
@testable import AssistanceTerminal
#if canImport(Glibc)
import Glibc
#endif

/// The loop driven through a real ncurses screen whose input is a pipe of scripted key
/// bytes, output `/dev/null`: with a fake runtime for what the loop does, and with the app's
/// own runtime on a real journal for saves that wait for another writer's lock.
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

        /// Runs `screen` on `keys` with `runtime`; the final model.
        func run(_ screen: some Screen, keys: String, runtime: some EffectRuntime) throws -> AppModel {
            let terminal = try session(reading: keys)
            defer { terminal.end() }
            return TerminalRunner(session: terminal).run(AppModel(homeScreens: [screen], width: 80, height: 24), runtime: runtime)
        }

        @Test func scriptedKeysMoveTheTableAndQuitEndsTheLoop() throws {
            let terminal = try session(reading: "jj?kq")
            defer { terminal.end() }
            let cases = (1...30).map { "C-2026-\($0)" }
            let model = AppModel(homeScreens: [ListScreen(items: cases), ListScreen(items: [])], width: 1, height: 1)
            // A safety valve: should the keys not arrive, stop after a few polls.
            let runtime = FakeRuntime { runtime, _ in runtime.performed.count > 20 ? [.key(.control("q"))] : [] }
            let final = TerminalRunner(session: terminal).run(model, runtime: runtime)
            #expect(runtime.performed == [.quit])
            #expect((final.currentScreen as? ListScreen)?.cursor.selection == 2)
            #expect(final.width == 80)
            #expect(terminal.readBack(row: 1).hasPrefix("[1 List]"))
        }

        @Test func timeoutsBecomeTicksAndTheirEffectsGoToTheRuntime() throws {
            let runtime = FakeRuntime { runtime, _ in
                runtime.performed.count { $0 == .checkForChanges } == 3 ? [.key(.character("q"))] : []
            }
            _ = try run(ListScreen(items: ["one"]), keys: "", runtime: runtime)
            #expect(runtime.performed == [.checkForChanges, .checkForChanges, .checkForChanges, .quit])
        }

        /// A save that answers later: the loop keeps reading keys, hands Esc's `.cancelSave`
        /// to the runtime, and feeds the answer the runtime collects to the screen that saved.
        @Test func aSavesLaterAnswerIsCollectedAfterTheKeysAndReachesTheScreen() throws {
            let cancelled = EffectResult.refused(fieldErrors: [:], message: "Saving was cancelled.")
            let runtime = FakeRuntime { runtime, effect in
                if effect == .cancelSave { runtime.collected = [.effectResult(cancelled)] }
                return effect == .checkForChanges ? [.key(.control("q"))] : []
            }
            let final = try run(SavingScreen(), keys: "\r" + "x" + "\u{1B}", runtime: runtime)
            #expect(runtime.performed == [.append(SavingScreen.command), .cancelSave, .checkForChanges, .quit])
            #expect((final.currentScreen as? SavingScreen)?.answers == [cancelled])
            #expect(final.save == nil)
        }

        /// Effects the runtime deferred behind a save are carried out once the queue is
        /// empty, and their answers reach the screen before the next paint.
        @Test func deferredEffectsAnswerOnceTheQueueIsEmpty() throws {
            let runtime = FakeRuntime { runtime, effect in
                if case .append = effect { runtime.deferred = [.events([.effectResult(.appended(createdID: nil))])] }
                return effect == .checkForChanges ? [.key(.control("q"))] : []
            }
            let final = try run(SavingScreen(), keys: "\r", runtime: runtime)
            #expect((final.currentScreen as? SavingScreen)?.answers == [.appended(createdID: nil)])
            #expect(runtime.performed == [.append(SavingScreen.command), .checkForChanges, .quit])
        }

        /// The app's own runtime on a real journal whose lock another writer holds: Esc
        /// reaches the save on its worker, the screen is told it was cancelled, nothing is written.
        @Test func escCancelsARealSaveWaitingForTheLockKeepingTheScreen() throws {
            let journal = try LockedJournal()
            let final = try run(SavingScreen(), keys: "\r" + "x" + "\u{1B}", runtime: QuittingRuntime(journal.runtime))
            journal.lock.release()
            let cancelled = JournalError.cancelled(path: journal.store.path).description
            #expect((final.currentScreen as? SavingScreen)?.answers == [.refused(fieldErrors: [:], message: cancelled)])
            #expect(final.save == nil)
            #expect(try journal.lineCount() == journal.linesBefore)
        }

        /// Ctrl-Q during a real save: the runtime cancels it and waits for its answer, so the
        /// process never ends mid-write.
        @Test func quittingDuringARealSaveCancelsItAndWaitsForItsAnswer() throws {
            let journal = try LockedJournal()
            _ = try run(SavingScreen(), keys: "\r\u{11}", runtime: journal.runtime)
            journal.lock.release()
            #expect(journal.runtime.inFlight == nil)
            #expect(try journal.lineCount() == journal.linesBefore)
        }
    }
}
