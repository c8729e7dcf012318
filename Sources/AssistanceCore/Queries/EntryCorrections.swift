extension AssistanceState {
    /// The seq of the entry that the amendment or retraction at `seq` corrects; nil when
    /// `seq` is no correction. Lets a day's activity say what a correction changed.
    public func correctedSeq(byCorrection seq: Int) -> Int? {
        guard let position = entryPosition(seq: seq) else { return nil }
        let record = entries[position]
        guard record.type == .entryAmended || record.type == .entryRetracted else { return nil }
        return Int(record.subject)
    }
}
