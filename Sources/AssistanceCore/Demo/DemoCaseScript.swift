/// One thing the demo does to a case, naming earlier actions of the same case by their
/// index in the script (their seqs and ids are only known once the journal is written).
enum DemoAction {
    case open(CaseDetails)
    case startReflection(CalendarDate)
    case extendReflection(CalendarDate, reason: String)
    case step(kind: StepKind, date: CalendarDate, isDone: Bool, organisationID: String?, note: String?)
    case markDone(stepAction: Int, on: CalendarDate)
    case refer(organisationID: String, service: StepKind, madeOn: CalendarDate, overrideReason: String?)
    case accept(referralAction: Int, on: CalendarDate, serviceDate: CalendarDate)
    case decline(referralAction: Int, on: CalendarDate, reason: String)
    case complete(referralAction: Int, on: CalendarDate)
    case withdraw(referralAction: Int, on: CalendarDate, reason: String)
    case followUp(referralAction: Int, on: CalendarDate, note: String)
    case note(String)
    case consent(processing: Bool, sharing: Bool)
    case update(CaseChanges)
    case assign(String)
    case close(ClosingReason, on: CalendarDate)
    case reopen(String)
    case amendAlias(openAction: Int, alias: String)
    case retract(action: Int, reason: String)
}

/// A scripted action with its day and who does it.
struct DemoScriptLine {
    var day: CalendarDate
    var actor: String
    var action: DemoAction
}

/// Writes the life of one case: intake, reflection period, steps, referrals and their
/// answers, notes, corrections and perhaps closing — all on or before `today`.
struct DemoCaseScript {
    var lines: [DemoScriptLine] = []
    let lastDay: CalendarDate

    init(
        caseNumber: Int, identifiedOn: CalendarDate, today: CalendarDate, staff: DemoStaff,
        organisations: [OrganisationKind: [String]], providers: [StepKind: [String]], random: inout SplitMix64
    ) {
        let openDay = min(today, identifiedOn.adding(days: random.int(in: 0...2)))
        let age = today.days(since: openDay)
        let closeDay: CalendarDate? = age > 90 && random.chance(0.6) ? openDay.adding(days: random.int(in: 45...min(age - 1, 330))) : nil
        lastDay = closeDay ?? today
        let caseworker = random.pick(staff.caseworkers)
        let coordinator = random.pick(staff.coordinators)

        let nationality = DemoCatalogue.nationalities[random.pick(weighted: DemoCatalogue.weightedNationalities)]
        let alias = random.pick(nationality.aliases)
        var forms = [random.pick(weighted: DemoCatalogue.exploitation)]
        if random.chance(0.1) {
            let second = random.pick(weighted: DemoCatalogue.exploitation)
            if !forms.contains(second), second != .notEstablished, forms[0] != .notEstablished { forms.append(second) }
        }
        let isMinor = random.chance(0.08)
        let birthYear = identifiedOn.year - (isMinor ? random.int(in: 15...17) : random.int(in: 19...55))
        let sharing = random.chance(0.8)
        let details = CaseDetails(
            alias: alias, legalName: random.chance(0.3) ? "\(alias) \(random.pick(nationality.surnames))" : nil,
            sex: random.pick(weighted: DemoCatalogue.sexes), birthYear: random.chance(0.85) ? birthYear : nil,
            nationality: Country(code: nationality.code), languages: random.chance(0.5) ? [nationality.language, "English"] : [nationality.language],
            exploitationForms: forms, identifiedOn: identifiedOn, identifiedBy: random.pick(weighted: DemoCatalogue.identifiers),
            shelter: random.pick(DemoCatalogue.shelters), caseworker: caseworker, riskLevel: random.pick([.low, .medium, .medium, .high]),
            consentToProcessing: true, consentToSharing: sharing)
        add(openDay, caseworker, .open(details))
        if nationality.code != "DK" {
            add(openDay, caseworker, .startReflection(identifiedOn))
            if random.chance(0.25) {
                add(identifiedOn.adding(days: random.int(in: 20...28)), caseworker,
                    .extendReflection(identifiedOn.adding(days: random.int(in: 45...120)), reason: random.pick(DemoCatalogue.extensionReasons)))
            }
        }
        add(openDay, caseworker, .step(kind: .accommodation, date: openDay, isDone: true, organisationID: random.pick(organisations[.shelter]!), note: nil))
        let span = max(0, lastDay.days(since: openDay))
        func someDay(within days: Int = span) -> CalendarDate { openDay.adding(days: random.int(in: 0...max(0, days))) }

        for _ in 0..<random.int(in: 1...4) {
            let day = someDay()
            let kind = random.pick(weighted: DemoCatalogue.doneStepKinds)
            let stepIndex = add(day, caseworker, .step(kind: kind, date: day, isDone: true, organisationID: random.chance(0.5) ? providers[kind]?.first : nil,
                note: random.chance(0.3) ? random.pick(DemoCatalogue.notes) : nil))
            if caseNumber % 23 == 11 { add(day, caseworker, .retract(action: stepIndex, reason: "Recorded twice by mistake.")) }
        }
        for _ in 0..<random.int(in: 0...2) {
            let day = someDay()
            let planned = day.adding(days: random.int(in: 3...20))
            let kind = random.pick(weighted: DemoCatalogue.doneStepKinds)
            let stepIndex = add(day, caseworker, .step(kind: kind, date: planned, isDone: false, organisationID: nil, note: nil))
            if planned <= lastDay, random.chance(0.8) { add(planned, caseworker, .markDone(stepAction: stepIndex, on: planned)) }
        }
        // Lines are written out of day order, so consent counts only from the day it was given.
        var consentDay: CalendarDate? = sharing ? openDay : nil
        for _ in 0..<random.int(in: 1...3) {
            let madeOn = someDay()
            let service = random.pick(weighted: DemoCatalogue.referralKinds)
            guard let candidates = providers[service], !candidates.isEmpty else { continue }
            let organisationID = random.pick(candidates)
            var overrideReason: String?
            if consentDay.map({ $0 > madeOn }) ?? true {
                if consentDay == nil, random.chance(0.5) {
                    add(madeOn, caseworker, .consent(processing: true, sharing: true))
                    consentDay = madeOn
                } else {
                    overrideReason = random.pick(DemoCatalogue.overrideReasons)
                }
            }
            let referral = add(madeOn, caseworker, .refer(organisationID: organisationID, service: service, madeOn: madeOn, overrideReason: overrideReason))
            scriptOutcome(of: referral, madeOn: madeOn, closes: closeDay != nil, coordinator: coordinator, random: &random)
        }
        for _ in 0..<random.int(in: 1...3) {
            let noteIndex = add(someDay(), caseworker, .note(random.pick(DemoCatalogue.notes)))
            if caseNumber % 19 == 7 { add(lines[noteIndex].day, caseworker, .retract(action: noteIndex, reason: "Written on the wrong case.")) }
        }
        if caseNumber % 17 == 5 { add(someDay(within: min(span, 3)), caseworker, .amendAlias(openAction: 0, alias: alias + " " + String(nationality.surnames[0].prefix(1)) + ".")) }
        if random.chance(0.08) { add(someDay(), caseworker, .update(CaseChanges(riskLevel: random.pick([.low, .high])))) }
        if random.chance(0.05) {
            let other = random.pick(staff.caseworkers)
            if other != caseworker { add(someDay(), caseworker, .assign(other)) }
        }
        if closeDay == nil, random.chance(0.1) { add(today, caseworker, .step(kind: .contactPersonMeeting, date: today, isDone: true, organisationID: nil, note: nil)) }
        if let closeDay {
            let reason = random.pick(weighted: [(ClosingReason.preparedReturn, 20), (.residencePermit, 25), (.integrated, 15), (.lostContact, 20),
                (.transferred, 8), (.declinedAssistance, 8), (.other, 4)])
            add(closeDay, caseworker, .close(reason, on: closeDay))
            if random.chance(0.05) {
                let reopenDay = closeDay.adding(days: random.int(in: 10...40))
                if reopenDay <= today { add(reopenDay, caseworker, .reopen(random.pick(DemoCatalogue.reopenReasons)), allowAfterLastDay: true) }
            }
        }
    }

