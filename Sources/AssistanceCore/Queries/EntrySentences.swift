extension AssistanceState {
    /// What an entry did, as a verb phrase with `{case}` where the case belongs ("recorded
    /// medical assistance for {case}"), and the free text that goes with it, if any.
    ///
    /// Built from the compact entry record and the current state, so nothing of the entry
    /// itself needs to be kept.
    func phrase(of record: EntryRecord) -> (phrase: String, detail: String?) {
        let subject = Int(record.subject)
        switch record.type {
        case .userAdded, .userRoleChanged:
            guard users.indices.contains(subject) else { return ("changed a user", nil) }
            let user = users[subject]
            // The role this entry gave, not the one the user holds now.
            let role = grantedRoleBySeq[record.seq] ?? user.role
            return record.type == .userAdded
                ? ("added \(user.displayName) (\(user.login)) as \(role.label.lowercased())", nil)
                : ("made \(user.displayName) (\(user.login)) \(role.withArticle)", nil)
        case .organisationAdded, .organisationUpdated:
            guard organisations.indices.contains(subject) else { return ("changed an organisation", nil) }
            let name = organisations[subject].name
            return (record.type == .organisationAdded ? "added the organisation \(name)" : "updated the organisation \(name)", nil)
        case .caseOpened: return ("opened {case}", nil)
        case .caseUpdated: return ("updated the details of {case}", nil)
        case .caseAssigned:
            let name = users.indices.contains(subject) ? users[subject].displayName : "a caseworker"
            return ("assigned {case} to \(name)", nil)
        case .consentRecorded: return ("recorded consent for {case}", nil)
        case .reflectionStarted: return ("started the reflection period of {case}", nil)
        case .reflectionExtended: return ("extended the reflection period of {case}", nil)
        case .caseClosed:
            let reason = ClosingReason.allCases.indices.contains(subject) ? ClosingReason.allCases[subject].label.lowercased() : "other"
            return ("closed {case} (\(reason))", nil)
        case .caseReopened: return ("reopened {case}", nil)
        case .stepRecorded:
            guard steps.indices.contains(subject) else { return ("recorded a step for {case}", nil) }
            let step = steps[subject]
            let recordedAsPlanned = !step.isDone || step.doneOn != nil
            return recordedAsPlanned
                ? ("planned \(step.kind.phrase) for {case} on \(step.date)", step.note)
                : ("recorded \(step.kind.phrase) for {case}", step.note)
        case .stepDone:
            guard steps.indices.contains(subject) else { return ("marked a step done for {case}", nil) }
            return ("marked \(steps[subject].kind.phrase) done for {case}", steps[subject].doneNote)
        case .referralSent, .referralAccepted, .referralDeclined, .referralCompleted, .referralWithdrawn, .referralFollowUp:
            guard referrals.indices.contains(subject) else { return ("changed a referral of {case}", nil) }
            let referral = referrals[subject]
            let organisationName = organisation(referral.organisationID)?.name ?? referral.organisationID
            switch record.type {
            case .referralSent:
                return ("referred {case} to \(organisationName) for \(referral.serviceKind.phrase) (\(referral.id))", referral.note)
            case .referralAccepted: return ("recorded that \(organisationName) accepted referral \(referral.id) of {case}", nil)
            case .referralDeclined: return ("recorded that \(organisationName) declined referral \(referral.id) of {case}", referral.outcomeReason)
            case .referralCompleted: return ("recorded that referral \(referral.id) of {case} was completed", nil)
            case .referralWithdrawn: return ("withdrew referral \(referral.id) of {case}", referral.outcomeReason)
            default:
                let note = referral.followUps.first { $0.seq == record.seq }?.note
                return ("followed up referral \(referral.id) of {case} with \(organisationName)", note)
            }
        case .noteAdded:
            return ("added a note to {case}", notes.indices.contains(subject) ? notes[subject].text : nil)
        case .entryAmended:
            let reason = amendments(of: subject).first { $0.timestamp == record.timestamp }?.reason
            return (record.casePosition >= 0 ? "amended entry \(subject) of {case}" : "amended entry \(subject)", reason)
        case .entryRetracted:
            return (record.casePosition >= 0 ? "retracted entry \(subject) of {case}" : "retracted entry \(subject)", retraction(of: subject)?.reason)
        case .journalRecovered:
            return (recoveryPhrase(subject), nil)
        }
    }

    /// `C-2026-0042 (Amina)` for the case of a record, or nil.
    func caseReference(of record: EntryRecord) -> String? {
        guard record.casePosition >= 0 else { return nil }
        let found = cases[Int(record.casePosition)]
        return "\(found.id) (\(found.alias))"
    }
}

extension String {
    /// The text with its first letter upper-cased, for a phrase that starts a line.
    var capitalizingFirstLetter: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// The text with its `{case}` placeholder replaced; a plain byte scan, since a day's
    /// activity builds a sentence per entry and Foundation's replacing is many times slower.
    func replacingCasePlaceholder(with replacement: String) -> String {
        let view = utf8
        var index = view.startIndex
        while index != view.endIndex {
            if view[index] == UInt8(ascii: "{"), view[index...].starts(with: "{case}".utf8) {
                let end = view.index(index, offsetBy: 6)
                return String(self[..<index]) + replacement + String(self[end...])
            }
            view.formIndex(after: &index)
        }
        return self
    }

    /// The first line, for showing free text on one line.
    var firstLine: String {
        String(prefix { $0 != "\n" && $0 != "\r" })
    }
}
