extension Command {
    /// The command an event records, and the case or referral id it created; throws when the
    /// type is unknown or the data does not have the documented keys.
    ///
    /// Replay and validation of a draft both go through here, so a stored event means exactly
    /// what the command that made it meant.
    public static func decode(type: String, data: JSONValue) throws(CommandError) -> (command: Command, createdID: String?) {
        guard let eventType = EventType(rawValue: type) else {
            throw CommandError(field: nil, message: "The event type '\(type)' is unknown to this version of assist.")
        }
        guard data.objectMembers != nil else {
            throw CommandError(field: nil, message: "The data of a '\(type)' event must be a JSON object.")
        }
        return try decode(eventType, fields: FieldReader(data: data))
    }

    /// Decodes an event of `eventType` from its data `read`, whatever holds the data: the one
    /// switch behind `decode(type:data:)` and replay's decoding straight from a line's bytes.
    static func decode(_ eventType: EventType, fields read: some CommandFields) throws(CommandError) -> (command: Command, createdID: String?) {
        switch eventType {
        case .userAdded:
            return (.addUser(login: try read.string("login"), displayName: try read.string("display_name"), role: try read.term("role")), nil)
        case .userRoleChanged:
            return (.changeRole(login: try read.string("login"), role: try read.term("role")), nil)
        case .organisationAdded:
            return (.addOrganisation(
                id: try read.string("id"), name: try read.string("name"), kind: try read.term("kind"),
                contact: try read.optionalString("contact"), city: try read.optionalString("city")), nil)
        case .organisationUpdated:
            let changes = OrganisationChanges(
                name: try read.optionalString("name"), kind: try read.optionalTerm("kind"), contact: try read.optionalString("contact"),
                city: try read.optionalString("city"), isActive: try read.optionalBool("active"))
            return (.updateOrganisation(id: try read.string("id"), changes: changes), nil)
        case .caseOpened:
            let details = CaseDetails(
                alias: try read.string("alias"), legalName: try read.optionalString("legal_name"), sex: try read.term("sex"),
                birthYear: try read.optionalInt("birth_year"), birthDate: try read.optionalDate("birth_date"),
                nationality: try read.optionalCountry("nationality"), languages: try read.strings("languages"),
                exploitationForms: try read.terms("exploitation"), identifiedOn: try read.date("identified_on"),
                identifiedBy: try read.term("identified_by"), shelter: try read.optionalString("shelter"),
                caseworker: try read.optionalString("caseworker"), riskLevel: try read.optionalTerm("risk"),
                consentToProcessing: try read.bool("consent_processing"), consentToSharing: try read.bool("consent_sharing"))
            return (.openCase(details), try read.string("id"))
        case .caseUpdated:
            return (.updateCase(caseID: try read.string("case"), changes: try CaseChanges(reading: read)), nil)
        case .caseAssigned:
            return (.assignCase(caseID: try read.string("case"), caseworker: try read.string("caseworker")), nil)
        case .consentRecorded:
            return (.recordConsent(caseID: try read.string("case"), processing: try read.bool("processing"), sharing: try read.bool("sharing")), nil)
        case .reflectionStarted:
            return (.startReflection(caseID: try read.string("case"), startsOn: try read.date("starts_on")), nil)
        case .reflectionExtended:
            return (.extendReflection(caseID: try read.string("case"), endsOn: try read.date("ends_on"), reason: try read.string("reason")), nil)
        case .caseClosed:
            return (.closeCase(
                caseID: try read.string("case"), reason: try read.term("reason"), closedOn: try read.date("closed_on"),
                note: try read.optionalString("note")), nil)
        case .caseReopened:
            return (.reopenCase(caseID: try read.string("case"), reason: try read.string("reason")), nil)
        case .stepRecorded:
            return (.recordStep(StepDetails(
                caseID: try read.string("case"), kind: try read.term("kind"), date: try read.date("date"), isDone: try read.bool("done"),
                organisationID: try read.optionalString("org"), note: try read.optionalString("note"))), nil)
        case .stepDone:
            return (.markStepDone(stepSeq: try read.int("step"), doneOn: try read.date("done_on"), note: try read.optionalString("note")), nil)
        case .referralSent:
            let details = ReferralDetails(
                caseID: try read.string("case"), organisationID: try read.string("org"), serviceKind: try read.term("service"),
                note: try read.optionalString("note"), madeOn: try read.date("made_on"), respondBy: try read.date("respond_by"),
                consentOverrideReason: try read.optionalString("consent_override"))
            return (.sendReferral(details), try read.string("id"))
        case .referralAccepted:
            return (.acceptReferral(
                referralID: try read.string("referral"), on: try read.date("on"), serviceDate: try read.optionalDate("service_date"),
                note: try read.optionalString("note")), nil)
        case .referralDeclined:
            return (.declineReferral(referralID: try read.string("referral"), on: try read.date("on"), reason: try read.string("reason")), nil)
        case .referralCompleted:
            return (.completeReferral(referralID: try read.string("referral"), on: try read.date("on"), note: try read.optionalString("note")), nil)
        case .referralWithdrawn:
            return (.withdrawReferral(referralID: try read.string("referral"), on: try read.date("on"), reason: try read.string("reason")), nil)
        case .referralFollowUp:
            return (.followUpReferral(referralID: try read.string("referral"), on: try read.date("on"), note: try read.string("note")), nil)
        case .noteAdded:
            return (.addNote(caseID: try read.string("case"), text: try read.string("text")), nil)
        case .entryAmended:
            guard let changes = read.objectMembers("changes") else { throw read.failure("changes", "an object of changed fields") }
            let fields = changes.map { AmendedField(name: $0.key, value: AmendedField.text(of: $0.value)) }
            return (.amendEntry(targetSeq: try read.int("target"), reason: try read.string("reason"), changes: fields), nil)
        case .entryRetracted:
            return (.retractEntry(targetSeq: try read.int("target"), reason: try read.string("reason")), nil)
        case .journalRecovered:
            return (.recordRecovery(try RecoveryDetails(reading: read)), nil)
        }
    }
}

extension AmendedField {
    /// A stored value as a person would type it, so that a decoded amendment prepares again
    /// to the same data.
    static func text(of value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "yes" : "no"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .array(let elements): elements.map(text(of:)).joined(separator: ", ")
        case .object: ""
        }
    }
}
