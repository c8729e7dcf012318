import Foundation

/// How a field an amendment may change is typed in the event data.
enum AmendableFieldType {
    case text
    case number
    case date
    case country
    case list
    case terms(parse: @Sendable (String) throws(VocabularyError) -> String)
    case term(parse: @Sendable (String) throws(VocabularyError) -> String)

    static func of<Term: VocabularyTerm>(_ type: Term.Type) -> AmendableFieldType {
        .term(parse: { (text: String) throws(VocabularyError) -> String in try Term.parse(text).rawValue })
    }

    static func list<Term: VocabularyTerm>(of type: Term.Type) -> AmendableFieldType {
        .terms(parse: { (text: String) throws(VocabularyError) -> String in try Term.parse(text).rawValue })
    }

    /// The stored JSON for what a person typed, or a sentence naming the field.
    func convert(_ text: String, field: String) throws(CommandError) -> JSONValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .text:
            return .string(text)
        case .number:
            guard let number = Int(trimmed) else { throw CommandError(field: field, message: "The field '\(field)' must be a whole number.") }
            return .int(number)
        case .date:
            guard let date = CalendarDate(iso: trimmed) else {
                throw CommandError(field: field, message: "The field '\(field)' must be a date written YYYY-MM-DD.")
            }
            return .string(date.description)
        case .country:
            do { return .string(try Country.parse(trimmed).code) } catch { throw CommandError(field: field, message: error.description) }
        case .list:
            return .array(Self.items(of: text).map { .string($0) })
        case .term(let parse):
            do { return .string(try parse(trimmed)) } catch { throw CommandError(field: field, message: error.description) }
        case .terms(let parse):
            var tokens: [JSONValue] = []
            for item in Self.items(of: text) {
                do { tokens.append(.string(try parse(item))) } catch { throw CommandError(field: field, message: error.description) }
            }
            return .array(tokens)
        }
    }

    private static func items(of text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The fields an amendment of an entry of `type` may change, or nil when such entries
    /// cannot be amended (they are corrected by their own later events).
    static func fields(of type: EventType) -> [String: AmendableFieldType]? {
        switch type {
        case .caseOpened, .caseUpdated:
            return [
                "alias": .text, "legal_name": .text, "sex": .of(Sex.self), "birth_year": .number, "birth_date": .date,
                "nationality": .country, "languages": .list, "exploitation": .list(of: ExploitationForm.self),
                "identified_on": .date, "identified_by": .of(IdentifiedBy.self), "shelter": .text, "risk": .of(RiskLevel.self),
            ]
        case .stepRecorded: return ["kind": .of(StepKind.self), "date": .date, "org": .text, "note": .text]
        case .stepDone: return ["done_on": .date, "note": .text]
        case .noteAdded: return ["text": .text]
        case .referralSent: return ["service": .of(StepKind.self), "note": .text, "made_on": .date, "respond_by": .date]
        case .referralFollowUp: return ["on": .date, "note": .text]
        case .organisationAdded: return ["name": .text, "kind": .of(OrganisationKind.self), "contact": .text, "city": .text]
        default: return nil
        }
    }

    /// The event types whose entries may be retracted; the others are undone by events of
    /// their own (reopen, another role change, a new consent record).
    static let retractable: Set<EventType> = [
        .caseOpened, .stepRecorded, .stepDone, .noteAdded, .referralSent, .referralFollowUp,
    ]
}
