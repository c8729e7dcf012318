extension AssistanceState {
    /// The shortest possible entry line is longer than this (its `ts` and `prev` alone take
    /// about 110 bytes), so a file's size over it bounds how many entries it holds.
    static let shortestEntryLineBytes: Int64 = 128

    /// Makes room at once for every entry a journal of `bytes` bytes can hold, before replay.
    ///
    /// Growing the entry index by doubling holds the old and the new copy for a moment, and
    /// for a million entries that moment set replay's peak memory (DESIGN.md §6: at most the
    /// journal's size). Reserving too much costs address space only: pages never written are
    /// never resident.
    mutating func reserveCapacity(forJournalBytes bytes: Int64) {
        let most = Int(max(0, bytes) / Self.shortestEntryLineBytes)
        entries.reserveCapacity(entries.count + most)
        // Steps, referrals and notes are the next largest arrays; a journal made mostly of one
        // of them outgrows this and falls back to doubling, which is only slower.
        steps.reserveCapacity(steps.count + most / 2)
        referrals.reserveCapacity(referrals.count + most / 4)
        notes.reserveCapacity(notes.count + most / 4)
    }
}
