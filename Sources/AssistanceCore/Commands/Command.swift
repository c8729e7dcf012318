/// One thing a person does, with already-parsed fields. ``AssistanceState/prepare(_:by:at:today:)``
/// validates it and turns it into the journal event whose `type` and `data` keys are listed
/// on each case. Dates are stored as `YYYY-MM-DD` strings; optional keys are left out when nil.
///
/// The four cases with the largest payloads are `indirect`, so that a command, and the decoded
/// line that carries it through replay, is a third of the size it would be: replay moves a
/// million of them between threads and through `apply`.
public enum Command: Sendable, Hashable {
    /// `user.added` — `login`, `display_name`, `role`.
    case addUser(login: String, displayName: String, role: Role)
    /// `user.role_changed` — `login`, `role`.
    case changeRole(login: String, role: Role)
    /// `org.added` — `id`, `name`, `kind`, `contact`?, `city`?.
    case addOrganisation(id: String, name: String, kind: OrganisationKind, contact: String?, city: String?)
    /// `org.updated` — `id`, then any of `name`, `kind`, `contact`, `city`, `active` (Boolean).
    indirect case updateOrganisation(id: String, changes: OrganisationChanges)
    /// `case.opened` — `id` (assigned by `prepare`), `alias`, `legal_name`?, `sex`, `birth_year`?,
    /// `birth_date`?, `nationality`? (alpha-2), `languages` (array), `exploitation` (array of
    /// tokens), `identified_on`, `identified_by`, `shelter`?, `caseworker`?, `risk`?,
    /// `consent_processing`, `consent_sharing` (Booleans).
    indirect case openCase(CaseDetails)
    /// `case.updated` — `case`, then any of the `case.opened` keys except `id`, `caseworker`
    /// and the consents, which have events of their own.
    indirect case updateCase(caseID: String, changes: CaseChanges)
    /// `case.assigned` — `case`, `caseworker` (a login).
    case assignCase(caseID: String, caseworker: String)
    /// `case.consent_recorded` — `case`, `processing`, `sharing` (Booleans).
    case recordConsent(caseID: String, processing: Bool, sharing: Bool)
    /// `case.reflection_started` — `case`, `starts_on`, `ends_on` (30 days later).
    case startReflection(caseID: String, startsOn: CalendarDate)
    /// `case.reflection_extended` — `case`, `ends_on`, `reason`.
    case extendReflection(caseID: String, endsOn: CalendarDate, reason: String)
    /// `case.closed` — `case`, `reason` (closing reason token), `closed_on`, `note`?.
    case closeCase(caseID: String, reason: ClosingReason, closedOn: CalendarDate, note: String?)
    /// `case.reopened` — `case`, `reason`.
    case reopenCase(caseID: String, reason: String)
    /// `step.recorded` — `case`, `kind`, `date`, `done` (Boolean; false for a planned step),
    /// `org`?, `note`?.
    case recordStep(StepDetails)
    /// `step.done` — `step` (the seq of its `step.recorded`), `done_on`, `note`?.
    case markStepDone(stepSeq: Int, doneOn: CalendarDate, note: String?)
    /// `referral.sent` — `id` (assigned by `prepare`), `case`, `org`, `service` (step kind),
    /// `note`?, `made_on`, `respond_by` (default 7 days after `made_on`), `consent_override`?.
    indirect case sendReferral(ReferralDetails)
    /// `referral.accepted` — `referral`, `on`, `service_date`?, `note`?.
    case acceptReferral(referralID: String, on: CalendarDate, serviceDate: CalendarDate?, note: String?)
    /// `referral.declined` — `referral`, `on`, `reason`.
    case declineReferral(referralID: String, on: CalendarDate, reason: String)
    /// `referral.completed` — `referral`, `on`, `note`?.
    case completeReferral(referralID: String, on: CalendarDate, note: String?)
    /// `referral.withdrawn` — `referral`, `on`, `reason`.
    case withdrawReferral(referralID: String, on: CalendarDate, reason: String)
    /// `referral.follow_up` — `referral`, `on`, `note`.
    case followUpReferral(referralID: String, on: CalendarDate, note: String)
    /// `note.added` — `case`, `text`.
    case addNote(caseID: String, text: String)
    /// `entry.amended` — `target` (seq), `reason`, `changes` (an object of the target's data
    /// keys with their new values, typed as in the target event).
    case amendEntry(targetSeq: Int, reason: String, changes: [AmendedField])
    /// `entry.retracted` — `target` (seq), `reason`.
    case retractEntry(targetSeq: Int, reason: String)
    /// `journal.recovered` — `first_line`, `last_line`, `bytes`, `reason`, `side_file`, `sha256`
    /// (see ``RecoveryDetails``); recorded by `assist recover` as the first entry after the
    /// lines it set aside.
    indirect case recordRecovery(RecoveryDetails)

    /// The event type this command appends.
    public var eventType: EventType {
        switch self {
        case .addUser: .userAdded
        case .changeRole: .userRoleChanged
        case .addOrganisation: .organisationAdded
        case .updateOrganisation: .organisationUpdated
        case .openCase: .caseOpened
        case .updateCase: .caseUpdated
        case .assignCase: .caseAssigned
        case .recordConsent: .consentRecorded
        case .startReflection: .reflectionStarted
        case .extendReflection: .reflectionExtended
        case .closeCase: .caseClosed
        case .reopenCase: .caseReopened
        case .recordStep: .stepRecorded
        case .markStepDone: .stepDone
        case .sendReferral: .referralSent
        case .acceptReferral: .referralAccepted
        case .declineReferral: .referralDeclined
        case .completeReferral: .referralCompleted
        case .withdrawReferral: .referralWithdrawn
        case .followUpReferral: .referralFollowUp
        case .addNote: .noteAdded
        case .amendEntry: .entryAmended
        case .retractEntry: .entryRetracted
        case .recordRecovery: .journalRecovered
        }
    }
}

