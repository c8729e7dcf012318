extension AssistanceState {
    /// The rules a command must meet against the current state, whoever sends it and
    /// whatever day it is; replay applies them too, so a hand-edited file cannot introduce
    /// what `prepare` would refuse. Returns an amendment's changes in the target's JSON types.
    func check(_ command: Command, createdID: String?) throws(CommandError) -> [JSONMember] {
        switch command {
        case .addUser(let login, let displayName, _):
            guard User.isValidLogin(login) else {
                throw CommandError(field: "login", message: "The login must be 1–32 letters, digits, '.', '_' or '-', as the operating system spells it.")
            }
            guard user(login) == nil else { throw CommandError(field: "login", message: "The user '\(login)' is already registered; change their role instead.") }
            try requireText(displayName, .displayName)
        case .changeRole(let login, let role):
            let existing = try requireUser(login, field: "login")
            guard existing.role != role else { throw CommandError(field: "role", message: "The user '\(login)' already has the role \(role.rawValue).") }
            if existing.role == .admin, users.filter({ $0.role == .admin }).count == 1 {
                throw CommandError(field: "role", message: "The user '\(login)' is the only admin; make another user admin first.")
            }
        case .addOrganisation(let id, let name, _, let contact, let city):
            guard Organisation.isValidID(id) else {
                throw CommandError(field: "id", message: "The organisation id must be 2–32 lower-case letters, digits or '-'.")
            }
            guard organisation(id) == nil else { throw CommandError(field: "id", message: "The organisation id '\(id)' is taken; choose another.") }
            try requireText(name, .organisationName)
            try FreeTextField.contact.check(contact)
            try FreeTextField.city.check(city)
        case .updateOrganisation(let id, let changes):
            _ = try requireOrganisation(id, field: "id")
            guard changes != OrganisationChanges() else { throw CommandError(field: nil, message: "The update changes nothing; give at least one field.") }
            if let name = changes.name { try requireText(name, .organisationName) }
            try FreeTextField.contact.check(changes.contact)
            try FreeTextField.city.check(changes.city)
        case .openCase(let details):
            if let createdID { try checkNewID(createdID, prefix: "C", isTaken: casePosition(createdID) != nil, field: "id") }
            try requireText(details.alias, .alias)
            try checkCaseTexts(
                legalName: details.legalName, shelter: details.shelter, languages: details.languages, exploitationForms: details.exploitationForms)
            guard !details.exploitationForms.isEmpty else {
                throw CommandError(field: "exploitation", message: "A case needs at least one form of exploitation; use not_established if it is not known yet.")
            }
            try checkIdentifiedOn(details.identifiedOn)
            try checkBirth(year: details.birthYear, date: details.birthDate, identifiedOn: details.identifiedOn)
            if let caseworker = details.caseworker { try requireRegistered(caseworker, field: "caseworker") }
        case .updateCase(let caseID, let changes):
            let existing = try requireCase(caseID)
            guard !changes.isEmpty else { throw CommandError(field: nil, message: "The update changes nothing; give at least one field.") }
            try checkCaseChanges(changes, of: existing)
        case .assignCase(let caseID, let caseworker):
            let existing = try requireCase(caseID)
            try requireRegistered(caseworker, field: "caseworker")
            guard existing.caseworker != caseworker else {
                throw CommandError(field: "caseworker", message: "Case \(caseID) is already assigned to '\(caseworker)'.")
            }
        case .recordConsent(let caseID, _, _):
            _ = try requireCase(caseID)
        case .startReflection(let caseID, let startsOn):
            let existing = try requireOpenCase(caseID)
            guard existing.reflection == nil else {
                throw CommandError(field: "starts_on", message: "The reflection period of case \(caseID) has already started; extend it instead.")
            }
            guard startsOn >= existing.identifiedOn else {
                throw CommandError(field: "starts_on", message: "The reflection period cannot start before the day of identification, \(existing.identifiedOn).")
            }
        case .extendReflection(let caseID, let endsOn, let reason):
            let existing = try requireOpenCase(caseID)
            guard let reflection = existing.reflection else {
                throw CommandError(field: nil, message: "Case \(caseID) has no reflection period to extend; start one first.")
            }
            guard endsOn > reflection.endsOn else {
                throw CommandError(field: "ends_on", message: "The new end must be after the current end, \(reflection.endsOn).")
            }
            guard endsOn.days(since: reflection.startsOn) <= ReflectionPeriod.maximumDays else {
                let latest = reflection.startsOn.adding(days: ReflectionPeriod.maximumDays)
                throw CommandError(field: "ends_on", message: "A reflection period may last at most \(ReflectionPeriod.maximumDays) days in total; the latest end is \(latest).")
            }
            try requireText(reason, .reason)
        case .closeCase(let caseID, _, let closedOn, let note):
            let existing = try requireCase(caseID)
            guard existing.status == .open else { throw CommandError(field: nil, message: "Case \(caseID) is already closed.") }
            guard closedOn >= existing.identifiedOn else {
                throw CommandError(field: "closed_on", message: "A case cannot be closed before the day of identification, \(existing.identifiedOn).")
            }
            try FreeTextField.closingNote.check(note)
        case .reopenCase(let caseID, let reason):
            let existing = try requireCase(caseID)
            guard existing.status == .closed else { throw CommandError(field: nil, message: "Case \(caseID) is open; only a closed case can be reopened.") }
            try requireText(reason, .reason)
        case .recordStep(let details):
            let existing = try requireOpenCase(details.caseID)
            if let organisationID = details.organisationID { _ = try requireOrganisation(organisationID, field: "org") }
            try checkStepDate(details.date, isDone: details.isDone, field: "date", of: existing)
            try FreeTextField.stepNote.check(details.note)
        case .markStepDone(let stepSeq, let doneOn, let note):
            guard let position = stepPosition(seq: stepSeq) else { throw CommandError(field: "step", message: "There is no step recorded by entry \(stepSeq).") }
            guard !steps[position].isRetracted else { throw CommandError(field: "step", message: "The step of entry \(stepSeq) was retracted.") }
            guard !steps[position].isDone else { throw CommandError(field: "step", message: "The step of entry \(stepSeq) is already done.") }
            let existing = try requireOpenCase(steps[position].caseID)
            try checkStepDate(doneOn, isDone: true, field: "done_on", of: existing)
            try FreeTextField.stepNote.check(note)
        case .sendReferral(let details):
            if let createdID { try checkNewID(createdID, prefix: "R", isTaken: referralPosition(createdID) != nil, field: "id") }
            let existing = try requireOpenCase(details.caseID)
            let target = try requireOrganisation(details.organisationID, field: "org")
            guard organisations[target].isActive else {
                throw CommandError(field: "org", message: "The organisation '\(details.organisationID)' is inactive; choose an active one or reactivate it first.")
            }
            if !existing.consentToSharing, (details.consentOverrideReason ?? "").isBlank {
                throw CommandError(field: "consent_override", message: "Case \(details.caseID) has no consent to sharing; record consent or give a reason to override it.")
            }
            try checkReferralDates(madeOn: details.madeOn, respondBy: details.respondBy, of: existing)
            try FreeTextField.referralNote.check(details.note)
            try FreeTextField.consentOverride.check(details.consentOverrideReason)
        case .acceptReferral(let referralID, let on, let serviceDate, let note):
            let existing = try requireReferral(referralID, allowed: [.sent], action: "accepted")
            try checkOutcomeDate(on, of: existing)
            try checkServiceDate(serviceDate, acceptedOn: on, of: existing)
            try FreeTextField.referralNote.check(note)
        case .declineReferral(let referralID, let on, let reason):
            let existing = try requireReferral(referralID, allowed: [.sent, .accepted], action: "declined")
            try checkOutcomeDate(on, of: existing)
            try requireText(reason, .reason)
        case .completeReferral(let referralID, let on, let note):
            let existing = try requireReferral(referralID, allowed: [.accepted], action: "completed")
            try checkOutcomeDate(on, of: existing)
            try FreeTextField.referralNote.check(note)
        case .withdrawReferral(let referralID, let on, let reason):
            let existing = try requireReferral(referralID, allowed: [.sent, .accepted], action: "withdrawn")
            try checkOutcomeDate(on, of: existing)
            try requireText(reason, .reason)
        case .followUpReferral(let referralID, let on, let note):
            let existing = try requireReferral(referralID, allowed: ReferralStatus.allCases, action: "followed up")
            try checkOutcomeDate(on, of: existing)
            try requireText(note, .followUpNote)
        case .addNote(let caseID, let text):
            _ = try requireCase(caseID)
            try requireText(text, .caseNote)
        case .amendEntry(let targetSeq, let reason, let changes):
            try requireText(reason, .reason)
            return try checkAmendment(of: targetSeq, changes: changes)
        case .retractEntry(let targetSeq, let reason):
            try requireText(reason, .reason)
            try checkRetraction(of: targetSeq)
        }
        return []
    }

    /// Refuses a text that must be written: blank, or longer than the field's cap.
    func requireText(_ text: String, _ field: FreeTextField) throws(CommandError) {
        if text.isBlank {
            throw CommandError(field: field.key, message: "The \(field.name) is empty; write at least one character.")
        }
        try field.check(text)
    }

    func requireUser(_ login: String, field: String) throws(CommandError) -> User {
        guard let found = user(login) else { throw unregistered(login, field: field) }
        return found
    }

    /// Like `requireUser`, without copying the user, for checks that only need them to exist.
    func requireRegistered(_ login: String, field: String) throws(CommandError) {
        guard userPositionByLogin[login] != nil else { throw unregistered(login, field: field) }
    }

    private func unregistered(_ login: String, field: String) -> CommandError {
        CommandError(field: field, message: "There is no registered user '\(login)'; an admin must add them first.")
    }

    /// The organisation's position in ``organisations``: a position, not a copy of its strings,
    /// because replay checks the organisation of every step and referral.
    func requireOrganisation(_ id: String, field: String) throws(CommandError) -> Int {
        guard let found = organisationPositionByID[id] else {
            throw CommandError(field: field, message: "There is no organisation '\(id)'; add it to the directory first.")
        }
        return found
    }

    /// The facts of a case that rules look at, read without copying the whole case (its
    /// strings and lists), because replay checks every entry.
    func requireCase(_ caseID: String) throws(CommandError) -> CaseFacts {
        guard let position = casePosition(caseID) else { throw CommandError(field: "case", message: "There is no case \(caseID).") }
        guard !cases[position].isRetracted else {
            throw CommandError(field: "case", message: "Case \(caseID) was retracted; nothing more can be recorded on it.")
        }
        // Through a buffer pointer: handing `cases[position]` to an initialiser copied the whole
        // case, retaining (and then releasing) each of its strings and lists, on every entry.
        return cases.withUnsafeBufferPointer { CaseFacts(of: $0.baseAddress! + position) }
    }

    func requireOpenCase(_ caseID: String) throws(CommandError) -> CaseFacts {
        let found = try requireCase(caseID)
        guard found.status == .open else { throw CommandError(field: "case", message: "Case \(caseID) is closed; reopen it before recording on it.") }
        return found
    }

    /// The referral's position in ``referrals`` (not a copy, as for organisations).
    func requireReferral(_ referralID: String, allowed: [ReferralStatus], action: String) throws(CommandError) -> Int {
        guard let position = referralPosition(referralID) else { throw CommandError(field: "referral", message: "There is no referral \(referralID).") }
        guard !referrals[position].isRetracted else { throw CommandError(field: "referral", message: "Referral \(referralID) was retracted.") }
        let status = referrals[position].status
        guard allowed.contains(status) else {
            let allowedList = ReferralStatus.allCases.filter(allowed.contains).map(\.rawValue).joined(separator: " or ")
            throw CommandError(field: "referral", message: "Referral \(referralID) is \(status.rawValue); only a referral that is \(allowedList) can be \(action).")
        }
        return position
    }

    func checkOutcomeDate(_ on: CalendarDate, of position: Int) throws(CommandError) {
        let madeOn = referrals[position].madeOn
        guard on >= madeOn else {
            throw CommandError(field: "on", message: "The date cannot be before the day referral \(referrals[position].id) was made, \(madeOn).")
        }
    }

    func checkNewID(_ id: String, prefix: String, isTaken: Bool, field: String) throws(CommandError) {
        guard RecordID(id, prefix: prefix) != nil else {
            throw CommandError(field: field, message: "The id must look like \(prefix)-YYYY-NNNN.")
        }
        guard !isTaken else { throw CommandError(field: field, message: "The id \(id) is already in use.") }
    }

    func checkCaseChanges(_ changes: CaseChanges, of existing: CaseFacts) throws(CommandError) {
        if let alias = changes.alias { try requireText(alias, .alias) }
        try checkCaseTexts(
            legalName: changes.legalName, shelter: changes.shelter, languages: changes.languages, exploitationForms: changes.exploitationForms)
        if let identifiedOn = changes.identifiedOn { try checkIdentifiedOn(identifiedOn) }
        if let forms = changes.exploitationForms, forms.isEmpty {
            throw CommandError(field: "exploitation", message: "A case needs at least one form of exploitation; use not_established if it is not known yet.")
        }
        let identifiedOn = changes.identifiedOn ?? existing.identifiedOn
        if changes.birthYear != nil || changes.birthDate != nil || changes.identifiedOn != nil {
            try checkBirth(
                year: changes.birthYear ?? (changes.birthDate == nil ? existing.birthYear : nil),
                date: changes.birthDate ?? existing.birthDate, identifiedOn: identifiedOn)
        }
    }
}

