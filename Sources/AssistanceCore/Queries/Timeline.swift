import Foundation

/// One item of a case's history.
public struct TimelineItem: Sendable, Hashable {
    /// The entry.
    public var seq: Int
    public var timestamp: Timestamp
    /// Login of the user the entry is attributed to.
    public var author: String
    /// Their display name.
    public var authorName: String
    public var type: EventType
    /// One line: "Recorded medical assistance for the case".
    public var summary: String
    /// The free text that goes with it (a note, a reason), first line only.
    public var detail: String?
    /// Whether a later entry retracted this one.
    public var isRetracted: Bool
    /// The seqs of later entries that amended this one.
    public var amendedBy: [Int]
}

extension AssistanceState {
    /// Everything recorded on a case, oldest first, retracted and amended entries included
    /// and marked; empty for an unknown case.
    public func timeline(of caseID: String) -> [TimelineItem] {
        guard let position = casePosition(caseID) else { return [] }
        return entryPositions(ofCaseAt: position).map { entryPosition in
            let record = entries[Int(entryPosition)]
            let (phrase, detail) = phrase(of: record)
            let author = authorLogins[Int(record.author)]
            return TimelineItem(
                seq: record.seq, timestamp: record.timestamp, author: author, authorName: displayName(of: author), type: record.type,
                summary: phrase.replacingCasePlaceholder(with: "the case").capitalizingFirstLetter,
                detail: detail?.firstLine, isRetracted: retractionByTarget[record.seq] != nil,
                amendedBy: (amendmentPositionsByTarget[record.seq] ?? []).map { amendments[$0].seq })
        }
    }

    /// Positions in ``entries`` of everything recorded on the case at `position`, oldest first.
    func entryPositions(ofCaseAt position: Int) -> [Int32] {
        var positions: [Int32] = []
        var next = cases[position].lastEntryPosition
        while next >= 0 {
            positions.append(next)
            next = entries[Int(next)].previousOnCase
        }
        return positions.reversed()
    }
}
