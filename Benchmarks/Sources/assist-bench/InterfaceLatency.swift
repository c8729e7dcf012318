import AssistanceCore
import AssistanceRuntime
import AssistanceTUI
import Foundation

/// First frame and key-to-frame (issue 6, items 3 and 4), measured on the real app model and
/// Cases screen without a terminal (the first frame in a fresh child process, the keys in this
/// one): the time to handle a key and draw the whole next Canvas, which is what the terminal
/// backend then paints (only the changed cells). Both run as the journal's admin, whose Cases
/// screen lists every open case.
struct InterfaceLatencyResult: Codable {
    /// Events in the journal the first frame was drawn from.
    var firstFrameEvents: Int?
    /// From opening the journal to the first Canvas of the Cases screen, in a fresh child process.
    var firstFrameSeconds: Spread?
    /// Cases the Cases screen lists (all open ones) for the key-to-frame figures.
    var keyToFrameCases: Int?
    /// One key and the next frame while typing a filter (`/`, letters, Backspace).
    var keyToFrameFilteringSeconds: Spread?
    /// One key and the next frame while scrolling (`j`, PgDn, `k`, PgUp).
    var keyToFrameScrollingSeconds: Spread?
    /// Says when there are fewer cases than the budget is for.
    var note: String
}

/// Drives the app model the way the terminal runner does, with a clock around each step.
enum InterfaceLatency {
    /// In the child: opens the journal, builds the app and draws its first frame, as `assist`
    /// does at start, in a process whose heap has not been warmed by bigger replays (in the
    /// benchmark's own process the same work ran ~40 % faster after the 1 M replays).
    /// The state is freed after the clock stops, as in the replay figure.
    static func firstFrameSeconds(journal path: String) throws -> Double {
        var kept: (AssistanceStore, AppModel)?
        let seconds = try secondsTaken {
            let store = try AssistanceStore(openingJournalAt: path)
            let model = AppScreens.app(context: StoreSession(store: store, login: BenchmarkJournals.creator).context(),
                                       width: width, height: height, startTab: 0)
            _ = model.render()
            kept = (store, model)
        }
        withExtendedLifetime(kept) {}
        return seconds
    }

    /// Runs `assist-bench first-frame JOURNAL` and reads back its seconds.
    static func firstFrameInChild(journal path: String) throws -> Double {
        let printed = try ChildRun.output(of: ["first-frame", path])
        guard let seconds = Double(printed.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchmarkError("The first-frame child printed '\(printed)' instead of seconds; run 'assist-bench first-frame \(path)' to see why.")
        }
        return seconds
    }

    /// The terminal size the frames are drawn at.
    static let width = 120
    static let height = 40

    /// First frame on `firstFrameJournal`; key to frame on `keyJournal` (the largest journal).
    static func measure(
        firstFrameJournal: (path: String, events: Int), keyJournal: (path: String, events: Int), runs: Int
    ) throws -> InterfaceLatencyResult {
        var firstFrames: [Double] = []
        for run in 1...runs {
            log("Drawing the first frame of \(firstFrameJournal.events) events in a child process, run \(run) of \(runs) …")
            firstFrames.append(try firstFrameInChild(journal: firstFrameJournal.path))
        }
        log("Typing a filter and scrolling on the largest journal …")
        let store = try AssistanceStore(openingJournalAt: keyJournal.path)
        let session = StoreSession(store: store, login: BenchmarkJournals.creator)
        var model = AppScreens.app(context: session.context(), width: width, height: height, startTab: 0)
        // What the admin's Cases screen lists: the open cases, not every case ever opened.
        let cases = store.state.cases.count { $0.status == .open && !$0.isRetracted }
        func keyTimes(_ keys: [Key]) -> [Double] {
            keys.map { key in
                secondsTaken {
                    model = AppModel.update(model, .key(key)).0
                    _ = model.render()
                }
            }
        }
        // The filter words `runs` times over, so that the p99 is not simply the slowest key.
        let filterWords = ["an", "ng", "c-20", "li", "viet", "e"]
        var filterKeys: [Key] = []
        for word in Array(repeating: filterWords, count: runs).joined() {
            filterKeys.append(.character("/"))
            filterKeys += word.map { Key.character($0) }
            filterKeys += Array(repeating: Key.backspace, count: word.count)
            filterKeys.append(.escape)
        }
        let filtering = keyTimes(filterKeys)
        let scrollKeys: [Key] = Array(repeating: .character("j"), count: 200) + Array(repeating: .pageDown, count: 50)
            + Array(repeating: .character("k"), count: 100) + Array(repeating: .pageUp, count: 50) + [.end, .home]
        let scrolling = keyTimes(scrollKeys)
        return InterfaceLatencyResult(
            firstFrameEvents: firstFrameJournal.events, firstFrameSeconds: Spread(firstFrames),
            keyToFrameCases: cases, keyToFrameFilteringSeconds: Spread(filtering), keyToFrameScrollingSeconds: Spread(scrolling),
            note: cases < 50_000 ? "\(cases) cases (the budget is for 50 k: run with --sizes \(sizeFor50kCases(events: keyJournal.events, cases: cases)))" : "")
    }

    /// A journal size whose admin lists about 50 k open cases, from the share `events` gave:
    /// open cases grow in proportion to events in the demo mix. Rounded up to 100 k events.
    static func sizeFor50kCases(events: Int, cases: Int) -> Int {
        guard cases > 0 else { return AssistBench.Run.largestSize }
        let needed = (Double(events) * 50_000 / Double(cases) / 100_000).rounded(.up) * 100_000
        return min(AssistBench.Run.largestSize, Int(needed))
    }
}
