import Foundation

/// The memory of one `LineBatch`: the chunk's bytes and one slot per line for its outcome.
///
/// Replay reads a journal a megabyte at a time; a reader keeps the buffers of finished batches
/// (`LineBatchPool`) and hands them to the next chunk instead of freeing a megabyte and a few
/// hundred kB of slots per chunk and allocating them again (each large free makes glibc merge
/// the small blocks freed since the last one, and fresh pages are faulted in again).
final class LineBatchBuffers {
    /// The chunk's bytes (`chunkCapacity` of them; the batch uses a prefix).
    private(set) var chunk: UnsafeMutableRawBufferPointer
    /// Each complete line's byte range in `chunk` (without its `\n`).
    var lines: [Range<Int>] = []
    /// One slot per line, with room for more; only the first `lines.count` are initialized, and
    /// only between `prepareSlots()` and `clearSlots()`.
    private(set) var decodedLines: UnsafeMutableBufferPointer<DecodedLine?>
    private(set) var refusals: UnsafeMutableBufferPointer<String>
    private(set) var hashes: UnsafeMutableBufferPointer<ChainHash>
    private(set) var seqs: UnsafeMutableBufferPointer<Int>
    private(set) var claimed: UnsafeMutableBufferPointer<ChainHash>
    private(set) var checksummed: UnsafeMutableBufferPointer<Bool>
    private var initializedSlots = 0

    /// Buffers for a chunk of `chunkCapacity` bytes; line slots are made by `prepareSlots()`.
    init(chunkCapacity: Int) {
        chunk = .allocate(byteCount: chunkCapacity, alignment: 16)
        decodedLines = .allocate(capacity: 0)
        refusals = .allocate(capacity: 0)
        hashes = .allocate(capacity: 0)
        seqs = .allocate(capacity: 0)
        claimed = .allocate(capacity: 0)
        checksummed = .allocate(capacity: 0)
    }

    deinit {
        clearSlots()
        chunk.deallocate()
        decodedLines.deallocate()
        refusals.deallocate()
        hashes.deallocate()
        seqs.deallocate()
        claimed.deallocate()
        checksummed.deallocate()
    }

    /// The bytes the chunk can hold.
    var chunkCapacity: Int { chunk.count }

    /// Replaces the chunk's buffer, contents dropped, with one of `bytes` bytes if it is smaller.
    func growChunk(to bytes: Int) {
        guard bytes > chunk.count else { return }
        chunk.deallocate()
        chunk = .allocate(byteCount: bytes, alignment: 16)
    }

    /// Initializes one slot per line of `lines`, growing the slots when there are more lines
    /// than ever before: nothing decoded, no refusal, `seq` -1.
    func prepareSlots() {
        clearSlots()
        let count = lines.count
        guard count > 0 else { return }
        if count > decodedLines.count {
            // Some room to spare, so that a chunk of slightly shorter lines does not grow them again.
            let capacity = count + count / 4
            decodedLines.deallocate()
            refusals.deallocate()
            hashes.deallocate()
            seqs.deallocate()
            claimed.deallocate()
            checksummed.deallocate()
            decodedLines = .allocate(capacity: capacity)
            refusals = .allocate(capacity: capacity)
            hashes = .allocate(capacity: capacity)
            seqs = .allocate(capacity: capacity)
            claimed = .allocate(capacity: capacity)
            checksummed = .allocate(capacity: capacity)
        }
        decodedLines.baseAddress!.initialize(repeating: nil, count: count)
        refusals.baseAddress!.initialize(repeating: "", count: count)
        seqs.baseAddress!.initialize(repeating: -1, count: count)
        // Hashes, claimed `prev`s and whether a line has a `sum` are plain values, written before they are read.
        initializedSlots = count
    }

    /// Frees whatever the slots still hold (lines not taken, refusals).
    func clearSlots() {
        guard initializedSlots > 0 else { return }
        decodedLines.baseAddress!.deinitialize(count: initializedSlots)
        refusals.baseAddress!.deinitialize(count: initializedSlots)
        initializedSlots = 0
    }
}

/// Buffers of finished batches, for the reader's next chunks. A batch can be freed on either
/// thread (the background decode holds it until it returns), hence the lock.
final class LineBatchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var spare: [LineBatchBuffers] = []

    /// Buffers from a finished batch, or new ones for `chunkCapacity` bytes.
    func take(chunkCapacity: Int) -> LineBatchBuffers {
        lock.lock()
        let reused = spare.popLast()
        lock.unlock()
        return reused ?? LineBatchBuffers(chunkCapacity: chunkCapacity)
    }

    /// Takes back a finished batch's buffers, their slots cleared.
    func give(_ buffers: LineBatchBuffers) {
        buffers.clearSlots()
        lock.lock()
        spare.append(buffers)
        lock.unlock()
    }
}
