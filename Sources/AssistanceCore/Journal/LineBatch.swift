import Dispatch

/// The lines of one read chunk, each decoded and hashed independently of the others, so the
/// work splits over both cores (DESIGN.md §6: the chain check may use both, since each entry
/// carries its predecessor's hash). Ordering rules (`seq`, the chain) are checked afterwards
/// by the caller, in order.
struct LineBatch {
    /// What decoding one line gave.
    enum Outcome {
        case decoded(DecodedLine)
        case refused(String)
    }

    /// One outcome per line, in order.
    private(set) var outcomes: [Outcome]
    /// The SHA-256 of every line, in order.
    private(set) var hashes: [ChainHash]

    /// Below this many lines the second core costs more to wake than it saves.
    static let parallelThreshold = 256

    /// Decodes and hashes `lines` of `chunk`; with `decodingCommands`, also each entry's command.
    init(lines: [Range<Int>], in chunk: UnsafeRawBufferPointer, decodingCommands: Bool) {
        let count = lines.count
        var outcomes = [Outcome](repeating: .refused(""), count: count)
        var hashes = [ChainHash](repeating: ChainHash.zero, count: count)
        outcomes.withUnsafeMutableBufferPointer { outcomeBuffer in
            hashes.withUnsafeMutableBufferPointer { hashBuffer in
                lines.withUnsafeBufferPointer { lineBuffer in
                    let work = SharedWork(
                        chunk: chunk, lines: lineBuffer, outcomes: outcomeBuffer, hashes: hashBuffer,
                        decodingCommands: decodingCommands)
                    if count < Self.parallelThreshold {
                        work.process(0..<count)
                    } else {
                        // Two halves by line count: lines are alike enough that this balances the cores.
                        let middle = count / 2
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            work.process(part == 0 ? 0..<middle : middle..<count)
                        }
                    }
                }
            }
        }
        self.outcomes = outcomes
        self.hashes = hashes
    }

    /// The `prev` each of the first `count` lines claims (all of them decoded).
    func claimedHashes(count: Int) -> [ChainHash] {
        outcomes[..<count].map { outcome in
            if case .decoded(let line) = outcome { return line.previousHash }
            return ChainHash.zero
        }
    }
}

/// The buffers both workers use. Each worker writes only the slots of its own lines, and the
/// buffers outlive `concurrentPerform`, which returns only when both are done: hence safe to
/// share although the pointers are not `Sendable`.
private struct SharedWork: @unchecked Sendable {
    let chunk: UnsafeRawBufferPointer
    let lines: UnsafeBufferPointer<Range<Int>>
    let outcomes: UnsafeMutableBufferPointer<LineBatch.Outcome>
    let hashes: UnsafeMutableBufferPointer<ChainHash>
    let decodingCommands: Bool

    func process(_ indices: Range<Int>) {
        for index in indices {
            let line = UnsafeRawBufferPointer(rebasing: chunk[lines[index]])
            hashes[index] = ChainHash(hashing: line)
            do {
                var decoded = try JournalLineFormat.decodeEntry(line)
                if decodingCommands {
                    decoded.command = DecodedCommand.decoding(decoded.entry)
                    decoded.entry.data = .null
                }
                outcomes[index] = .decoded(decoded)
            } catch {
                outcomes[index] = .refused(error.reason)
            }
        }
    }
}

extension ChainHash {
    /// All zero bits: a placeholder for slots that are filled before they are read.
    static let zero = withUnsafeBytes(of: (UInt64(0), UInt64(0), UInt64(0), UInt64(0))) { ChainHash(bytes: $0) }
}
