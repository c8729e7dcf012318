import AssistanceCore

/// The forms of DESIGN.md §5, built for a purpose and the journal as it is: choice lists
/// come from the vocabulary, the organisations and the users, so completion always offers
/// what the core will accept.
public enum FormCatalogue {
    /// The dialog for `purpose`, prefilled where the journal already knows the answer.
    public static func form(for purpose: FormPurpose, context: AppContext) -> FormDialog {
        let state = context.state
        switch purpose {
        case .openCase:
            return FormDialog(title: "New case", fields: [
                .text("alias", label: "Alias"),
                .choice("sex", label: "Sex", choices: choices(Sex.self), selected: Sex.unknown.rawValue),
                .choice("nationality", label: "Nationality", choices: countryChoices),
                .choice("exploitation", label: "Exploitation", choices: choices(ExploitationForm.self)),
                .text("identified_on", label: "Identified on", value: "today"),
                .choice("identified_by", label: "Identified by", choices: choices(IdentifiedBy.self), selected: IdentifiedBy.centre.rawValue),
                .choice("caseworker", label: "Caseworker", choices: userChoices(state), selected: context.user?.login),
                .text("shelter", label: "Shelter"),
                .choice("consent_processing", label: "Consent: data", choices: yesNo, selected: "yes"),
                .choice("consent_sharing", label: "Consent: sharing", choices: yesNo, selected: "no"),
            ])
        case .editCase(let caseID):
            let found = state.case(caseID)
            return FormDialog(title: "Edit \(caseID)", fields: [
                .text("alias", label: "Alias", value: found?.alias ?? ""),
                .choice("nationality", label: "Nationality", choices: countryChoices, selected: found?.nationality?.code.lowercased()),
                .text("shelter", label: "Shelter", value: found?.shelter ?? ""),
                .choice("risk", label: "Risk", choices: choices(RiskLevel.self), selected: found?.riskLevel?.rawValue),
            ])
        case .recordStep(let caseID):
            return FormDialog(title: "Step for \(caseID)", fields: [
                .choice("kind", label: "Kind", choices: choices(StepKind.self)),
                .text("date", label: "Date", value: "today"),
                .choice("done", label: "Done or planned", choices: [Choice(token: "done", label: "Done"), Choice(token: "planned", label: "Planned")],
                        selected: "done"),
                .choice("org", label: "Organisation", choices: organisationChoices(state)),
                .text("note", label: "Note"),
            ])
        case .markStepDone(let stepSeq):
            return FormDialog(title: "Step \(stepSeq) done", fields: [
                .text("done_on", label: "Done on", value: "today"),
                .text("note", label: "Note"),
            ])
        case .sendReferral(let caseID):
            let sharing = state.case(caseID)?.consentToSharing ?? false
            var fields: [FormField] = [
                .choice("org", label: "Organisation", choices: organisationChoices(state, activeOnly: true)),
                .choice("service", label: "Service", choices: choices(StepKind.self)),
                .text("made_on", label: "Made on", value: "today"),
                .text("respond_by", label: "Respond by", value: "+\(ReferralDetails.defaultResponseDays)"),
                .text("note", label: "Note"),
            ]
            if !sharing { fields.append(.text("consent_override", label: "No sharing consent; why refer")) }
            return FormDialog(title: "Referral for \(caseID)", fields: fields)
        case .addNote(let caseID):
            return FormDialog(title: "Note on \(caseID)", fields: [.text("text", label: "Note")])
        case .correctEntry(let seq, let type):
            return FormDialog(title: "Correct entry \(seq)", fields: [
                .choice("action", label: "Amend or retract", choices: [Choice(token: "amend", label: "Amend"), Choice(token: "retract", label: "Retract")],
                        selected: amendableFields(of: type).isEmpty ? "retract" : "amend"),
                .choice("field", label: "Field", choices: amendableFields(of: type).map { Choice(token: $0, label: $0) }),
                .text("value", label: "New value"),
                .text("reason", label: "Reason"),
            ])
        case .closeCase(let caseID):
            return FormDialog(title: "Close \(caseID)", fields: [
                .choice("reason", label: "Reason", choices: choices(ClosingReason.self)),
                .text("closed_on", label: "Closed on", value: "today"),
                .text("note", label: "Note"),
            ])
        case .referralOutcome(let referralID, let outcome):
            return referralOutcomeForm(referralID: referralID, outcome: outcome)
        case .addOrganisation, .editOrganisation, .setOrganisationActive:
            return organisationForm(for: purpose, context: context)
        }
    }

    /// The data keys an amendment of an entry of `type` may change. Mirrors the core's own
    /// table, which has the last word: a key it does not accept comes back as a refusal.
    public static func amendableFields(of type: EventType) -> [String] {
        switch type {
        case .caseOpened, .caseUpdated:
            ["alias", "legal_name", "sex", "birth_year", "birth_date", "nationality", "languages", "exploitation",
             "identified_on", "identified_by", "shelter", "risk"]
        case .stepRecorded: ["kind", "date", "org", "note"]
        case .stepDone: ["done_on", "note"]
        case .noteAdded: ["text"]
        case .referralSent: ["service", "note", "made_on", "respond_by"]
        case .referralFollowUp: ["on", "note"]
        default: []
        }
    }

    /// A closed list's values as choices, token and label.
    static func choices<Term: VocabularyTerm>(_ type: Term.Type) -> [Choice] {
        Term.allCases.map { Choice(token: $0.rawValue, label: $0.label) }
    }

    /// Every country, by name, completing by name or two-letter code.
    static let countryChoices: [Choice] = Country.all.sorted().map { Choice(token: $0.code.lowercased(), label: $0.name) }

    /// Yes and no.
    static let yesNo = [Choice(token: "yes", label: "Yes"), Choice(token: "no", label: "No")]

    /// Organisations, completing by id or name.
    static func organisationChoices(_ state: AssistanceState, activeOnly: Bool = false) -> [Choice] {
        state.organisations.filter { !activeOnly || $0.isActive }.map { Choice(token: $0.id, label: $0.name) }
    }

    /// Registered users, completing by login or name.
    static func userChoices(_ state: AssistanceState) -> [Choice] {
        state.usersByName.map { Choice(token: $0.login, label: $0.displayName) }
    }
}
