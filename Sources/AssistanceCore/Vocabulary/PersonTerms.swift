/// A person's sex as the Danish statistics count it (trans persons separately).
public enum Sex: String, VocabularyTerm {
    case female, male, transgender, unknown

    /// What one value is called in a sentence.
    public static let termName = "sex"

    /// The display label.
    public var label: String {
        switch self {
        case .female: "Female"
        case .male: "Male"
        case .transgender: "Transgender"
        case .unknown: "Unknown"
        }
    }
}

/// Minor or adult at the time of identification.
public enum AgeGroup: String, VocabularyTerm {
    case minor, adult

    /// What one value is called in a sentence.
    public static let termName = "age group"

    /// The display label.
    public var label: String {
        switch self {
        case .minor: "Minor"
        case .adult: "Adult"
        }
    }

    /// The age group of someone born in `birthYear` (or on `birthDate`, which is more exact)
    /// on the day they were identified; nil when neither is known.
    public static func at(_ day: CalendarDate, birthYear: Int?, birthDate: CalendarDate?) -> AgeGroup? {
        let (year, month, dayOfMonth) = day.components
        if let birthDate {
            let birth = birthDate.components
            var age = year - birth.year
            if (month, dayOfMonth) < (birth.month, birth.day) { age -= 1 }
            return age < 18 ? .minor : .adult
        }
        guard let birthYear else { return nil }
        // Without the birthday, someone who turns 18 this year may still be 17: count as a
        // minor, which is the protective reading.
        return year - birthYear <= 18 ? .minor : .adult
    }
}

/// A form of exploitation; a case has one or more.
public enum ExploitationForm: String, VocabularyTerm {
    case sexual
    case forcedLabour = "forced_labour"
    case forcedCriminality = "forced_criminality"
    case slaveryLike = "slavery_like"
    case forcedMarriage = "forced_marriage"
    case organRemoval = "organ_removal"
    case other
    case notEstablished = "not_established"

    /// What one value is called in a sentence.
    public static let termName = "form of exploitation"

    /// The display label.
    public var label: String {
        switch self {
        case .sexual: "Sexual exploitation"
        case .forcedLabour: "Forced labour"
        case .forcedCriminality: "Forced criminality"
        case .slaveryLike: "Slavery-like conditions"
        case .forcedMarriage: "Forced marriage"
        case .organRemoval: "Organ removal"
        case .other: "Other"
        case .notEstablished: "Not established"
        }
    }

    /// A label of one word or two, for table columns where several forms share little room.
    public var shortLabel: String {
        switch self {
        case .sexual: "Sexual"
        case .forcedLabour: "Labour"
        case .forcedCriminality: "Criminality"
        case .slaveryLike: "Slavery-like"
        case .forcedMarriage: "Marriage"
        case .organRemoval: "Organs"
        case .other: "Other"
        case .notEstablished: "Not established"
        }
    }
}

/// Who identified the person as a victim.
public enum IdentifiedBy: String, VocabularyTerm {
    case centre
    case immigrationService = "immigration_service"
    case police, court, ngo, municipality, other

    /// What one value is called in a sentence.
    public static let termName = "identifying authority"

    /// The display label.
    public var label: String {
        switch self {
        case .centre: "Centre"
        case .immigrationService: "Immigration service"
        case .police: "Police"
        case .court: "Court"
        case .ngo: "NGO"
        case .municipality: "Municipality"
        case .other: "Other"
        }
    }
}

/// How much danger the person is believed to be in.
public enum RiskLevel: String, VocabularyTerm {
    case high, medium, low

    /// What one value is called in a sentence.
    public static let termName = "risk level"

    /// The display label.
    public var label: String {
        switch self {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }
}

/// A user's role; each role may do everything the roles before it may.
public enum Role: String, VocabularyTerm, Comparable {
    case caseworker, coordinator, supervisor, admin

    /// What one value is called in a sentence.
    public static let termName = "role"

    /// The display label.
    public var label: String {
        switch self {
        case .caseworker: "Caseworker"
        case .coordinator: "Coordinator"
        case .supervisor: "Supervisor"
        case .admin: "Admin"
        }
    }

    private var rank: Int {
        switch self {
        case .caseworker: 0
        case .coordinator: 1
        case .supervisor: 2
        case .admin: 3
        }
    }

    /// Orders roles by what they may do, caseworker lowest.
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
