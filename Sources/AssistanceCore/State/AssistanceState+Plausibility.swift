/// How far each kind of date may plausibly lie from the facts it belongs to. These rules catch
/// a mistyped year (0001, 9999, 2062 for 2026) without second-guessing casework: each refusal
/// names the field and the range it allows. ``AssistanceState/check(_:createdID:)`` applies the
/// rules that depend only on the journal, at append and at replay alike; the one that depends
/// on the day of recording is ``AssistanceState/checkDatesAgainstToday(_:today:)``.
public enum PlausibleDates {
    /// The earliest day of identification. No national referral mechanism for victims of
    /// trafficking is older than the 1990s (the Palermo Protocol that defines the crime dates
    /// from 2000, Denmark's centre from 2007), so 1990 leaves room for old cases taken over
    /// from paper while refusing a mistyped century.
    public static let earliestIdentification = CalendarDate(year: 1990, month: 1, day: 1)!
    /// How many years before identification a person may have been born: older than anyone
    /// living, so no real age is refused.
    public static let maximumAgeInYears = 110
    /// How many years before identification a planned step may be dated. A plan is normally
    /// for the weeks ahead, but an NGO may have planned outreach with a person for years before
    /// the formal identification; five years covers that and refuses a wrong decade.
    public static let plannedStepYearsBeforeIdentification = 5
    /// How many years after the day of recording a step may be planned. Caseworkers plan the
    /// next action weeks or months ahead; two years is already long (a course of education,
    /// a residence permit's renewal), and anything later is a typing mistake.
    public static let planningHorizonInYears = 2
    /// How many years after a referral is made its answer may be due or its service agreed:
    /// a waiting list for therapy or housing can run long, but not for years on end.
    public static let referralHorizonInYears = 2
}

extension AssistanceState {
    /// A day of identification is not before ``PlausibleDates/earliestIdentification``
    /// (nor in the future, which `prepare` checks against today).
    func checkIdentifiedOn(_ date: CalendarDate) throws(CommandError) {
        let earliest = PlausibleDates.earliestIdentification
        guard date >= earliest else {
            throw CommandError(field: "identified_on", message: "The day of identification (\(date)) must be on or after \(earliest); no case the tool records is older.")
        }
    }

    /// A birth year lies within ``PlausibleDates/maximumAgeInYears`` before the year of
    /// identification, a birth date from 1 January of that year to the day of identification,
    /// and both agree when both are given.
    func checkBirth(year: Int?, date: CalendarDate?, identifiedOn: CalendarDate) throws(CommandError) {
        let earliestYear = identifiedOn.year - PlausibleDates.maximumAgeInYears
        if let year, !(earliestYear...identifiedOn.year).contains(year) {
            throw CommandError(field: "birth_year", message: "The birth year must be between \(earliestYear) and \(identifiedOn.year), the year of identification.")
        }
        if let date {
            let earliest = CalendarDate(clampingYear: earliestYear, month: 1, day: 1)
            guard earliest <= date, date <= identifiedOn else {
                throw CommandError(field: "birth_date", message: "The birth date must be between \(earliest) and \(identifiedOn), the day of identification.")
            }
            if let year, year != date.year {
                throw CommandError(field: "birth_year", message: "The birth year does not match the year of the birth date.")
            }
        }
    }

    /// A done step happened on or after the day of identification; a planned one is dated at
    /// most ``PlausibleDates/plannedStepYearsBeforeIdentification`` years before it.
    func checkStepDate(_ date: CalendarDate, isDone: Bool, field: String, of existing: CaseFacts) throws(CommandError) {
        if isDone {
            guard date >= existing.identifiedOn else {
                throw CommandError(field: field, message: "A done step must be dated on or after the day of identification, \(existing.identifiedOn).")
            }
        } else {
            let earliest = existing.identifiedOn.adding(years: -PlausibleDates.plannedStepYearsBeforeIdentification)
            guard date >= earliest else {
                throw CommandError(
                    field: field,
                    message: "A planned step must be dated on or after \(earliest), \(PlausibleDates.plannedStepYearsBeforeIdentification) years before the day of identification.")
            }
        }
    }

    /// A referral is made on or after the day of identification, and its answer is due from
    /// that day to ``PlausibleDates/referralHorizonInYears`` years later.
    func checkReferralDates(madeOn: CalendarDate, respondBy: CalendarDate?, of existing: CaseFacts) throws(CommandError) {
        guard madeOn >= existing.identifiedOn else {
            throw CommandError(field: "made_on", message: "A referral must be made on or after the day of identification, \(existing.identifiedOn).")
        }
        if let respondBy {
            try requireWithinReferralHorizon(respondBy, madeOn: madeOn, from: madeOn, field: "respond_by", what: "respond-by date", since: "the day it is made")
        }
    }

