import AssistanceCore
@testable import AssistanceRuntime
import AssistanceTUI
import Foundation
import TestSupport

/// A runtime that answers each effect with `answer` (`.quit` always quits) and records them.
final class FakeRuntime: EffectRuntime {
    private(set) var performed: [Effect] = []
    /// What `collect` hands over next.
    var collected: [Event] = []
    /// What `performDeferred` hands over, one at a time.
    var deferred: [RuntimeAnswer] = []
    private let answer: (FakeRuntime, Effect) -> [Event]

    init(answer: @escaping (FakeRuntime, Effect) -> [Event]) {
        self.answer = answer
    }

    func perform(_ effect: Effect) -> RuntimeAnswer {
        performed.append(effect)
        return effect == .quit ? .quit : .events(answer(self, effect))
    }

    func collect() -> [Event] {
        defer { collected = [] }
        return collected
    }

    func performDeferred() -> RuntimeAnswer? {
        deferred.isEmpty ? nil : deferred.removeFirst()
    }
}

/// The app's runtime, quitting at the first journal poll after a save has answered (the
/// model polls only when no save is in flight).
final class QuittingRuntime: EffectRuntime {
    let runtime: AppRuntime
    private var hasAnswered = false

    init(_ runtime: AppRuntime) {
        self.runtime = runtime
    }

    func perform(_ effect: Effect) -> RuntimeAnswer {
        if effect == .checkForChanges, hasAnswered { return .events([.key(.control("q"))]) }
        return runtime.perform(effect)
    }

    func collect() -> [Event] {
        let events = runtime.collect()
        hasAnswered = hasAnswered || !events.isEmpty
        return events
    }

    func performDeferred() -> RuntimeAnswer? { runtime.performDeferred() }
}

/// A journal holding the case `SavingScreen.command` notes on, the app's runtime on it, and
/// its lock held through another descriptor, as a stopped writer would hold it.
final class LockedJournal {
    let directory = TemporaryDirectory()
    let store: AssistanceStore
    let runtime: AppRuntime
    let lock: HeldLock
    let linesBefore: Int

    init() throws {
        let day = CalendarDate(iso: "2026-03-10")!
        store = try AssistanceStore.create(at: directory.file("journal.jsonl"), creator: "ada", displayName: "Ada Admin")
        _ = try store.perform(.openCase(CaseDetails(
            alias: "Amina", sex: .female, nationality: Country(code: "NG"), exploitationForms: [.sexual],
            identifiedOn: day, identifiedBy: .police, caseworker: "ada")), by: Actor(login: "ada"),
            now: { Timestamp(date: day, millisecondsIntoDay: 0) }, zone: TimeZone(identifier: "UTC")!)
        runtime = AppRuntime(session: StoreSession(store: store, login: "ada"), terminal: SilentTerminal(), editor: ExternalEditor())
        linesBefore = try Self.lines(store.path)
        lock = try HeldLock(path: store.path)
    }

    /// The journal's lines now.
    func lineCount() throws -> Int { try Self.lines(store.path) }

    static func lines(_ path: String) throws -> Int {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
    }
}

/// A terminal for a runtime whose loop paints elsewhere.
final class SilentTerminal: TerminalControl {
    func invalidate() {}
    func suspend<Result>(_ body: () throws -> Result) rethrows -> Result { try body() }
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
