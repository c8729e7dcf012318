extension ReportFacts {
    /// Cases identified, open and closed; the identified broken down five ways; reflection periods.
    func caseTables() -> [ReportTable] {
        let identified = cases.filter { period.contains($0.identifiedOn) }
        let closed = cases.filter { $0.status == .closed && $0.closedOn.map(period.contains) == true }
        let total: [ReportCell] = [.text("Total"), .count(identified.count)]
        var tables: [ReportTable] = []

        tables.append(ReportTable(
            id: "cases", title: "Cases", columns: ["Cases", "Count"],
            rows: [
                [.text("Identified in the period"), .count(identified.count)],
                [.text("Open at the end of the period"), .count(cases.filter(isOpenAtEnd).count)],
                [.text("Closed in the period"), .count(closed.count)],
            ]))

        tables.append(ReportTable(
            id: "identified_by_sex", title: "Cases identified, by sex", columns: ["Sex", "Cases"],
            rows: rows(Sex.allCases, counts: tally(identified.map(\.sex))), totals: total))

        var ageRows = rows(AgeGroup.allCases, counts: tally(identified.compactMap(\.ageGroup)))
        ageRows.append([.text("Birth not known"), .count(identified.filter { $0.ageGroup == nil }.count)])
        tables.append(ReportTable(
            id: "identified_by_age_group", title: "Cases identified, by age group at identification",
            columns: ["Age group", "Cases"], rows: ageRows, totals: total))

        tables.append(ReportTable(
            id: "identified_by_nationality", title: "Cases identified, by nationality", columns: ["Nationality", "Cases"],
            rows: nationalityRows(identified), totals: total))

        let forms = tally(identified.flatMap { Array(Set($0.exploitationForms)) })
        tables.append(ReportTable(
            id: "identified_by_exploitation", title: "Cases identified, by form of exploitation",
            columns: ["Form of exploitation", "Cases"], rows: rows(ExploitationForm.allCases, counts: forms),
            totals: [.text("Total cases"), .count(identified.count)],
            footnotes: ["A case with more than one form of exploitation counts once under each, so the rows add up to more than the total."]))

        tables.append(ReportTable(
            id: "identified_by_identifier", title: "Cases identified, by who identified them", columns: ["Identified by", "Cases"],
            rows: rows(IdentifiedBy.allCases, counts: tally(identified.map(\.identifiedBy))), totals: total))

        tables.append(ReportTable(
            id: "closed_by_reason", title: "Cases closed, by reason", columns: ["Reason", "Cases"],
            rows: rows(ClosingReason.allCases, counts: tally(closed.compactMap(\.closingReason))),
            totals: [.text("Total"), .count(closed.count)]))

        tables.append(reflectionTable())
        return tables
    }

    /// Nationalities present, most cases first, then by name; cases without one last.
    private func nationalityRows(_ identified: [Case]) -> [[ReportCell]] {
        let counts = tally(identified.compactMap(\.nationality))
        let ordered = counts.keys.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0.name < $1.name }
        var rows: [[ReportCell]] = ordered.map { [.text($0.name), .count(counts[$0]!)] }
        let unknown = identified.filter { $0.nationality == nil }.count
        if unknown > 0 { rows.append([.text("Not known"), .count(unknown)]) }
        return rows
    }

    /// Periods started, extended (cases with at least one extension recorded in the period)
    /// and ended (last day in the period).
    private func reflectionTable() -> ReportTable {
        let reflections = cases.compactMap(\.reflection)
        var extendedCases = Set<Int32>()
        for record in state.entries where record.type == .reflectionExtended && record.casePosition >= 0 {
            let extended = state.cases[Int(record.casePosition)]
            if !extended.isRetracted, period.contains(record.timestamp.utcDate) { extendedCases.insert(record.casePosition) }
        }
        return ReportTable(
            id: "reflection_periods", title: "Reflection periods", columns: ["Reflection periods", "Count"],
            rows: [
                [.text("Started in the period"), .count(reflections.filter { period.contains($0.startsOn) }.count)],
                [.text("Extended in the period"), .count(extendedCases.count)],
                [.text("Ended in the period"), .count(reflections.filter { period.contains($0.endsOn) }.count)],
            ],
            footnotes: ["An extension counts on the day it was recorded; a period counts as ended on its last day."])
    }
}

/// How often each value occurs.
func tally<Value: Hashable>(_ values: [Value]) -> [Value: Int] {
    var counts: [Value: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts
}