    /// Adds a line; lines after the case's last day are dropped (their index still counts,
    /// so later references to them are dropped too, see ``DemoJournal``).
    @discardableResult
    private mutating func add(_ day: CalendarDate, _ actor: String, _ action: DemoAction, allowAfterLastDay: Bool = false) -> Int {
        lines.append(DemoScriptLine(day: allowAfterLastDay || day <= lastDay ? day : CalendarDate(dayNumber: Int.max / 2), actor: actor, action: action))
        return lines.count - 1
    }

    private mutating func scriptOutcome(of referral: Int, madeOn: CalendarDate, closes: Bool, coordinator: String, random: inout SplitMix64) {
        func clamp(_ day: CalendarDate) -> CalendarDate { closes ? min(day, lastDay) : day }
        let roll = random.int(in: 0...99)
        if roll < 45 {
            let acceptedOn = clamp(madeOn.adding(days: random.int(in: 1...10)))
            let serviceDate = acceptedOn.adding(days: random.int(in: 2...20))
            add(acceptedOn, coordinator, .accept(referralAction: referral, on: acceptedOn, serviceDate: serviceDate))
            if closes || random.chance(0.7) {
                let completedOn = clamp(serviceDate.adding(days: random.int(in: 0...5)))
                add(completedOn, coordinator, .complete(referralAction: referral, on: completedOn))
            }
        } else if roll < 60 {
            let on = clamp(madeOn.adding(days: random.int(in: 2...12)))
            add(on, coordinator, .decline(referralAction: referral, on: on, reason: random.pick(DemoCatalogue.declineReasons)))
        } else if roll < 70 || closes {
            let on = clamp(madeOn.adding(days: random.int(in: 1...15)))
            add(on, coordinator, .withdraw(referralAction: referral, on: on, reason: random.pick(DemoCatalogue.withdrawReasons)))
        } else {
            let on = madeOn.adding(days: random.int(in: 8...14))
            add(on, coordinator, .followUp(referralAction: referral, on: on, note: random.pick(DemoCatalogue.followUpNotes)))
        }
    }
}