/// The fields of a new case.
public struct CaseDetails: Sendable, Hashable {
    public var alias: String
    public var legalName: String?
    public var sex: Sex
    public var birthYear: Int?
    public var birthDate: CalendarDate?
    public var nationality: Country?
    public var languages: [String]
    public var exploitationForms: [ExploitationForm]
    public var identifiedOn: CalendarDate
    public var identifiedBy: IdentifiedBy
    public var shelter: String?
    public var caseworker: String?
    public var riskLevel: RiskLevel?
    public var consentToProcessing: Bool
    public var consentToSharing: Bool

    /// Creates the details; everything not named is unknown or not given.
    public init(
        alias: String, legalName: String? = nil, sex: Sex, birthYear: Int? = nil, birthDate: CalendarDate? = nil,
        nationality: Country? = nil, languages: [String] = [], exploitationForms: [ExploitationForm],
        identifiedOn: CalendarDate, identifiedBy: IdentifiedBy, shelter: String? = nil, caseworker: String? = nil,
        riskLevel: RiskLevel? = nil, consentToProcessing: Bool = false, consentToSharing: Bool = false
    ) {
        self.alias = alias
        self.legalName = legalName
        self.sex = sex
        self.birthYear = birthYear
        self.birthDate = birthDate
        self.nationality = nationality
        self.languages = languages
        self.exploitationForms = exploitationForms
        self.identifiedOn = identifiedOn
        self.identifiedBy = identifiedBy
        self.shelter = shelter
        self.caseworker = caseworker
        self.riskLevel = riskLevel
        self.consentToProcessing = consentToProcessing
        self.consentToSharing = consentToSharing
    }
}

/// Changes to a case's details; nil means "leave as it is".
public struct CaseChanges: Sendable, Hashable {
    public var alias: String?
    public var legalName: String?
    public var sex: Sex?
    public var birthYear: Int?
    public var birthDate: CalendarDate?
    public var nationality: Country?
    public var languages: [String]?
    public var exploitationForms: [ExploitationForm]?
    public var identifiedOn: CalendarDate?
    public var identifiedBy: IdentifiedBy?
    public var shelter: String?
    public var riskLevel: RiskLevel?

    /// Creates changes; name only what changes.
    public init(
        alias: String? = nil, legalName: String? = nil, sex: Sex? = nil, birthYear: Int? = nil,
        birthDate: CalendarDate? = nil, nationality: Country? = nil, languages: [String]? = nil,
        exploitationForms: [ExploitationForm]? = nil, identifiedOn: CalendarDate? = nil,
        identifiedBy: IdentifiedBy? = nil, shelter: String? = nil, riskLevel: RiskLevel? = nil
    ) {
        self.alias = alias
        self.legalName = legalName
        self.sex = sex
        self.birthYear = birthYear
        self.birthDate = birthDate
        self.nationality = nationality
        self.languages = languages
        self.exploitationForms = exploitationForms
        self.identifiedOn = identifiedOn
        self.identifiedBy = identifiedBy
        self.shelter = shelter
        self.riskLevel = riskLevel
    }
}

/// Changes to an organisation; nil means "leave as it is".
public struct OrganisationChanges: Sendable, Hashable {
    public var name: String?
    public var kind: OrganisationKind?
    public var contact: String?
    public var city: String?
    public var isActive: Bool?

    /// Creates changes; name only what changes.
    public init(name: String? = nil, kind: OrganisationKind? = nil, contact: String? = nil, city: String? = nil, isActive: Bool? = nil) {
        self.name = name
        self.kind = kind
        self.contact = contact
        self.city = city
        self.isActive = isActive
    }
}

/// A step to record, done or planned.
public struct StepDetails: Sendable, Hashable {
    public var caseID: String
    public var kind: StepKind
    public var date: CalendarDate
    public var isDone: Bool
    public var organisationID: String?
    public var note: String?

    /// Creates the step.
    public init(caseID: String, kind: StepKind, date: CalendarDate, isDone: Bool, organisationID: String? = nil, note: String? = nil) {
        self.caseID = caseID
        self.kind = kind
        self.date = date
        self.isDone = isDone
        self.organisationID = organisationID
        self.note = note
    }
}

/// A referral to send.
public struct ReferralDetails: Sendable, Hashable {
    public var caseID: String
    public var organisationID: String
    public var serviceKind: StepKind
    public var note: String?
    public var madeOn: CalendarDate
    /// Nil for the default, 7 days after `madeOn`.
    public var respondBy: CalendarDate?
    /// Required when the person has not consented to sharing.
    public var consentOverrideReason: String?

    /// Creates the referral.
    public init(
        caseID: String, organisationID: String, serviceKind: StepKind, note: String? = nil, madeOn: CalendarDate,
        respondBy: CalendarDate? = nil, consentOverrideReason: String? = nil
    ) {
        self.caseID = caseID
        self.organisationID = organisationID
        self.serviceKind = serviceKind
        self.note = note
        self.madeOn = madeOn
        self.respondBy = respondBy
        self.consentOverrideReason = consentOverrideReason
    }

    /// The default time an organisation has to answer.
    public static let defaultResponseDays = 7
}

/// One field an amendment changes: the target event's data key and the new value as a
/// person types it (dates in any ``DateInput`` form, lists comma-separated, yes/no).
public struct AmendedField: Sendable, Hashable {
    /// The data key, for example `alias` or `date`.
    public var name: String
    /// The new value as text.
    public var value: String

    /// Creates a field change.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
