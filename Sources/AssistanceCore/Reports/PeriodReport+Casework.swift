extension ReportFacts {
    /// Steps by kind, referrals by organisation and by service, caseload per caseworker.
    func caseworkTables() -> [ReportTable] {
        [stepTable()] + referralTables() + [caseloadTable()]
    }

    /// The day a step happened: the day it was marked done if it was planned first.
    private func dayDone(_ step: AssistanceStep) -> CalendarDate { step.doneOn ?? step.date }

    private func stepTable() -> ReportTable {
        let done = state.steps.filter { !$0.isRetracted && $0.isDone && caseIDs.contains($0.caseID) && period.contains(dayDone($0)) }
        let rows: [[ReportCell]] = StepKind.allCases.map { kind in
            let ofKind = done.filter { $0.kind == kind }
            return [.text(kind.label), .count(ofKind.count), .count(Set(ofKind.map(\.caseID)).count)]
        }
        return ReportTable(
            id: "steps_by_kind", title: "Assistance steps done, by kind", columns: ["Kind", "Steps", "People"],
            rows: rows, totals: [.text("Total"), .count(done.count), .count(Set(done.map(\.caseID)).count)],
            footnotes: ["People counts each person once per kind; the total counts each person once."])
    }

    private static let referralColumns = ["Sent", "Accepted", "Declined", "Completed", "Withdrawn", "Still open", "Median days to answer"]
    private static let referralFootnotes = [
        "Outcomes are as things stand now: Accepted means accepted and not yet completed; Still open means not yet answered.",
        "Days to answer run from the day a referral was made to the day it was accepted or declined.",
    ]

    private func referralTables() -> [ReportTable] {
        let sent = state.referrals.filter { !$0.isRetracted && caseIDs.contains($0.caseID) && period.contains($0.madeOn) }
        let organisations = Set(sent.map(\.organisationID)).sorted {
            let (first, second) = (state.organisation($0)?.name ?? $0, state.organisation($1)?.name ?? $1)
            return first != second ? first < second : $0 < $1
        }
        let byOrganisation = organisations.map { id in
            [.text(state.organisation(id)?.name ?? id)] + referralCells(sent.filter { $0.organisationID == id })
        }
        let byService = StepKind.allCases.map { kind in
            [.text(kind.label)] + referralCells(sent.filter { $0.serviceKind == kind })
        }
        let totals = [ReportCell.text("Total")] + referralCells(sent)
        return [
            ReportTable(
                id: "referrals_by_organisation", title: "Referrals sent, by organisation", columns: ["Organisation"] + Self.referralColumns,
                rows: byOrganisation, totals: totals, footnotes: Self.referralFootnotes),
            ReportTable(
                id: "referrals_by_service", title: "Referrals sent, by service", columns: ["Service"] + Self.referralColumns,
                rows: byService, totals: totals, footnotes: Self.referralFootnotes),
        ]
    }

    /// Sent, each outcome, and the median days to an answer.
    private func referralCells(_ referrals: [Referral]) -> [ReportCell] {
        let statuses = tally(referrals.map(\.status))
        let waits = referrals.compactMap { referral -> Int? in
            let answer = referral.acceptedOn ?? (referral.status == .declined ? referral.answeredOn : nil)
            return answer.map { $0.days(since: referral.madeOn) }
        }
        let outcomes: [ReferralStatus] = [.accepted, .declined, .completed, .withdrawn, .sent]
        return [.count(referrals.count)] + outcomes.map { .count(statuses[$0] ?? 0) } + [.days(median(waits))]
    }

    /// Every registered caseworker, and anyone else with an open case or a step recorded.
    private func caseloadTable() -> ReportTable {
        let open = tally(cases.filter(isOpenAtEnd).compactMap(\.caseworker))
        var recorded: [String: Int] = [:]
        for step in state.steps where !step.isRetracted && caseIDs.contains(step.caseID) {
            guard let position = state.entryPosition(seq: step.seq), period.contains(state.entries[position].timestamp.utcDate) else { continue }
            recorded[step.author, default: 0] += 1
        }
        let caseworkers = Set(state.users.filter { $0.role == .caseworker }.map(\.login)).union(open.keys).union(recorded.keys)
        let ordered = caseworkers.sorted {
            let (first, second) = (state.displayName(of: $0), state.displayName(of: $1))
            return first != second ? first < second : $0 < $1
        }
        var rows: [[ReportCell]] = ordered.map { [.text(state.displayName(of: $0)), .count(open[$0] ?? 0), .count(recorded[$0] ?? 0)] }
        let unassigned = cases.filter { isOpenAtEnd($0) && $0.caseworker == nil }.count
        if unassigned > 0 { rows.append([.text("Not assigned"), .count(unassigned), .count(0)]) }
        return ReportTable(
            id: "caseload", title: "Caseload per caseworker", columns: ["Caseworker", "Open cases at end", "Steps recorded"],
            rows: rows,
            totals: [.text("Total"), .count(open.values.reduce(unassigned, +)), .count(recorded.values.reduce(0, +))],
            footnotes: ["Open cases are counted with the caseworker assigned now; steps with the person who recorded them, on the day they were recorded."])
    }
}
