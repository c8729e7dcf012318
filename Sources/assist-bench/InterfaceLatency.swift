/// First frame and key-to-frame (issue 6, items 3 and 4) need the Cases screen, which is being
/// built in AssistanceTUI right now.
///
/// TODO(issue 6): once `AssistanceTUI` has the Cases screen, measure here:
/// - first frame: from process start (or `AssistanceStore(openingJournalAt:)`) of the 100 k
///   journal to the first Canvas drawn by the Cases screen;
/// - key to frame: with 50 k cases (the 1 M journal has ~60 k), median and p99 of handling one
///   key and drawing the next Canvas, once while typing a filter (`/` then letters) and once
///   while scrolling (`j`, PgDn), in the same process as the replay.
/// Then fill `InterfaceLatencyResult` and drop the "not measured yet" rows of the table.
struct InterfaceLatencyResult: Codable {
    var firstFrameSeconds: Spread?
    var keyToFrameFilteringSeconds: Spread?
    var keyToFrameScrollingSeconds: Spread?
    /// Why a figure is missing.
    var note: String
}

/// The hook for the first-frame and key-to-frame measurements (see the TODO above).
enum InterfaceLatency {
    /// Not measured yet: the Cases screen does not exist on this branch.
    static func measure() -> InterfaceLatencyResult {
        InterfaceLatencyResult(note: "not measured yet (needs the Cases screen)")
    }
}
