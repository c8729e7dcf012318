/// One person's assistance case (DESIGN.md §2), as the journal has built it up so far.
public struct Case: Sendable, Hashable {
    // The fields replay reads or writes for every entry on a case come first, so that checking
    // and recording an entry touches one or two cache lines of the case rather than five
    // (DESIGN.md §6); `init(id:details:openedSeq:openedAt:)` keeps the order out of callers.

    /// Whether the opening entry was retracted; such a case is kept but left out of lists,
    /// counts and reports.
    public var isRetracted: Bool
    /// Open or closed.
    public var status: CaseStatus
    /// Consent to sharing data with organisations the person is referred to.
    public var consentToSharing: Bool
    /// Consent to processing of the person's data.
    public var consentToProcessing: Bool
    /// Position in the state's entry index of the last entry recorded on this case (-1: none);
    /// each entry record points to the case's entry before it. A chain rather than a list per
    /// case, because appending to 74 000 small arrays in random order cost replay a cache miss
    /// or two per entry.
    var lastEntryPosition: Int32 = -1
    /// The day the person was identified as a victim.
    public var identifiedOn: CalendarDate
    /// When anything was last recorded on the case.
    public var lastActivity: Timestamp
    /// Year of birth, when known.
    public var birthYear: Int?
    /// Date of birth, when known (more exact than the year).
    public var birthDate: CalendarDate?
    /// The reflection period, once started.
    public var reflection: ReflectionPeriod?
    /// Login of the assigned caseworker.
    public var caseworker: String?
    /// Positions of referrals still open (sent or accepted, not retracted), kept up to date so
    /// that the case list touches only these.
    var openReferralPositions: [Int32] = []
    /// Positions of steps planned and not done (nor retracted).
    var plannedStepPositions: [Int32] = []
    /// `C-YYYY-NNNN`: the year of opening and a sequence within that year.
    public var id: String
    /// The name the person goes by in the shelter.
    public var alias: String
    /// The full legal name; sensitive, so optional.
    public var legalName: String?
    /// Sex as the statistics count it.
    public var sex: Sex
    /// Nationality.
    public var nationality: Country?
    /// Languages the person speaks, as typed.
    public var languages: [String]
    /// One or more forms of exploitation.
    public var exploitationForms: [ExploitationForm]
    /// Who identified them.
    public var identifiedBy: IdentifiedBy
    /// Shelter or location.
    public var shelter: String?
    /// Risk level, when assessed.
    public var riskLevel: RiskLevel?
    /// Why the case was closed (nil while open).
    public var closingReason: ClosingReason?
    /// The day the case was closed (nil while open).
    public var closedOn: CalendarDate?
    /// The `case.opened` entry.
    public var openedSeq: Int
    /// When the case was opened.
    public var openedAt: Timestamp

    /// A case as its `case.opened` entry (`openedSeq`, at `openedAt`) opens it.
    init(id: String, details: CaseDetails, openedSeq: Int, openedAt: Timestamp) {
        isRetracted = false
        status = .open
        consentToSharing = details.consentToSharing
        consentToProcessing = details.consentToProcessing
        identifiedOn = details.identifiedOn
        lastActivity = openedAt
        birthYear = details.birthYear
        birthDate = details.birthDate
        reflection = nil
        caseworker = details.caseworker
        self.id = id
        alias = details.alias
        legalName = details.legalName
        sex = details.sex
        nationality = details.nationality
        languages = details.languages
        exploitationForms = details.exploitationForms
        identifiedBy = details.identifiedBy
        shelter = details.shelter
        riskLevel = details.riskLevel
        closingReason = nil
        closedOn = nil
        self.openedSeq = openedSeq
        self.openedAt = openedAt
        refreshSearchKey()
    }

    /// Rebuilds ``searchKey`` after the alias or nationality changed.
    ///
    /// The legal name stays out of it: it is shown only to some roles (DESIGN.md §8), and a
    /// filter that matched it would let anyone find out a person's legal name by typing.
    mutating func refreshSearchKey() {
        searchKey = NameFolding.key([id, alias, nationality?.name ?? ""])
    }

    /// Minor or adult on the day of identification; nil when the birth is unknown.
    public var ageGroup: AgeGroup? {
        AgeGroup.at(identifiedOn, birthYear: birthYear ?? birthDate?.year, birthDate: birthDate)
    }

    /// Id, alias and country name folded by ``NameFolding/key(_:)``, for filtering 50 000 rows
    /// per keystroke without building strings.
    var searchKey: [UInt8] = []
}

extension [Int32] {
    /// Removes `position` from a case's list of positions, if it is there. (A key path to the
    /// list cost replay a retain and a lookup per call.)
    mutating func removePosition(_ position: Int32) {
        if let index = firstIndex(of: position) { remove(at: index) }
    }
}

/// The time a person has to recover and decide, starting on identification: 30 days,
/// extendable up to 120 days in total.
public struct ReflectionPeriod: Sendable, Hashable {
    /// The first day.
    public var startsOn: CalendarDate
    /// The last day.
    public var endsOn: CalendarDate
    /// How many extensions were recorded.
    public var extensions: Int

    /// The standard length in days.
    public static let standardDays = 30
    /// The longest a period may run in total, in days.
    public static let maximumDays = 120

    /// Days from `today` to the last day (0 on the last day), or nil once it has ended.
    public func daysLeft(today: CalendarDate) -> Int? {
        let left = endsOn.days(since: today)
        return left >= 0 ? left : nil
    }
}
