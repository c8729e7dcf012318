extension AssistanceState {
    /// Changes the state for a command that has passed ``check(_:createdID:)``, and indexes
    /// the entry. `author` is what the permission check found: nil only for the creator's
    /// first `user.added`, who is registered here.
    mutating func record(
        _ command: consuming Command, createdID: String?, typedChanges: [JSONMember], entry: JournalEntry, author found: Authorship?
    ) {
        let position = Int32(entries.count)
        var casePosition: Int32 = -1
        var subject: Int32 = -1
        let author = entry.author

        let eventType = command.eventType
        // Consumed, so that the strings it carries move into the state without a retain each.
        switch consume command {
        case .addUser(let login, let displayName, let role):
            subject = Int32(users.count)
            userPositionByLogin[login] = users.count
            // Interned now, so that the permission check finds every registered user's role by their code.
            roleByAuthor[Int(authorCode(login))] = role
            grantedRoleBySeq[entry.seq] = role
            users.append(User(login: login, displayName: displayName, role: role, addedSeq: entry.seq))
        case .changeRole(let login, let role):
            if let index = userPositionByLogin[login] {
                users[index].role = role
                subject = Int32(index)
            }
            if let code = authorCodeByLogin[login] { roleByAuthor[Int(code)] = role }
            grantedRoleBySeq[entry.seq] = role
        case .addOrganisation(let id, let name, let kind, let contact, let city):
            subject = Int32(organisations.count)
            organisationPositionByID[id] = organisations.count
            organisations.append(Organisation(id: id, name: name, kind: kind, contact: contact, city: city, isActive: true, addedSeq: entry.seq))
        case .updateOrganisation(let id, let changes):
            if let index = organisationPositionByID[id] {
                subject = Int32(index)
                if let value = changes.name { organisations[index].name = value }
                if let value = changes.kind { organisations[index].kind = value }
                if let value = changes.contact { organisations[index].contact = value }
                if let value = changes.city { organisations[index].city = value }
                if let value = changes.isActive { organisations[index].isActive = value }
            }
        case .openCase(let details):
            let id = createdID ?? ""
            if let parts = RecordID(id, prefix: "C") {
                lastCaseNumberByYear[parts.year] = max(lastCaseNumberByYear[parts.year] ?? 0, parts.number)
            }
            casePosition = Int32(cases.count)
            caseIDs.insert(id, at: cases.count)
            cases.append(Case(id: id, details: details, openedSeq: entry.seq, openedAt: entry.timestamp))
        case .updateCase(let caseID, let changes):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 {
                cases[Int(casePosition)].apply(changes)
                cases[Int(casePosition)].refreshSearchKey()
            }
        case .assignCase(let caseID, let caseworker):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 { cases[Int(casePosition)].caseworker = caseworker }
            subject = userPositionByLogin[caseworker].map { Int32($0) } ?? -1
        case .recordConsent(let caseID, let processing, let sharing):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 {
                cases[Int(casePosition)].consentToProcessing = processing
                cases[Int(casePosition)].consentToSharing = sharing
            }
        case .startReflection(let caseID, let startsOn):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 {
                cases[Int(casePosition)].reflection = ReflectionPeriod(
                    startsOn: startsOn, endsOn: startsOn.adding(days: ReflectionPeriod.standardDays), extensions: 0)
            }
        case .extendReflection(let caseID, let endsOn, _):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 {
                cases[Int(casePosition)].reflection?.endsOn = endsOn
                cases[Int(casePosition)].reflection?.extensions += 1
            }
        case .closeCase(let caseID, let reason, let closedOn, _):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 {
                cases[Int(casePosition)].status = .closed
                cases[Int(casePosition)].closingReason = reason
                cases[Int(casePosition)].closedOn = closedOn
            }
            subject = Int32(ClosingReason.allCases.firstIndex(of: reason) ?? 0)
        case .reopenCase(let caseID, _):
            casePosition = caseIndex(caseID)
            if casePosition >= 0 {
                cases[Int(casePosition)].status = .open
                cases[Int(casePosition)].closingReason = nil
                cases[Int(casePosition)].closedOn = nil
            }
        case .recordStep(let details):
            casePosition = caseIndex(details.caseID)
            subject = Int32(steps.count)
            steps.append(AssistanceStep(
                seq: entry.seq, caseID: details.caseID, kind: details.kind, date: details.date, isDone: details.isDone,
                doneOn: nil, doneNote: nil, organisationID: details.organisationID, note: details.note, author: author, isRetracted: false))
            if casePosition >= 0, !details.isDone { cases[Int(casePosition)].plannedStepPositions.append(subject) }
        case .markStepDone(let stepSeq, let doneOn, let note):
            if let index = stepPosition(seq: stepSeq) {
                subject = Int32(index)
                steps[index].isDone = true
                steps[index].doneOn = doneOn
                steps[index].doneNote = note
                // Read into a local first: as the argument of a method on `self`, it made Swift copy the whole state.
                let caseID = steps[index].caseID
                casePosition = caseIndex(caseID)
                if casePosition >= 0 { cases[Int(casePosition)].plannedStepPositions.removePosition(subject) }
            }
        case .sendReferral(let details):
            let id = createdID ?? ""
            if let parts = RecordID(id, prefix: "R") {
                lastReferralNumberByYear[parts.year] = max(lastReferralNumberByYear[parts.year] ?? 0, parts.number)
            }
            casePosition = caseIndex(details.caseID)
            subject = Int32(referrals.count)
            referralIDs.insert(id, at: referrals.count)
            referrals.append(Referral(
                id: id, caseID: details.caseID, organisationID: details.organisationID, serviceKind: details.serviceKind,
                note: details.note, madeOn: details.madeOn,
                respondBy: details.respondBy ?? details.madeOn.adding(days: ReferralDetails.defaultResponseDays), status: .sent,
                serviceDate: nil, answeredOn: nil, outcomeReason: nil, followUps: [], consentOverrideReason: details.consentOverrideReason,
                sentSeq: entry.seq, author: author, isRetracted: false))
            if casePosition >= 0 { cases[Int(casePosition)].openReferralPositions.append(subject) }
        case .acceptReferral(let referralID, let on, let serviceDate, _):
            (casePosition, subject) = updateReferral(referralID) { referral in
                referral.status = .accepted
                referral.answeredOn = on
                referral.acceptedOn = on
                referral.serviceDate = serviceDate
            }
        case .declineReferral(let referralID, let on, let reason):
            (casePosition, subject) = updateReferral(referralID) { referral in
                referral.status = .declined
                referral.answeredOn = on
                referral.outcomeReason = reason
            }
        case .completeReferral(let referralID, let on, _):
            (casePosition, subject) = updateReferral(referralID) { referral in
                referral.status = .completed
                referral.answeredOn = on
            }
        case .withdrawReferral(let referralID, let on, let reason):
            (casePosition, subject) = updateReferral(referralID) { referral in
                referral.status = .withdrawn
                referral.answeredOn = on
                referral.outcomeReason = reason
            }
        case .followUpReferral(let referralID, let on, let note):
            (casePosition, subject) = updateReferral(referralID) { referral in
                referral.followUps.append(FollowUp(seq: entry.seq, on: on, note: note, author: author, isRetracted: false))
            }
        case .addNote(let caseID, let text):
            casePosition = caseIndex(caseID)
            subject = Int32(notes.count)
            notes.append(Note(seq: entry.seq, caseID: caseID, text: text, author: author, timestamp: entry.timestamp, isRetracted: false))
        case .amendEntry(let targetSeq, let reason, _):
            subject = Int32(clamping: targetSeq)
            casePosition = targetCasePosition(targetSeq)
            recordAmendment(of: targetSeq, reason: reason, changes: typedChanges, entry: entry)
        case .retractEntry(let targetSeq, let reason):
            subject = Int32(clamping: targetSeq)
            casePosition = targetCasePosition(targetSeq)
            recordRetraction(of: targetSeq, reason: reason, entry: entry)
        case .recordRecovery(let recovery):
            subject = Int32(recoveries.count)
            recoveries.append(JournalRecovery(seq: entry.seq, details: recovery))
        }

        var previousOnCase: Int32 = -1
        if casePosition >= 0 {
            cases.withUnsafeMutableBufferPointer { cases in
                let index = Int(casePosition)
                previousOnCase = cases[index].lastEntryPosition
                cases[index].lastEntryPosition = position
                cases[index].lastActivity = max(cases[index].lastActivity, entry.timestamp)
            }
        }
        if let last = entries.last, entry.timestamp < last.timestamp { entriesAreInTimeOrder = false }
        // The creator's first entry: registered just above, as an admin.
        let recorder = found ?? Authorship(code: authorCode(author), role: .admin)
        entries.append(EntryRecord(
            seq: entry.seq, timestamp: entry.timestamp, author: recorder.code, type: eventType, role: recorder.role,
            casePosition: casePosition, subject: subject, previousOnCase: previousOnCase))
    }

    private func caseIndex(_ caseID: String) -> Int32 {
        casePosition(caseID).map { Int32($0) } ?? -1
    }

    private func targetCasePosition(_ targetSeq: Int) -> Int32 {
        entryPosition(seq: targetSeq).map { entries[$0].casePosition } ?? -1
    }

    private mutating func updateReferral(_ referralID: String, _ change: (inout Referral) -> Void) -> (Int32, Int32) {
        guard let index = referralPosition(referralID) else { return (-1, -1) }
        // Read while the referral is borrowed for the change: read from `referrals[index]`
        // afterwards, each field copied the whole referral first (its strings retained and released).
        func changed(_ referral: inout Referral) -> (caseID: String, isOpen: Bool) {
            change(&referral)
            return (referral.caseID, referral.isOpen)
        }
        let (caseID, isOpen) = changed(&referrals[index])
        let casePosition = caseIndex(caseID)
        if casePosition >= 0, !isOpen { cases[Int(casePosition)].openReferralPositions.removePosition(Int32(index)) }
        return (casePosition, Int32(index))
    }

    /// The id the next case opened in `year` gets.
    func nextCaseID(year: Int) -> String {
        RecordID.format(prefix: "C", year: year, number: (lastCaseNumberByYear[year] ?? 0) + 1)
    }

    /// The id the next referral sent in `year` gets.
    func nextReferralID(year: Int) -> String {
        RecordID.format(prefix: "R", year: year, number: (lastReferralNumberByYear[year] ?? 0) + 1)
    }
}
