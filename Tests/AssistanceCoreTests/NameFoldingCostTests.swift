import Foundation
import Testing
@testable import AssistanceCore

/// What folding costs on a centre-sized journal: building every case's key (once per case, at
/// replay) and filtering the whole Cases list once (on every key typed). Printed, never
/// asserted: timings belong to the benchmark (DESIGN.md §6); what is checked is that the
/// one-buffer filter picks what the per-case query picks.
///
/// `ASSIST_FOLDING_CASES=50000 swift test -c release -Xswiftc -enable-testing --filter NameFoldingCostTests`
/// measures the budget's 50 000 cases; the default keeps the suite quick.
@Suite struct NameFoldingCostTests {
    let today = CalendarDate(iso: "2026-11-30")!

    @Test func buildingKeysAndFilteringTheDemoCases() throws {
        let count = ProcessInfo.processInfo.environment["ASSIST_FOLDING_CASES"].flatMap { Int($0) } ?? 2_000
        // The table is built once per process, at the first case replay opens: time a fresh
        // one while the heap is still small, as it is then.
        let clock = ContinuousClock()
        var table: NameFoldingTable?
        let tableBuilding = clock.measure { table = NameFoldingTable() }
        #expect(table?.bytes == NameFoldingTable.shared.bytes)
        var state = AssistanceState()
        let generated = DemoJournal.generate(seed: 7, cases: count, creator: "admin", today: today, zone: TimeZone(identifier: "UTC")!)
        for (index, entry) in generated.entries.enumerated() {
            try state.apply(JournalEntry(seq: index + 1, timestamp: entry.timestamp, actor: entry.actor, type: entry.draft.type, data: entry.draft.data))
        }
        let folding = clock.measure {
            for position in state.cases.indices { state.cases[position].refreshSearchKey() }
        }
        // The keys as they were before folding (lower-cased text), for comparison.
        var lowered: [UInt8] = []
        var loweredStarts = [0]
        let lowering = clock.measure {
            for found in state.cases where !found.isRetracted {
                lowered += Array("\(found.id) \(found.alias) \(found.nationality?.name ?? "")".lowercased().utf8)
                loweredStarts.append(lowered.count)
            }
        }
        let list = state.caseRowList(.all, today: today)
        var lines = [
            "The folding table was built in \(tableBuilding).",
            "\(state.cases.count) cases: keys folded in \(folding) (\(list.searchBytes.count) bytes), "
                + "lower-cased as before in \(lowering) (\(lowered.count) bytes)",
        ]
        for query in ["duc", "nguyen", "soeren", "c-2026-00", "an", "no such name"] {
            var positions: [Int] = []
            let filtering = clock.measure { positions = list.positions(matching: query) }
            var before = 0
            let needle = Array(query.lowercased().utf8)
            let searching = clock.measure {
                lowered.withUnsafeBufferPointer { bytes in
                    for row in 0..<(loweredStarts.count - 1) where NameQuery.occurs(needle, in: bytes, from: loweredStarts[row], to: loweredStarts[row + 1]) {
                        before += 1
                    }
                }
            }
            lines.append("'\(query)': \(positions.count) of \(list.rows.count) rows in \(filtering); as before, \(before) rows in \(searching)")
            #expect(positions.map { list.rows[$0].id } == state.caseRows(.all, matching: query, today: today).map(\.id), "'\(query)'")
        }
        #expect(!list.positions(matching: "duc").isEmpty)
        print(lines.joined(separator: "\n"))
    }
}
