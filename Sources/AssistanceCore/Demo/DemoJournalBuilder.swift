/// Writes the demo's commands as drafts, assigning case and referral ids and seqs exactly as
/// ``AssistanceState/prepare(_:by:at:today:)`` would, without keeping a whole state (so that
/// 50 000 cases take seconds).
struct DemoJournalBuilder {
    private(set) var entries: [(timestamp: Timestamp, actor: String, draft: EventDraft)] = []
    /// Script lines left out because what they refer to never happened.
    private(set) var dropped = 0
    private var caseIDs: [String?] = []
    /// The seq each script line got, 0 when it was not written.
    private var lineSeqs: [[Int]] = []
    private var referralIDBySeq: [Int: String] = [:]
    private var lastCaseNumberByYear: [Int: Int] = [:]
    private var lastReferralNumberByYear: [Int: Int] = [:]

    mutating func prepareCases(_ scripts: [DemoCaseScript]) {
        caseIDs = Array(repeating: nil, count: scripts.count)
        lineSeqs = scripts.map { Array(repeating: 0, count: $0.lines.count) }
    }

    @discardableResult
    mutating func append(_ command: Command, at time: Timestamp, actor: String, createdID: String? = nil, typedChanges: [JSONMember] = []) -> Int {
        let draft = EventDraft(type: command.eventType.rawValue, data: command.eventData(createdID: createdID, typedChanges: typedChanges))
        entries.append((time, actor, draft))
        return entries.count
    }

    mutating func perform(_ line: DemoScriptLine, caseNumber: Int, lineIndex: Int, at time: Timestamp) {
        guard let command = command(for: line, caseNumber: caseNumber) else {
            dropped += 1
            return
        }
        var createdID: String?
        var typedChanges: [JSONMember] = []
        let year = line.day.year
        switch command {
        case .openCase:
            let number = (lastCaseNumberByYear[year] ?? 0) + 1
            lastCaseNumberByYear[year] = number
            createdID = RecordID.format(prefix: "C", year: year, number: number)
            caseIDs[caseNumber] = createdID
        case .sendReferral:
            let number = (lastReferralNumberByYear[year] ?? 0) + 1
            lastReferralNumberByYear[year] = number
            createdID = RecordID.format(prefix: "R", year: year, number: number)
        case .amendEntry(_, _, let changes):
            typedChanges = changes.map { JSONMember($0.name, .string($0.value)) }
        default:
            break
        }
        let seq = append(command, at: time, actor: line.actor, createdID: createdID, typedChanges: typedChanges)
        lineSeqs[caseNumber][lineIndex] = seq
        if case .sendReferral = command { referralIDBySeq[seq] = createdID }
    }

    private func command(for line: DemoScriptLine, caseNumber: Int) -> Command? {
        let seqs = lineSeqs[caseNumber]
        func seq(_ index: Int) -> Int? { seqs[index] == 0 ? nil : seqs[index] }
        func referral(_ index: Int) -> String? { seq(index).flatMap { referralIDBySeq[$0] } }
        if case .open(let details) = line.action { return .openCase(details) }
        guard let caseID = caseIDs[caseNumber] else { return nil }
        switch line.action {
        case .open: return nil
        case .startReflection(let startsOn): return .startReflection(caseID: caseID, startsOn: startsOn)
        case .extendReflection(let endsOn, let reason): return .extendReflection(caseID: caseID, endsOn: endsOn, reason: reason)
        case .step(let kind, let date, let isDone, let organisationID, let note):
            return .recordStep(StepDetails(caseID: caseID, kind: kind, date: date, isDone: isDone, organisationID: organisationID, note: note))
        case .markDone(let stepAction, let on):
            return seq(stepAction).map { .markStepDone(stepSeq: $0, doneOn: on, note: nil) }
        case .refer(let organisationID, let service, let madeOn, let overrideReason):
            return .sendReferral(ReferralDetails(
                caseID: caseID, organisationID: organisationID, serviceKind: service, note: nil, madeOn: madeOn,
                consentOverrideReason: overrideReason))
        case .accept(let referralAction, let on, let serviceDate):
            return referral(referralAction).map { .acceptReferral(referralID: $0, on: on, serviceDate: serviceDate, note: nil) }
        case .decline(let referralAction, let on, let reason):
            return referral(referralAction).map { .declineReferral(referralID: $0, on: on, reason: reason) }
        case .complete(let referralAction, let on):
            return referral(referralAction).map { .completeReferral(referralID: $0, on: on, note: nil) }
        case .withdraw(let referralAction, let on, let reason):
            return referral(referralAction).map { .withdrawReferral(referralID: $0, on: on, reason: reason) }
        case .followUp(let referralAction, let on, let note):
            return referral(referralAction).map { .followUpReferral(referralID: $0, on: on, note: note) }
        case .note(let text): return .addNote(caseID: caseID, text: text)
        case .consent(let processing, let sharing): return .recordConsent(caseID: caseID, processing: processing, sharing: sharing)
        case .update(let changes): return .updateCase(caseID: caseID, changes: changes)
        case .assign(let caseworker): return .assignCase(caseID: caseID, caseworker: caseworker)
        case .close(let reason, let on): return .closeCase(caseID: caseID, reason: reason, closedOn: on, note: nil)
        case .reopen(let reason): return .reopenCase(caseID: caseID, reason: reason)
        case .amendAlias(let openAction, let alias):
            return seq(openAction).map { .amendEntry(targetSeq: $0, reason: "Alias misspelt at intake.", changes: [AmendedField(name: "alias", value: alias)]) }
        case .retract(let action, let reason):
            return seq(action).map { .retractEntry(targetSeq: $0, reason: reason) }
        }
    }
}
