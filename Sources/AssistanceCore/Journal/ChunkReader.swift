#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a journal from one offset to another in chunks of whole lines, each handed out as a
/// `LineBatch` ready to decode. The bytes after a chunk's last `\n` start the next chunk.
struct ChunkReader {
    /// How much of the file one chunk holds: large enough that a chunk's few thousand lines
    /// are worth splitting over both cores, small enough that the two chunks in flight add
    /// only a few MB to replay's peak memory (measured: 8 MB chunks cost ~20 MB).
    static let defaultChunkSize = 1 << 20

    private let file: JournalFile
    private var offset: Int64
    private let end: Int64
    private let decodingCommands: Bool
    private let chunkSize: Int
    /// Bytes read after the last complete line so far.
    private var leftover: [UInt8] = []
    /// Once `next()` has returned nil: the bytes after the last complete line, to the end.
    var unfinishedLine: [UInt8] { leftover }
    /// The buffers of batches that are done, for the next chunks.
    private let pool = LineBatchPool()

    /// A reader of `file` from `offset` (the start of a line) to `end`.
    init(file: JournalFile, from offset: Int64, to end: Int64, decodingCommands: Bool) {
        self.file = file
        self.offset = offset
        self.end = end
        self.decodingCommands = decodingCommands
        // At least a few bytes, so that growing a buffer too small for one line always grows it.
        chunkSize = max(64, file.readChunkSize)
    }

    /// The next chunk's complete lines, or nil when no complete line is left (what remains
    /// is then a torn tail or an append in progress).
    mutating func next() throws(JournalError) -> LineBatch? {
        let buffers = pool.take(chunkCapacity: chunkSize)
        var capacity = max(buffers.chunkCapacity, leftover.count * 2)
        while true {
            buffers.growChunk(to: capacity)
            let buffer = buffers.chunk
            capacity = buffer.count
            var filled = leftover.count
            leftover.withUnsafeBytes { buffer.copyMemory(from: $0) }
            var reachedEnd = false
            while filled < capacity {
                guard offset < end else { reachedEnd = true; break }
                let wanted = min(capacity - filled, Int(end - offset))
                let target = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<(filled + wanted)])
                switch file.system.readFully(file.descriptor, into: target, at: offset) {
                case .success(let count):
                    filled += count
                    offset += Int64(count)
                    if count == 0 { reachedEnd = true }
                case .failure(let error):
                    pool.give(buffers)
                    throw .from(error, path: file.path, operation: "read")
                }
                if reachedEnd { break }
            }
            let base = buffer.baseAddress!
            guard let linesEnd = Self.lastNewline(in: UnsafeRawBufferPointer(rebasing: buffer[0..<filled])) else {
                leftover = Array(UnsafeRawBufferPointer(rebasing: buffer[0..<filled]))
                if reachedEnd {
                    pool.give(buffers)
                    return nil
                }
                // One line longer than the buffer: grow it rather than fail on big events.
                capacity *= 2
                continue
            }
            buffers.lines.removeAll(keepingCapacity: true)
            buffers.lines.reserveCapacity(linesEnd / 200 + 1)
            var start = 0
            // `<=`: an empty line can be the chunk's last, its `\n` at `linesEnd` itself.
            while start <= linesEnd, let found = memchr(base + start, 0x0A, linesEnd + 1 - start) {
                let newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                buffers.lines.append(start..<newline)
                start = newline + 1
            }
            leftover = Array(UnsafeRawBufferPointer(rebasing: buffer[(linesEnd + 1)..<filled]))
            return LineBatch(buffers: buffers, pool: pool, decodingCommands: decodingCommands)
        }
    }

    /// The offset of the last `\n` in `bytes`; a short scan back, since lines are short.
    private static func lastNewline(in bytes: UnsafeRawBufferPointer) -> Int? {
        var index = bytes.count - 1
        while index >= 0 {
            if bytes[index] == 0x0A { return index }
            index -= 1
        }
        return nil
    }
}
