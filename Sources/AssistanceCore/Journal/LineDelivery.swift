import Dispatch

/// Hands checked lines to whoever reads them, in order: on this thread, or (for replay) on a
/// second one, so that applying one chunk to the state overlaps reading, decoding and
/// hash-checking the next (DESIGN.md §6: replay uses both cores).
///
/// `@unchecked Sendable` because `deliver` is not: it only ever runs for one batch at a time,
/// `hand` waits for the previous batch before starting the next, and the owner calls
/// `finish()` before it touches what `deliver` changes.
final class LineDelivery: @unchecked Sendable {
    private let deliver: (DecodedLine) -> Void
    private let queue: DispatchQueue?
    private let running = DispatchGroup()

    init(deliver: @escaping (DecodedLine) -> Void, inBackground: Bool) {
        self.deliver = deliver
        queue = inBackground ? DispatchQueue(label: "assist.journal.delivery") : nil
    }

    /// Delivers `lines` after every line handed over before them.
    func hand(_ lines: [DecodedLine]) {
        guard !lines.isEmpty else { return }
        guard let queue else {
            for line in lines { deliver(line) }
            return
        }
        running.wait()
        queue.async(group: running) {
            for line in lines { self.deliver(line) }
        }
    }

    /// Waits until every line handed over has been delivered.
    func finish() {
        running.wait()
    }
}
