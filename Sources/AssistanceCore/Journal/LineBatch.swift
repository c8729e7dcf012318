import Dispatch
import Foundation

/// The lines of one read chunk, each decoded and hashed independently of the others, so the
/// work splits over both cores (DESIGN.md §6: the chain check may use both, since each entry
/// carries its predecessor's hash). Ordering rules (`seq`, the chain) are checked afterwards
/// by the caller, in order.
///
/// Replay pipelines batches: while the caller applies one chunk's entries, a background
/// thread decodes the next; when the caller is done it helps finish that one. Both threads
/// take blocks of lines from one counter, so neither waits while the other has work left.
final class LineBatch: @unchecked Sendable {
    /// The chunk's bytes and the lines' slots, handed back to `pool` with the batch: the next
    /// chunk is read into other buffers while this one is still being decoded or applied.
    private let buffers: LineBatchBuffers
    private let pool: LineBatchPool
    /// The chunk's bytes.
    var chunk: UnsafeMutableRawBufferPointer { buffers.chunk }
    /// Each complete line's byte range in `chunk` (without its `\n`).
    var lines: [Range<Int>] { buffers.lines }
    /// Each line's decoded entry, nil when it did not decode (or was taken). An optional rather
    /// than an enum with the refusal, so that taking a line moves it once.
    private var decodedLines: UnsafeMutableBufferPointer<DecodedLine?> { buffers.decodedLines }
    /// Why each line did not decode (empty when it did); only written for refused lines.
    private var refusals: UnsafeMutableBufferPointer<String> { buffers.refusals }
    /// Each line's chain hash, in order: the SHA-256 of its content (`JournalLineFormat+Checksum`).
    var hashes: UnsafeMutableBufferPointer<ChainHash> { buffers.hashes }
    /// Each line's `seq`, or -1 when it did not decode: read without copying the entry.
    var seqs: UnsafeMutableBufferPointer<Int> { buffers.seqs }
    /// The `prev` each line claims (valid where `seqs` is not -1).
    var claimed: UnsafeMutableBufferPointer<ChainHash> { buffers.claimed }
    /// Whether each line carries a `sum`, which it matches (valid where `seqs` is not -1).
    var checksummed: UnsafeMutableBufferPointer<Bool> { buffers.checksummed }
    private let decodingCommands: Bool

    /// Lines per claim: small enough that the two threads finish together, large enough
    /// that claiming costs nothing next to decoding.
    private static let blockSize = 32
    /// Below this many lines the second core costs more to wake than it saves.
    static let parallelThreshold = 256

    private let claimLock = NSLock()
    private var nextBlock = 0
    private var helper: DispatchSemaphore?

    /// Takes over `buffers`, whose chunk holds `buffers.lines`, until the batch ends and hands
    /// them back to `pool`; with `decodingCommands`, each entry's command is decoded too.
    /// Nothing is decoded until `start()` or `finish()`.
    init(buffers: LineBatchBuffers, pool: LineBatchPool, decodingCommands: Bool) {
        self.buffers = buffers
        self.pool = pool
        self.decodingCommands = decodingCommands
        buffers.prepareSlots()
    }

    deinit {
        // A background decode still holds the batch, so deinit never runs while it works.
        pool.give(buffers)
    }

    /// The number of lines.
    var count: Int { lines.count }

    /// Starts decoding on `queue`'s thread, when there are lines enough to be worth it. A
    /// serial queue takes the batches started on it one after the other, so its thread goes
    /// from one to the next without waiting for the caller.
    func start(on queue: DispatchQueue) {
        guard count >= Self.parallelThreshold, helper == nil else { return }
        let done = DispatchSemaphore(value: 0)
        helper = done
        queue.async {
            self.work()
            done.signal()
        }
    }

    /// Decodes whatever is left on this thread and waits for the background thread's last
    /// block: afterwards every line's outcome is in place.
    func finish() {
        work()
        if let helper {
            helper.wait()
            self.helper = nil
        }
    }

    /// Claims blocks of lines and decodes them until none are left.
    private func work() {
        let shared = SharedWork(
            chunk: UnsafeRawBufferPointer(buffers.chunk), decodedLines: decodedLines, refusals: refusals, hashes: hashes,
            seqs: seqs, claimed: claimed, checksummed: checksummed, decodingCommands: decodingCommands)
        // One index of a line's members for all the lines this thread decodes: on the stack,
        // where Swift will not put it, it would cost an allocation per line.
        let scratch = UnsafeMutableBufferPointer<IndexedMember>.allocate(capacity: ObjectIndex.capacity)
        defer { scratch.deallocate() }
        lines.withUnsafeBufferPointer { lineBuffer in
            while let block = claimBlock() {
                shared.process(block, lines: lineBuffer, scratch: scratch)
            }
        }
    }

    private func claimBlock() -> Range<Int>? {
        claimLock.lock()
        let start = nextBlock * Self.blockSize
        nextBlock += 1
        claimLock.unlock()
        guard start < count else { return nil }
        return start..<min(count, start + Self.blockSize)
    }

    /// Why line `index` did not decode (empty when it did).
    func problem(at index: Int) -> String {
        refusals[index]
    }

    /// Moves line `index`'s decoded entry out (nil when it did not decode, or was taken):
    /// moving rather than copying saves a retain and a release of every string in it.
    func take(_ index: Int) -> DecodedLine? {
        decodedLines[index].take()
    }
}

/// The buffers both workers use. Each worker writes only the slots of the lines it claimed,
/// and the caller reads them only after `finish()`, which waits for both: hence safe to
/// share although the pointers are not `Sendable`.
private struct SharedWork {
    let chunk: UnsafeRawBufferPointer
    let decodedLines: UnsafeMutableBufferPointer<DecodedLine?>
    let refusals: UnsafeMutableBufferPointer<String>
    let hashes: UnsafeMutableBufferPointer<ChainHash>
    let seqs: UnsafeMutableBufferPointer<Int>
    let claimed: UnsafeMutableBufferPointer<ChainHash>
    let checksummed: UnsafeMutableBufferPointer<Bool>
    let decodingCommands: Bool

    func process(_ indices: Range<Int>, lines: UnsafeBufferPointer<Range<Int>>, scratch: UnsafeMutableBufferPointer<IndexedMember>) {
        for index in indices {
            let line = UnsafeRawBufferPointer(rebasing: chunk[lines[index]])
            // One SHA-256 per line, of its content: it checks the line's own `sum` and is its chain hash.
            let suffix = JournalLineFormat.checksumSuffix(of: line)
            let hash = ChainHash(hashing: suffix.map { UnsafeRawBufferPointer(rebasing: line[..<$0.contentLength]) } ?? line)
            hashes[index] = hash
            if let suffix, suffix.checksum != hash.checksum {
                refusals[index] = "its bytes do not match its checksum"
                continue
            }
            do {
                // Replay decodes each command straight from the line's bytes; anything else wants the data.
                let decoded = decodingCommands
                    ? try JournalLineFormat.decodeEntryAndCommand(line, scratch: scratch)
                    : try JournalLineFormat.decodeEntry(line)
                guard decoded.hasChecksum == (suffix != nil) else {
                    refusals[index] = "its \"sum\" is not written where and as the format puts it"
                    continue
                }
                seqs[index] = decoded.entry.seq
                claimed[index] = decoded.previousHash
                checksummed[index] = decoded.hasChecksum
                decodedLines[index] = consume decoded
            } catch {
                refusals[index] = error.reason
            }
        }
    }
}