extension String {
    /// Whether there is nothing but white space; replay asks this of every text field, and
    /// stops at the first visible character instead of building a trimmed copy.
    var isBlank: Bool {
        // Nearly every text starts with a visible ASCII character: settle that from the first
        // bytes before asking Unicode about each scalar.
        for byte in utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return !unicodeScalars.contains { !$0.properties.isWhitespace }
            default: return false
            }
        }
        return true
    }
}

extension User {
    /// Whether `login` looks like an operating-system login name.
    public static func isValidLogin(_ login: String) -> Bool {
        let bytes = login.utf8
        guard (1...32).contains(bytes.count) else { return false }
        return bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 95 || $0 == 45 }
    }
}

/// The scalar facts of a case that validation rules need.
struct CaseFacts {
    var status: CaseStatus
    var identifiedOn: CalendarDate
    var birthYear: Int?
    var birthDate: CalendarDate?
    var reflection: ReflectionPeriod?
    var consentToSharing: Bool
    var caseworker: String?

    init(of found: UnsafePointer<Case>) {
        status = found.pointee.status
        identifiedOn = found.pointee.identifiedOn
        birthYear = found.pointee.birthYear
        birthDate = found.pointee.birthDate
        reflection = found.pointee.reflection
        consentToSharing = found.pointee.consentToSharing
        caseworker = found.pointee.caseworker
    }
}
