import AssistanceCore

/// Turns a form's values into the core's `Command`, or into messages next to the fields that
/// cannot be read (a date that is no date, a choice not in the list). What the values mean
/// for the journal (a known case, a permitted role) is left to the core.
public enum CommandBuilder {
    /// The command `values` ask for, or the fields that could not be read.
    public static func command(for purpose: FormPurpose, values: [String: String], context: AppContext) -> Result<Command, FormRefusal> {
        var reader = FieldParser(values: values, today: context.today)
        let command: Command
        switch purpose {
        case .openCase:
            let details = CaseDetails(
                alias: reader.text("alias"), sex: reader.term("sex", Sex.self) ?? .unknown,
                nationality: reader.country("nationality"),
                exploitationForms: reader.terms("exploitation", ExploitationForm.self),
                identifiedOn: reader.date("identified_on") ?? context.today,
                identifiedBy: reader.term("identified_by", IdentifiedBy.self) ?? .centre,
                shelter: reader.optionalText("shelter"), caseworker: reader.optionalText("caseworker"),
                consentToProcessing: reader.yes("consent_processing"), consentToSharing: reader.yes("consent_sharing"))
            command = .openCase(details)
        case .editCase(let caseID):
            let existing = context.state.case(caseID)
            var changes = CaseChanges()
            let alias = reader.text("alias")
            if alias != existing?.alias { changes.alias = alias }
            let nationality = reader.country("nationality")
            if nationality != existing?.nationality { changes.nationality = nationality }
            let shelter = reader.optionalText("shelter")
            if shelter != existing?.shelter { changes.shelter = shelter ?? "" }
            let risk = reader.term("risk", RiskLevel.self)
            if risk != existing?.riskLevel { changes.riskLevel = risk }
            command = .updateCase(caseID: caseID, changes: changes)
        case .recordStep(let caseID):
            let kind = reader.required("kind", StepKind.self)
            command = .recordStep(StepDetails(
                caseID: caseID, kind: kind ?? .other, date: reader.date("date") ?? context.today,
                isDone: values["done"] != "planned", organisationID: reader.optionalText("org"), note: reader.optionalText("note")))
        case .markStepDone(let stepSeq):
            command = .markStepDone(stepSeq: stepSeq, doneOn: reader.date("done_on") ?? context.today, note: reader.optionalText("note"))
        case .sendReferral(let caseID):
            let service = reader.required("service", StepKind.self)
            command = .sendReferral(ReferralDetails(
                caseID: caseID, organisationID: reader.text("org"), serviceKind: service ?? .other, note: reader.optionalText("note"),
                madeOn: reader.date("made_on") ?? context.today, respondBy: reader.optionalDate("respond_by"),
                consentOverrideReason: reader.optionalText("consent_override")))
        case .addNote(let caseID):
            command = .addNote(caseID: caseID, text: reader.text("text"))
        case .correctEntry(let seq, _):
            let reason = reader.text("reason")
            if values["action"] == "retract" {
                command = .retractEntry(targetSeq: seq, reason: reason)
            } else {
                let field = reader.text("field")
                if field.isEmpty { reader.errors["field"] = "Choose the field to amend from the list." }
                let change = AmendedField(name: field, value: values["value"] ?? "").resolvingRelativeDate(today: context.today)
                command = .amendEntry(targetSeq: seq, reason: reason, changes: [change])
            }
        case .closeCase(let caseID):
            let reason = reader.required("reason", ClosingReason.self)
            command = .closeCase(caseID: caseID, reason: reason ?? .other, closedOn: reader.date("closed_on") ?? context.today,
                                 note: reader.optionalText("note"))
        case .referralOutcome(let referralID, let outcome):
            command = referralOutcomeCommand(referralID: referralID, outcome: outcome, reader: &reader, today: context.today)
        case .addOrganisation, .editOrganisation, .setOrganisationActive:
            command = organisationCommand(for: purpose, reader: &reader, context: context)
        }
        guard reader.errors.isEmpty else { return .failure(FormRefusal(fieldErrors: reader.errors)) }
        return .success(command)
    }
}

/// Fields of a form that could not be read, each with a sentence to show next to it.
public struct FormRefusal: Error, Hashable, Sendable {
    /// Messages by field name.
    public var fieldErrors: [String: String]
    /// The line for the message bar.
    public var message: String { "Nothing was saved; correct the field marked with !." }
}

/// Reads typed values, collecting a message per field that does not parse.
struct FieldParser {
    let values: [String: String]
    let today: CalendarDate
    var errors: [String: String] = [:]

    init(values: [String: String], today: CalendarDate) {
        self.values = values
        self.today = today
    }

    func text(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespaces) }

    func optionalText(_ name: String) -> String? {
        let value = text(name)
        return value.isEmpty ? nil : values[name]
    }

    mutating func date(_ name: String) -> CalendarDate? {
        do { return try DateInput.parse(text(name), today: today) } catch {
            errors[name] = error.description
            return nil
        }
    }

    mutating func optionalDate(_ name: String) -> CalendarDate? {
        text(name).isEmpty ? nil : date(name)
    }

    mutating func term<Term: VocabularyTerm>(_ name: String, _ type: Term.Type) -> Term? {
        guard !text(name).isEmpty else { return nil }
        do { return try Term.parse(text(name)) } catch {
            errors[name] = error.description
            return nil
        }
    }

    mutating func required<Term: VocabularyTerm>(_ name: String, _ type: Term.Type) -> Term? {
        guard !text(name).isEmpty else {
            errors[name] = "Choose a \(Term.termName) from the list (type to complete, Tab to take it)."
            return nil
        }
        return term(name, type)
    }

    mutating func terms<Term: VocabularyTerm>(_ name: String, _ type: Term.Type) -> [Term] {
        var result: [Term] = []
        for item in text(name).split(separator: ",") {
            do { result.append(try Term.parse(String(item))) } catch { errors[name] = error.description }
        }
        return result
    }

    mutating func country(_ name: String) -> Country? {
        guard !text(name).isEmpty else { return nil }
        do { return try Country.parse(text(name)) } catch {
            errors[name] = error.description
            return nil
        }
    }

    func yes(_ name: String) -> Bool { text(name).lowercased() == "yes" }
}
