/// Whether a case is still being worked on.
public enum CaseStatus: String, VocabularyTerm {
    case open, closed

    /// What one value is called in a sentence.
    public static let termName = "case status"

    /// The display label.
    public var label: String {
        switch self {
        case .open: "Open"
        case .closed: "Closed"
        }
    }
}

/// Why a case was closed.
public enum ClosingReason: String, VocabularyTerm {
    case preparedReturn = "prepared_return"
    case residencePermit = "residence_permit"
    case integrated
    case lostContact = "lost_contact"
    case transferred
    case declinedAssistance = "declined_assistance"
    case other

    /// What one value is called in a sentence.
    public static let termName = "closing reason"

    /// The display label.
    public var label: String {
        switch self {
        case .preparedReturn: "Prepared return"
        case .residencePermit: "Residence permit"
        case .integrated: "Integrated"
        case .lostContact: "Lost contact"
        case .transferred: "Transferred"
        case .declinedAssistance: "Declined assistance"
        case .other: "Other"
        }
    }
}

/// The kind of an assistance step, and of the service a referral asks for.
public enum StepKind: String, VocabularyTerm {
    case accommodation, medical, psychological
    case legalCounselling = "legal_counselling"
    case interpreter
    case materialSupport = "material_support"
    case education, employment
    case contactPersonMeeting = "contact_person_meeting"
    case accompaniment, outreach
    case preparedReturn = "prepared_return"
    case other

    /// What one value is called in a sentence.
    public static let termName = "kind of assistance"

    /// The display label.
    public var label: String {
        switch self {
        case .accommodation: "Accommodation"
        case .medical: "Medical"
        case .psychological: "Psychological"
        case .legalCounselling: "Legal counselling"
        case .interpreter: "Interpreter"
        case .materialSupport: "Material support"
        case .education: "Education"
        case .employment: "Employment"
        case .contactPersonMeeting: "Contact person meeting"
        case .accompaniment: "Accompaniment"
        case .outreach: "Outreach"
        case .preparedReturn: "Prepared return"
        case .other: "Other"
        }
    }

    /// The kind as it reads inside a sentence ("recorded medical assistance").
    public var phrase: String {
        switch self {
        case .contactPersonMeeting: "a contact person meeting"
        case .other: "other assistance"
        case .preparedReturn: "prepared return assistance"
        default: "\(label.lowercased()) assistance"
        }
    }
}

/// Where a referral is in its lifecycle: `sent` → `accepted` → `completed`, or `declined`
/// or `withdrawn`.
public enum ReferralStatus: String, VocabularyTerm {
    case sent, accepted, completed, declined, withdrawn

    /// What one value is called in a sentence.
    public static let termName = "referral status"

    /// The display label.
    public var label: String {
        switch self {
        case .sent: "Sent"
        case .accepted: "Accepted"
        case .completed: "Completed"
        case .declined: "Declined"
        case .withdrawn: "Withdrawn"
        }
    }

    /// Whether the referral still waits for something (neither completed, declined nor withdrawn).
    public var isOpen: Bool { self == .sent || self == .accepted }
}

/// What kind of body an organisation is.
public enum OrganisationKind: String, VocabularyTerm {
    case shelter, ngo
    case healthService = "health_service"
    case legalAid = "legal_aid"
    case police
    case immigrationService = "immigration_service"
    case municipality
    case internationalOrganisation = "international_organisation"
    case embassy, other

    /// What one value is called in a sentence.
    public static let termName = "kind of organisation"

    /// The display label.
    public var label: String {
        switch self {
        case .shelter: "Shelter"
        case .ngo: "NGO"
        case .healthService: "Health service"
        case .legalAid: "Legal aid"
        case .police: "Police"
        case .immigrationService: "Immigration service"
        case .municipality: "Municipality"
        case .internationalOrganisation: "International organisation"
        case .embassy: "Embassy"
        case .other: "Other"
        }
    }
}
