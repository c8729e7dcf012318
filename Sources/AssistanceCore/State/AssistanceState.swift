/// Everything the journal says, rebuilt entry by entry: users, organisations, cases, steps,
/// referrals, notes, amendments and retractions, plus a compact index of every entry for
/// the timeline and activity queries.
///
/// `apply` is the only way in, so the state is always a projection of the journal; `prepare`
/// checks a command against it before anything is written.
public struct AssistanceState: Sendable {
    /// Registered users in the order they were added.
    public internal(set) var users: [User] = []
    /// Organisations in the order they were added.
    public internal(set) var organisations: [Organisation] = []
    /// Cases in the order they were opened, retracted ones included (see ``Case/isRetracted``).
    public internal(set) var cases: [Case] = []
    /// Referrals in the order they were sent, retracted ones included.
    public internal(set) var referrals: [Referral] = []
    /// Steps in the order they were recorded, retracted ones included.
    public internal(set) var steps: [AssistanceStep] = []
    /// Notes in the order they were added, retracted ones included.
    public internal(set) var notes: [Note] = []
    /// Every amendment in journal order.
    public internal(set) var amendments: [Amendment] = []
    /// What every `journal.recovered` entry set aside, in journal order.
    public internal(set) var recoveries: [JournalRecovery] = []
    /// The `seq` of the last entry applied; 0 for an empty journal.
    public internal(set) var lastSeq = 0

    var userPositionByLogin: [String: Int] = [:]
    var organisationPositionByID: [String: Int] = [:]
    var caseIDs = RecordIndex(prefix: "C")
    var referralIDs = RecordIndex(prefix: "R")
    var amendmentPositionsByTarget: [Int: [Int]] = [:]
    var retractionByTarget: [Int: Retraction] = [:]
    var lastCaseNumberByYear: [Int: Int] = [:]
    var lastReferralNumberByYear: [Int: Int] = [:]
    /// One compact record per applied entry, in journal order.
    var entries: [EntryRecord] = []
    /// Author logins interned, so each entry record carries a small number instead of a string.
    var authorLogins: [String] = []
    var authorCodeByLogin: [String: Int32] = [:]
    /// The current role of each interned login (nil for one that is not a registered user),
    /// so that replay checks an entry's author with the lookup it makes to intern them anyway.
    var roleByAuthor: [Role?] = []
    /// The role each `user.added` and `user.role_changed` entry gave, by seq: its sentence
    /// says that role, not whatever the user holds now.
    var grantedRoleBySeq: [Int: Role] = [:]
    /// The earliest `ts` the next entry may have, in milliseconds: the latest one applied so far
    /// less ``clockSkewTolerance`` (`Int64.min` before the first entry).
    var earliestNextMilliseconds = Int64.min
    /// Whether every entry's timestamp is at or after the one before, as appends under the
    /// lock make it; then a day's entries are found by binary search instead of a scan.
    var entriesAreInTimeOrder = true

    /// Creates the state of an empty journal.
    public init() {}

    /// The number of entries applied.
    public var entryCount: Int { entries.count }

    /// The user with this login.
    public func user(_ login: String) -> User? {
        userPositionByLogin[login].map { users[$0] }
    }

    /// The display name of a login, or the login itself for someone not registered.
    public func displayName(of login: String) -> String {
        user(login)?.displayName ?? login
    }

    /// The organisation with this id.
    public func organisation(_ id: String) -> Organisation? {
        organisationPositionByID[id].map { organisations[$0] }
    }

    /// The case with this id (retracted or not).
    public func `case`(_ id: String) -> Case? {
        casePosition(id).map { cases[$0] }
    }

    /// The referral with this id (retracted or not).
    public func referral(_ id: String) -> Referral? {
        referralPosition(id).map { referrals[$0] }
    }

    /// The step recorded by entry `seq`.
    public func step(seq: Int) -> AssistanceStep? {
        stepPosition(seq: seq).map { steps[$0] }
    }

    /// The note added by entry `seq`.
    public func note(seq: Int) -> Note? {
        subject(ofEntry: seq, type: .noteAdded).map { notes[$0] }
    }

    /// Position in ``cases`` of the case with this id.
    func casePosition(_ id: String) -> Int? {
        caseIDs.position(of: id)
    }

    /// Position in ``referrals`` of the referral with this id.
    func referralPosition(_ id: String) -> Int? {
        referralIDs.position(of: id)
    }

    /// Position in ``steps`` of the step entry `seq` recorded.
    func stepPosition(seq: Int) -> Int? {
        subject(ofEntry: seq, type: .stepRecorded)
    }

    /// The subject position of entry `seq` when it is of `type`: the entry index already
    /// holds it, so no map from seq to step or note is needed.
    private func subject(ofEntry seq: Int, type: EventType) -> Int? {
        guard let position = entryPosition(seq: seq), entries[position].type == type, entries[position].subject >= 0 else { return nil }
        return Int(entries[position].subject)
    }

    /// Amendments of entry `seq`, oldest first.
    public func amendments(of seq: Int) -> [Amendment] {
        (amendmentPositionsByTarget[seq] ?? []).map { amendments[$0] }
    }

    /// The retraction of entry `seq`, if it was retracted.
    public func retraction(of seq: Int) -> Retraction? {
        retractionByTarget[seq]
    }

    /// The type and author of entry `seq`, if it was applied.
    public func entrySummary(seq: Int) -> (type: EventType, author: String, timestamp: Timestamp)? {
        guard let position = entryPosition(seq: seq) else { return nil }
        let record = entries[position]
        return (record.type, authorLogins[Int(record.author)], record.timestamp)
    }

    /// The role the author of entry `seq` held when it was recorded, if it was applied.
    public func recordedRole(ofEntry seq: Int) -> Role? {
        entryPosition(seq: seq).map { entries[$0].role }
    }

    /// Position of entry `seq` in ``entries``: replay applies only consecutive seqs from 1,
    /// so entry `seq` is always at `seq - 1`.
    func entryPosition(seq: Int) -> Int? {
        seq >= 1 && seq <= entries.count ? seq - 1 : nil
    }

    mutating func authorCode(_ login: String) -> Int32 {
        if let code = authorCodeByLogin[login] { return code }
        let code = Int32(authorLogins.count)
        authorLogins.append(login)
        roleByAuthor.append(nil)
        authorCodeByLogin[login] = code
        return code
    }
}

/// What the state remembers of every entry: enough to list a day's activity and a case's
/// timeline and to write one sentence about it, in a few dozen bytes rather than the
/// whole entry.
struct EntryRecord: Sendable {
    var seq: Int
    var timestamp: Timestamp
    var author: Int32
    var type: EventType
    /// The role the author held when the entry was recorded (`log` shows it after later changes).
    var role: Role
    /// Position in `cases`, or -1.
    var casePosition: Int32
    /// Position in `steps`, `referrals`, `notes`, `organisations` or `users` depending on
    /// `type`; the target seq for amendments and retractions; -1 when none.
    var subject: Int32
    /// Position of the entry before this one on the same case, or -1.
    var previousOnCase: Int32
}
