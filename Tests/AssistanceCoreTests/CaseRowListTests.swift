import Foundation
import Testing
@testable import AssistanceCore

/// The Cases screen's filter reads the rows once and picks from them per key; it must pick
/// exactly the rows a fresh query with the same text returns.
@Suite struct CaseRowListTests {
    let today = CalendarDate(iso: "2026-11-30")!
    let zone = TimeZone(identifier: "Europe/Copenhagen")!

    func demoState() throws -> AssistanceState {
        var state = AssistanceState()
        let generated = DemoJournal.generate(seed: 3, cases: 120, creator: "admin", today: today, zone: zone)
        for (index, entry) in generated.entries.enumerated() {
            try state.apply(JournalEntry(seq: index + 1, timestamp: entry.timestamp, actor: entry.actor, type: entry.draft.type, data: entry.draft.data))
        }
        return state
    }

    @Test func filteringTheListPicksWhatAFreshQueryReturns() throws {
        let state = try demoState()
        let caseworker = try #require(state.caseRows(.all, today: today).compactMap(\.caseworker).first)
        let lists: [(CaseListFilter, String?)] = [(.open, nil), (.closed, nil), (.all, nil), (.open, caseworker)]
        for (filter, login) in lists {
            let list = state.caseRowList(filter, caseworker: login, today: today)
            #expect(list.rows == state.caseRows(filter, caseworker: login, today: today))
            let someAlias = String(list.rows.first?.alias.prefix(3) ?? "a")
            for text in ["", "  ", "c-20", "C-2026-00", "an", "E", someAlias, someAlias.uppercased(), " viet ", "no such case"] {
                let picked = list.positions(matching: text).map { list.rows[$0] }
                #expect(picked == state.caseRows(filter, caseworker: login, matching: text, today: today), "\(filter) '\(text)'")
            }
        }
        #expect(!state.caseRowList(.open, today: today).positions(matching: "c-20").isEmpty)
        #expect(state.caseRowList(.open, today: today).positions(matching: "no such case").isEmpty)
    }
}