    /// An agreed service date lies from the day of acceptance to
    /// ``PlausibleDates/referralHorizonInYears`` years after the referral was made.
    func checkServiceDate(_ serviceDate: CalendarDate?, acceptedOn: CalendarDate, of position: Int) throws(CommandError) {
        guard let serviceDate else { return }
        try requireWithinReferralHorizon(
            serviceDate, madeOn: referrals[position].madeOn, from: acceptedOn, field: "service_date", what: "agreed service date", since: "the day of acceptance")
    }

    private func requireWithinReferralHorizon(
        _ date: CalendarDate, madeOn: CalendarDate, from earliest: CalendarDate, field: String, what: String, since: String
    ) throws(CommandError) {
        let latest = madeOn.adding(years: PlausibleDates.referralHorizonInYears)
        guard earliest <= date, date <= latest else {
            throw CommandError(
                field: field,
                message: "The \(what) must be between \(earliest), \(since), and \(latest), \(PlausibleDates.referralHorizonInYears) years after the referral was made.")
        }
    }

    /// The same ranges for the dates an amendment changes, taken together with the values it
    /// leaves as they are (a case's dates are checked with its other changes, in
    /// `checkCaseChanges`).
    func checkAmendedDates(_ changes: FieldReader, of target: EntryRecord) throws(CommandError) {
        let subject = Int(target.subject)
        switch target.type {
        case .stepRecorded, .stepDone:
            let key = target.type == .stepRecorded ? "date" : "done_on"
            guard let date = try changes.optionalDate(key) else { return }
            let existing = try requireCase(steps[subject].caseID)
            try checkStepDate(date, isDone: target.type == .stepDone || steps[subject].wasRecordedDone, field: key, of: existing)
        case .referralSent:
            let madeOn = try changes.optionalDate("made_on")
            let respondBy = try changes.optionalDate("respond_by")
            guard madeOn != nil || respondBy != nil else { return }
            let existing = try requireCase(referrals[subject].caseID)
            try checkReferralDates(madeOn: madeOn ?? referrals[subject].madeOn, respondBy: respondBy ?? referrals[subject].respondBy, of: existing)
        case .referralFollowUp:
            if let on = try changes.optionalDate("on") { try checkOutcomeDate(on, of: subject) }
        default:
            break
        }
    }

    /// The rules that need the day of recording, which `check` does not know: a step is
    /// planned at most ``PlausibleDates/planningHorizonInYears`` years after `today`, and an
    /// amendment may not move a date past what the amended event allowed on `today` (a day
    /// that happened not into the future, a plan not past the horizon). `prepare` applies it
    /// with the local date; replay should apply it with the day of the entry's `ts`.
    func checkDatesAgainstToday(_ command: Command, today: CalendarDate) throws(CommandError) {
        switch command {
        case .recordStep(let details) where !details.isDone:
            try requireWithinPlanningHorizon(details.date, field: "date", today: today)
        case .amendEntry(let targetSeq, _, let changes):
            guard let position = entryPosition(seq: targetSeq) else { return }
            let target = entries[position]
            let dateKeys = AmendableFieldType.dateKeys(of: target.type)
            for change in changes where dateKeys.contains(change.name) {
                guard let date = CalendarDate(iso: change.value.trimmingCharacters(in: .whitespaces)) else { continue }
                switch (target.type, change.name) {
                case (.stepRecorded, "date") where !steps[Int(target.subject)].wasRecordedDone:
                    try requireWithinPlanningHorizon(date, field: change.name, today: today)
                case (.referralSent, "respond_by"):
                    continue
                default:
                    guard date <= today else {
                        throw CommandError(field: change.name, message: "The new \(change.name) (\(date)) is in the future; it can be today, \(today), at the latest.")
                    }
                }
            }
        default:
            break
        }
    }

    private func requireWithinPlanningHorizon(_ date: CalendarDate, field: String, today: CalendarDate) throws(CommandError) {
        let latest = today.adding(years: PlausibleDates.planningHorizonInYears)
        guard date <= latest else {
            throw CommandError(
                field: field,
                message: "A step may be planned at most \(PlausibleDates.planningHorizonInYears) years ahead, up to \(latest); \(date) is later.")
        }
    }
}

extension AmendableFieldType {
    /// The keys of the date fields an amendment of an entry of `type` may change.
    static func dateKeys(of type: EventType) -> [String] {
        (fields(of: type) ?? [:]).compactMap { key, field in
            if case .date = field { key } else { nil }
        }
    }
}

extension AssistanceStep {
    /// Whether the step was recorded as done, rather than planned and marked done later (or
    /// planned still).
    var wasRecordedDone: Bool { isDone && doneOn == nil }
}

extension CalendarDate {
    /// The same day `years` later (or earlier); 29 February becomes 28 February in a common
    /// year, and the year stays within 1…9999, the years a date can have.
    func adding(years: Int) -> CalendarDate {
        let (year, month, day) = components
        return CalendarDate(clampingYear: year + years, month: month, day: day)
    }

    /// The day `year`-`month`-`day`, the year brought within 1…9999 and the day within the month.
    init(clampingYear year: Int, month: Int, day: Int) {
        let year = min(max(year, 1), 9999)
        self = CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))!
    }
}
