import Foundation

/// Logins of the demo's staff by role.
struct DemoStaff {
    var caseworkers: [String]
    var coordinators: [String]
}

/// A fictional but realistic journal for trying the tool and for load tests: users of every
/// role, organisations of every kind, cases over the last 18 months with steps, referrals in
/// every state (overdue ones too), notes in several scripts, corrections, and activity today.
///
/// Every name is invented. The same seed gives the same journal.
public struct DemoJournal {
    /// The entries in journal order, each with its time and the login that appends it.
    ///
    /// - Parameters:
    ///   - cases: how many cases; users, organisations and everything else scale with it
    ///     (80 is a centre's 18 months; 50 000 is a load test).
    ///   - creator: the login of the journal's creator, the first admin (entry 1).
    ///   - today: the last day with activity.
    ///   - zone: the centre's time zone; entries fall in its working hours.
    ///   - latest: no entry is stamped later (by default the present): today's activity that
    ///     would fall after it is stamped at it instead, so that real appends after the demo
    ///     never go back in time, which replay refuses.
    public static func entries(
        seed: UInt64, cases: Int = 80, creator: String, today: CalendarDate, zone: TimeZone, latest: Timestamp = .now()
    ) -> [(timestamp: Timestamp, actor: String, draft: EventDraft)] {
        generate(seed: seed, cases: cases, creator: creator, today: today, zone: zone, latest: latest).entries
    }

    /// The entries, and how many scripted actions were dropped because something they
    /// depend on did not happen (tests expect none).
    static func generate(
        seed: UInt64, cases caseCount: Int, creator: String, today: CalendarDate, zone: TimeZone, latest: Timestamp = .now()
    ) -> (entries: [(timestamp: Timestamp, actor: String, draft: EventDraft)], dropped: Int) {
        var random = SplitMix64(seed: seed)
        let scale = max(1, caseCount / 80)
        let firstDay = today.adding(days: -548)
        var clock = DemoClock(zone: zone)
        var builder = DemoJournalBuilder()

        // Staff and directory, the day before the first case.
        let setupTime = clock.timestamp(firstDay.adding(days: -1), minute: 8 * 60)
        builder.append(.addUser(login: creator, displayName: "Journal administrator", role: .admin), at: setupTime, actor: creator)
        var staff = DemoStaff(caseworkers: [], coordinators: [])
        var logins: Set<String> = [creator]
        for index in 0..<(5 * scale) {
            var member = DemoCatalogue.staff[index % DemoCatalogue.staff.count]
            if index >= DemoCatalogue.staff.count {
                let first = DemoCatalogue.staffFirstNames[index % DemoCatalogue.staffFirstNames.count]
                let last = DemoCatalogue.staffLastNames[(index / 5) % DemoCatalogue.staffLastNames.count]
                member = ("\(first.lowercased().prefix(1))\(index)", "\(first) \(last)", member.role)
            }
            guard logins.insert(member.login).inserted else { continue }
            builder.append(.addUser(login: member.login, displayName: member.name, role: member.role), at: setupTime, actor: creator)
            if member.role == .caseworker { staff.caseworkers.append(member.login) }
            if member.role == .coordinator { staff.coordinators.append(member.login) }
        }
        var providers: [OrganisationKind: [String]] = [:]
        for copy in 0..<scale {
            for organisation in DemoCatalogue.organisations {
                let id = copy == 0 ? organisation.id : "\(organisation.id)-\(copy + 1)"
                let name = copy == 0 ? organisation.name : "\(organisation.name) \(copy + 1)"
                builder.append(
                    .addOrganisation(id: id, name: name, kind: organisation.kind, contact: organisation.contact, city: organisation.city),
                    at: setupTime, actor: creator)
                if organisation.kind == .other {
                    builder.append(.updateOrganisation(id: id, changes: OrganisationChanges(isActive: false)), at: setupTime, actor: creator)
                } else {
                    providers[organisation.kind, default: []].append(id)
                }
            }
        }

        var providersOfService: [StepKind: [String]] = [:]
        for service in StepKind.allCases {
            providersOfService[service] = DemoCatalogue.providers(of: service).flatMap { providers[$0] ?? [] }
        }

        // Every case's script, then all lines in time order.
        var scheduled: [DemoScheduledLine] = []
        var scripts: [DemoCaseScript] = []
        scripts.reserveCapacity(caseCount)
        for caseNumber in 0..<caseCount {
            let identifiedOn = caseNumber == caseCount - 1
                ? today : firstDay.adding(days: (caseNumber * 548) / max(1, caseCount) + random.int(in: 0...3))
            let script = DemoCaseScript(
                caseNumber: caseNumber, identifiedOn: min(identifiedOn, today), today: today, staff: staff, organisations: providers,
                providers: providersOfService, random: &random)
            let order = script.lines.indices.filter { script.lines[$0].day <= today }.sorted { (script.lines[$0].day, $0) < (script.lines[$1].day, $1) }
            var previous = Int64.min
            var minute = 8 * 60 + random.int(in: 0...90)
            var lastDay: CalendarDate?
            for index in order {
                let day = script.lines[index].day
                if day != lastDay { minute = 8 * 60 + random.int(in: 0...240) }
                lastDay = day
                minute = min(minute + random.int(in: 3...25), 23 * 60 + 59)
                var time = clock.timestamp(day, minute: minute).millisecondsSince1970
                time = min(max(time, previous + 1), latest.millisecondsSince1970)
                previous = time
                scheduled.append(DemoScheduledLine(time: time, caseNumber: Int32(caseNumber), lineIndex: Int32(index)))
            }
            scripts.append(script)
        }
        scheduled.sort { ($0.time, $0.caseNumber, $0.lineIndex) < ($1.time, $1.caseNumber, $1.lineIndex) }
        builder.prepareCases(scripts)
        for line in scheduled {
            let script = scripts[Int(line.caseNumber)]
            builder.perform(script.lines[Int(line.lineIndex)], caseNumber: Int(line.caseNumber), lineIndex: Int(line.lineIndex),
                at: Timestamp(millisecondsSince1970: line.time))
        }
        return (builder.entries, builder.dropped)
    }
}

/// A script line placed in time.
struct DemoScheduledLine {
    var time: Int64
    var caseNumber: Int32
    var lineIndex: Int32
}

/// Turns local days and minutes into timestamps, remembering each day's start in the zone.
struct DemoClock {
    let zone: TimeZone
    private var dayStarts: [Int: Int64] = [:]

    init(zone: TimeZone) {
        self.zone = zone
    }

    mutating func timestamp(_ day: CalendarDate, minute: Int) -> Timestamp {
        let start: Int64
        if let known = dayStarts[day.dayNumber] {
            start = known
        } else {
            start = AssistanceState.bounds(of: day, in: zone).0.millisecondsSince1970
            dayStarts[day.dayNumber] = start
        }
        return Timestamp(millisecondsSince1970: start + Int64(minute) * 60_000)
    }
}
