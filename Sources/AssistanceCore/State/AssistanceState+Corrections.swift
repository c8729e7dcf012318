import Foundation

extension AssistanceState {
    /// Checks an amendment and returns its changes in the target's JSON types.
    func checkAmendment(of targetSeq: Int, changes: [AmendedField]) throws(CommandError) -> [JSONMember] {
        guard let position = entryPosition(seq: targetSeq) else { throw CommandError(field: "target", message: "There is no entry \(targetSeq).") }
        let target = entries[position]
        guard let allowed = AmendableFieldType.fields(of: target.type) else {
            throw CommandError(field: "target", message: "Entry \(targetSeq) is a \(target.type.rawValue) event, which cannot be amended; record a new event instead.")
        }
        guard retractionByTarget[targetSeq] == nil else { throw CommandError(field: "target", message: "Entry \(targetSeq) was retracted and can no longer be amended.") }
        guard !changes.isEmpty else { throw CommandError(field: "changes", message: "The amendment changes nothing; give at least one field.") }
        var typed: [JSONMember] = []
        for change in changes {
            guard let type = allowed[change.name] else {
                let names = allowed.keys.sorted().joined(separator: ", ")
                throw CommandError(field: change.name, message: "The field '\(change.name)' cannot be amended on a \(target.type.rawValue) entry; use one of: \(names).")
            }
            guard !typed.contains(where: { $0.key == change.name }) else {
                throw CommandError(field: change.name, message: "The field '\(change.name)' is given twice.")
            }
            typed.append(JSONMember(change.name, try type.convert(change.value, field: change.name)))
        }
        let reader = FieldReader(data: .object(typed))
        try checkAmendedTexts(reader, of: target.type)
        try checkAmendedDates(reader, of: target)
        switch target.type {
        case .caseOpened, .caseUpdated:
            let existing = try requireCase(cases[Int(target.casePosition)].id)
            try checkCaseChanges(try CaseChanges(reading: reader), of: existing)
        case .stepRecorded:
            if let organisationID = try reader.optionalString("org") { _ = try requireOrganisation(organisationID, field: "org") }
        default:
            break
        }
        return typed
    }

    /// Checks that entry `targetSeq` may be retracted.
    func checkRetraction(of targetSeq: Int) throws(CommandError) {
        guard let position = entryPosition(seq: targetSeq) else { throw CommandError(field: "target", message: "There is no entry \(targetSeq).") }
        let target = entries[position]
        if target.type == .entryRetracted {
            throw CommandError(field: "target", message: "Entry \(targetSeq) is itself a retraction, which cannot be retracted; record the retracted entry again instead.")
        }
        guard AmendableFieldType.retractable.contains(target.type) else {
            throw CommandError(field: "target", message: "Entry \(targetSeq) is a \(target.type.rawValue) event, which cannot be retracted; record a correcting event instead.")
        }
        guard retractionByTarget[targetSeq] == nil else { throw CommandError(field: "target", message: "Entry \(targetSeq) is already retracted.") }
        if target.type == .stepDone {
            let step = steps[Int(target.subject)]
            guard !step.isRetracted else { throw CommandError(field: "target", message: "The step of entry \(step.seq) was retracted.") }
        }
    }

    /// Applies a checked amendment, keeping the values it replaces.
    mutating func recordAmendment(of targetSeq: Int, reason: String, changes: [JSONMember], entry: JournalEntry) {
        guard let position = entryPosition(seq: targetSeq) else { return }
        let target = entries[position]
        let subject = Int(target.subject)
        var previous: [JSONMember] = []
        let reader = FieldReader(data: .object(changes))
        switch target.type {
        case .caseOpened, .caseUpdated:
            let casePosition = Int(target.casePosition)
            previous = changes.map { JSONMember($0.key, cases[casePosition].fieldValue($0.key)) }
            if let caseChanges = try? CaseChanges(reading: reader) {
                cases[casePosition].apply(caseChanges)
                cases[casePosition].refreshSearchKey()
            }
        case .stepRecorded:
            previous = changes.map { JSONMember($0.key, steps[subject].fieldValue($0.key)) }
            if let kind: StepKind = try? reader.optionalTerm("kind") { steps[subject].kind = kind }
            if let date = try? reader.optionalDate("date") { steps[subject].date = date }
            if let organisationID = try? reader.optionalString("org") { steps[subject].organisationID = organisationID }
            if let note = try? reader.optionalString("note") { steps[subject].note = note }
        case .stepDone:
            previous = changes.map { JSONMember($0.key, $0.key == "done_on" ? json(steps[subject].doneOn) : json(steps[subject].doneNote)) }
            if let doneOn = try? reader.optionalDate("done_on") { steps[subject].doneOn = doneOn }
            if let note = try? reader.optionalString("note") { steps[subject].doneNote = note }
        case .noteAdded:
            previous = [JSONMember("text", .string(notes[subject].text))]
            if let text = try? reader.optionalString("text") { notes[subject].text = text }
        case .referralSent:
            previous = changes.map { JSONMember($0.key, referrals[subject].fieldValue($0.key)) }
            if let kind: StepKind = try? reader.optionalTerm("service") { referrals[subject].serviceKind = kind }
            if let note = try? reader.optionalString("note") { referrals[subject].note = note }
            if let madeOn = try? reader.optionalDate("made_on") { referrals[subject].madeOn = madeOn }
            if let respondBy = try? reader.optionalDate("respond_by") { referrals[subject].respondBy = respondBy }
        case .referralFollowUp:
            if let index = referrals[subject].followUps.firstIndex(where: { $0.seq == targetSeq }) {
                let followUp = referrals[subject].followUps[index]
                previous = changes.map { JSONMember($0.key, $0.key == "on" ? json(followUp.on) : .string(followUp.note)) }
                if let on = try? reader.optionalDate("on") { referrals[subject].followUps[index].on = on }
                if let note = try? reader.optionalString("note") { referrals[subject].followUps[index].note = note }
            }
        case .organisationAdded:
            let organisation = organisations[subject]
            previous = changes.map { change in
                switch change.key {
                case "name": .string(organisation.name)
                case "kind": .string(organisation.kind.rawValue)
                case "contact": json(organisation.contact)
                default: json(organisation.city)
                }
            }.enumerated().map { JSONMember(changes[$0.offset].key, $0.element) }
            if let name = try? reader.optionalString("name") { organisations[subject].name = name }
            if let kind: OrganisationKind = try? reader.optionalTerm("kind") { organisations[subject].kind = kind }
            if let contact = try? reader.optionalString("contact") { organisations[subject].contact = contact }
            if let city = try? reader.optionalString("city") { organisations[subject].city = city }
        default:
            return
        }
        amendmentPositionsByTarget[targetSeq, default: []].append(amendments.count)
        amendments.append(Amendment(
            seq: entry.seq, targetSeq: targetSeq, reason: reason, author: entry.author, timestamp: entry.timestamp,
            changes: changes, previous: previous))
    }

