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
    private var outcomes: [Outcome]
    /// The SHA-256 of every line, in order.
    private(set) var hashes: [ChainHash]
    /// Each line's `seq`, or -1 when it did not decode: read without copying the entry.
    private(set) var seqs: [Int]
    /// The `prev` each line claims (zero when it did not decode).
    private(set) var claimed: [ChainHash]

    /// Below this many lines the second core costs more to wake than it saves.
    static let parallelThreshold = 256

    /// Decodes and hashes `lines` of `chunk`; with `decodingCommands`, also each entry's command.
    init(lines: [Range<Int>], in chunk: UnsafeRawBufferPointer, decodingCommands: Bool) {
        let count = lines.count
        var outcomes = [Outcome](repeating: .refused(""), count: count)
        var hashes = [ChainHash](repeating: ChainHash.zero, count: count)
        var seqs = [Int](repeating: -1, count: count)
        var claimed = [ChainHash](repeating: ChainHash.zero, count: count)
        outcomes.withUnsafeMutableBufferPointer { outcomeBuffer in
            hashes.withUnsafeMutableBufferPointer { hashBuffer in
                seqs.withUnsafeMutableBufferPointer { seqBuffer in
                    claimed.withUnsafeMutableBufferPointer { claimedBuffer in
                        lines.withUnsafeBufferPointer { lineBuffer in
                            Self.run(SharedWork(
                                chunk: chunk, lines: lineBuffer, outcomes: outcomeBuffer, hashes: hashBuffer,
                                seqs: seqBuffer, claimed: claimedBuffer, decodingCommands: decodingCommands))
                        }
                    }
                }
            }
        }
        self.outcomes = outcomes
        self.hashes = hashes
        self.seqs = seqs
        self.claimed = claimed
    }

    /// Does the work on this thread alone for a few lines, else half on each core.
    private static func run(_ work: SharedWork) {
        let count = work.lines.count
        guard count >= parallelThreshold else {
            work.process(0..<count)
            return
        }
        // Two halves by line count: lines are alike enough that this balances the cores.
        let middle = count / 2
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            work.process(part == 0 ? 0..<middle : middle..<count)
        }
    }

    /// Why line `index` did not decode (empty when it did).
    func problem(at index: Int) -> String {
        if case .refused(let problem) = outcomes[index] { return problem }
        return ""
    }

    /// Moves line `index`'s decoded entry out (nil when it did not decode, or was taken):
    /// moving rather than copying saves a retain and a release of every string in it.
    mutating func take(_ index: Int) -> DecodedLine? {
        var taken = Outcome.refused("")
        swap(&taken, &outcomes[index])
        if case .decoded(let line) = taken { return line }
        return nil
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
    let seqs: UnsafeMutableBufferPointer<Int>
    let claimed: UnsafeMutableBufferPointer<ChainHash>
    let decodingCommands: Bool

    func process(_ indices: Range<Int>) {
        for index in indices {
            let line = UnsafeRawBufferPointer(rebasing: chunk[lines[index]])
            hashes[index] = ChainHash(hashing: line)
            do {
                // Replay decodes each command straight from the line's bytes; anything else wants the data.
                let decoded = decodingCommands
                    ? try JournalLineFormat.decodeEntryAndCommand(line)
                    : try JournalLineFormat.decodeEntry(line)
                seqs[index] = decoded.entry.seq
                claimed[index] = decoded.previousHash
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
