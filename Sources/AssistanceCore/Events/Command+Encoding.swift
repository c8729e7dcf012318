extension Command {
    /// The event's `data` object. `createdID` is the new case or referral id; `typedChanges`
    /// the amendment's changes already converted to the target's JSON types.
    func eventData(createdID: String?, typedChanges: [JSONMember] = []) -> JSONValue {
        var fields = FieldWriter()
        switch self {
        case .addUser(let login, let displayName, let role):
            fields.set("login", login)
            fields.set("display_name", displayName)
            fields.set("role", role)
        case .changeRole(let login, let role):
            fields.set("login", login)
            fields.set("role", role)
        case .addOrganisation(let id, let name, let kind, let contact, let city):
            fields.set("id", id)
            fields.set("name", name)
            fields.set("kind", kind)
            fields.set("contact", contact)
            fields.set("city", city)
        case .updateOrganisation(let id, let changes):
            fields.set("id", id)
            fields.set("name", changes.name)
            fields.set("kind", changes.kind)
            fields.set("contact", changes.contact)
            fields.set("city", changes.city)
            fields.set("active", changes.isActive)
        case .openCase(let details):
            fields.set("id", createdID)
            fields.set("alias", details.alias)
            fields.set("legal_name", details.legalName)
            fields.set("sex", details.sex)
            fields.set("birth_year", details.birthYear)
            fields.set("birth_date", details.birthDate)
            fields.set("nationality", details.nationality)
            fields.set("languages", details.languages)
            fields.set("exploitation", details.exploitationForms)
            fields.set("identified_on", details.identifiedOn)
            fields.set("identified_by", details.identifiedBy)
            fields.set("shelter", details.shelter)
            fields.set("caseworker", details.caseworker)
            fields.set("risk", details.riskLevel)
            fields.set("consent_processing", details.consentToProcessing)
            fields.set("consent_sharing", details.consentToSharing)
        case .updateCase(let caseID, let changes):
            fields.set("case", caseID)
            changes.write(into: &fields)
        case .assignCase(let caseID, let caseworker):
            fields.set("case", caseID)
            fields.set("caseworker", caseworker)
        case .recordConsent(let caseID, let processing, let sharing):
            fields.set("case", caseID)
            fields.set("processing", processing)
            fields.set("sharing", sharing)
        case .startReflection(let caseID, let startsOn):
            fields.set("case", caseID)
            fields.set("starts_on", startsOn)
            fields.set("ends_on", startsOn.adding(days: ReflectionPeriod.standardDays))
        case .extendReflection(let caseID, let endsOn, let reason):
            fields.set("case", caseID)
            fields.set("ends_on", endsOn)
            fields.set("reason", reason)
        case .closeCase(let caseID, let reason, let closedOn, let note):
            fields.set("case", caseID)
            fields.set("reason", reason)
            fields.set("closed_on", closedOn)
            fields.set("note", note)
        case .reopenCase(let caseID, let reason):
            fields.set("case", caseID)
            fields.set("reason", reason)
        case .recordStep(let step):
            fields.set("case", step.caseID)
            fields.set("kind", step.kind)
            fields.set("date", step.date)
            fields.set("done", step.isDone)
            fields.set("org", step.organisationID)
            fields.set("note", step.note)
        case .markStepDone(let stepSeq, let doneOn, let note):
            fields.set("step", stepSeq)
            fields.set("done_on", doneOn)
            fields.set("note", note)
        case .sendReferral(let referral):
            fields.set("id", createdID)
            fields.set("case", referral.caseID)
            fields.set("org", referral.organisationID)
            fields.set("service", referral.serviceKind)
            fields.set("note", referral.note)
            fields.set("made_on", referral.madeOn)
            fields.set("respond_by", referral.respondBy ?? referral.madeOn.adding(days: ReferralDetails.defaultResponseDays))
            fields.set("consent_override", referral.consentOverrideReason)
        case .acceptReferral(let referralID, let on, let serviceDate, let note):
            fields.set("referral", referralID)
            fields.set("on", on)
            fields.set("service_date", serviceDate)
            fields.set("note", note)
        case .declineReferral(let referralID, let on, let reason), .withdrawReferral(let referralID, let on, let reason):
            fields.set("referral", referralID)
            fields.set("on", on)
            fields.set("reason", reason)
        case .completeReferral(let referralID, let on, let note):
            fields.set("referral", referralID)
            fields.set("on", on)
            fields.set("note", note)
        case .followUpReferral(let referralID, let on, let note):
            fields.set("referral", referralID)
            fields.set("on", on)
            fields.set("note", note)
        case .addNote(let caseID, let text):
            fields.set("case", caseID)
            fields.set("text", text)
        case .amendEntry(let targetSeq, let reason, _):
            fields.set("target", targetSeq)
            fields.set("reason", reason)
            fields.set("changes", json: .object(typedChanges))
        case .retractEntry(let targetSeq, let reason):
            fields.set("target", targetSeq)
            fields.set("reason", reason)
        case .recordRecovery(let details):
            details.write(into: &fields)
        }
        return fields.object
    }
}

extension CaseChanges {
    /// Writes the changed fields under the `case.opened` keys.
    func write(into fields: inout FieldWriter) {
        fields.set("alias", alias)
        fields.set("legal_name", legalName)
        fields.set("sex", sex)
        fields.set("birth_year", birthYear)
        fields.set("birth_date", birthDate)
        fields.set("nationality", nationality)
        fields.set("languages", languages)
        fields.set("exploitation", exploitationForms)
        fields.set("identified_on", identifiedOn)
        fields.set("identified_by", identifiedBy)
        fields.set("shelter", shelter)
        fields.set("risk", riskLevel)
    }

    /// Reads the changed fields from `case.updated` data or an amendment's changes.
    init(reading reader: some CommandFields) throws(CommandError) {
        self.init(
            alias: try reader.optionalString("alias"), legalName: try reader.optionalString("legal_name"),
            sex: try reader.optionalTerm("sex"), birthYear: try reader.optionalInt("birth_year"),
            birthDate: try reader.optionalDate("birth_date"), nationality: try reader.optionalCountry("nationality"),
            languages: reader.isPresent("languages") ? try reader.strings("languages") : nil,
            exploitationForms: reader.isPresent("exploitation") ? try reader.terms("exploitation") : nil,
            identifiedOn: try reader.optionalDate("identified_on"), identifiedBy: try reader.optionalTerm("identified_by"),
            shelter: try reader.optionalString("shelter"), riskLevel: try reader.optionalTerm("risk"))
    }

    /// Whether nothing changes.
    var isEmpty: Bool { self == CaseChanges() }
}