    /// Marks the target of a checked retraction as retracted.
    mutating func recordRetraction(of targetSeq: Int, reason: String, entry: JournalEntry) {
        guard let position = entryPosition(seq: targetSeq) else { return }
        let target = entries[position]
        let subject = Int(target.subject)
        switch target.type {
        case .caseOpened: cases[Int(target.casePosition)].isRetracted = true
        case .stepRecorded:
            steps[subject].isRetracted = true
            if target.casePosition >= 0 { cases[Int(target.casePosition)].plannedStepPositions.removePosition(target.subject) }
        case .stepDone:
            // The step goes back to planned; the done entry stays in the history, marked.
            steps[subject].isDone = false
            steps[subject].doneOn = nil
            steps[subject].doneNote = nil
            if target.casePosition >= 0 { cases[Int(target.casePosition)].plannedStepPositions.append(target.subject) }
        case .noteAdded: notes[subject].isRetracted = true
        case .referralSent:
            referrals[subject].isRetracted = true
            if target.casePosition >= 0 { cases[Int(target.casePosition)].openReferralPositions.removePosition(target.subject) }
        case .referralFollowUp:
            if let index = referrals[subject].followUps.firstIndex(where: { $0.seq == targetSeq }) {
                referrals[subject].followUps[index].isRetracted = true
            }
        default: return
        }
        retractionByTarget[targetSeq] = Retraction(seq: entry.seq, targetSeq: targetSeq, reason: reason, author: entry.author, timestamp: entry.timestamp)
    }
}

func json(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
func json(_ date: CalendarDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }

extension Case {
    /// The current value of a `case.opened` data key, for keeping what an amendment replaced.
    func fieldValue(_ key: String) -> JSONValue {
        switch key {
        case "alias": .string(alias)
        case "legal_name": json(legalName)
        case "sex": .string(sex.rawValue)
        case "birth_year": birthYear.map { .int($0) } ?? .null
        case "birth_date": json(birthDate)
        case "nationality": json(nationality?.code)
        case "languages": .array(languages.map { .string($0) })
        case "exploitation": .array(exploitationForms.map { .string($0.rawValue) })
        case "identified_on": json(identifiedOn)
        case "identified_by": .string(identifiedBy.rawValue)
        case "shelter": json(shelter)
        case "risk": json(riskLevel?.rawValue)
        default: .null
        }
    }

    /// Takes over every field `changes` names.
    mutating func apply(_ changes: CaseChanges) {
        if let value = changes.alias { alias = value }
        if let value = changes.legalName { legalName = value }
        if let value = changes.sex { sex = value }
        if let value = changes.birthYear { birthYear = value }
        if let value = changes.birthDate { birthDate = value }
        if let value = changes.nationality { nationality = value }
        if let value = changes.languages { languages = value }
        if let value = changes.exploitationForms { exploitationForms = value }
        if let value = changes.identifiedOn { identifiedOn = value }
        if let value = changes.identifiedBy { identifiedBy = value }
        if let value = changes.shelter { shelter = value }
        if let value = changes.riskLevel { riskLevel = value }
    }
}

extension AssistanceStep {
    func fieldValue(_ key: String) -> JSONValue {
        switch key {
        case "kind": .string(kind.rawValue)
        case "date": json(date)
        case "org": json(organisationID)
        default: json(note)
        }
    }
}

extension Referral {
    func fieldValue(_ key: String) -> JSONValue {
        switch key {
        case "service": .string(serviceKind.rawValue)
        case "made_on": json(madeOn)
        case "respond_by": json(respondBy)
        default: json(note)
        }
    }
}
