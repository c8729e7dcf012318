import Testing

@testable import AssistanceCore

/// Replay finds cases and referrals through `RecordIndex` instead of a dictionary of strings
/// (issue 6); every distinct id must still find its own position.
@Suite("Record index")
struct RecordIndexTests {
    /// An index over `ids`, each at its position in the list.
    private func index(_ ids: [String]) -> RecordIndex {
        var index = RecordIndex(prefix: "C")
        for (position, id) in ids.enumerated() { index.insert(id, at: position) }
        return index
    }

    @Test("ids as prepare makes them, across years, find their positions; others are absent")
    func usualIds() {
        let ids = ["C-2025-0001", "C-2025-0002", "C-2026-0001", "C-2025-0003", "C-2026-12345"]
        let found = index(ids)
        for (position, id) in ids.enumerated() {
            #expect(found.position(of: id) == position)
        }
        for absent in ["C-2025-0004", "C-2024-0001", "C-2026-0002", "R-2025-0001", "C-2025-1", ""] {
            #expect(found.position(of: absent) == nil)
        }
    }

    @Test("ids that parse alike, far-off numbers and other shapes each keep their own position")
    func unusualIds() {
        let ids = ["C-2026-0042", "C-2026-00042", "C-2026-999999999", "case-7", "C-2026-0043", "c-2026-0044", "C-26-0001", "C-2026-0000", "C-2026-012345"]
        let found = index(ids)
        for (position, id) in ids.enumerated() {
            #expect(found.position(of: id) == position)
        }
        #expect(found.position(of: "C-2026-000042") == nil)
        #expect(found.position(of: "C-2026-99999999") == nil)
    }

    @Test("a hand-edited journal with two ids that parse alike replays both cases")
    func stateKeepsBothCases() throws {
        var state = AssistanceState()
        let user = JournalEntry(
            seq: 1, timestamp: Timestamp(date: CalendarDate(iso: "2026-01-02")!), actor: "admin", onBehalfOf: nil, type: "user.added",
            data: .object([JSONMember("login", "admin"), JSONMember("display_name", "Admin"), JSONMember("role", "admin")]))
        try state.apply(user)
        for (offset, id) in ["C-2026-0042", "C-2026-00042"].enumerated() {
            try state.apply(JournalEntry(
                seq: 2 + offset, timestamp: Timestamp(date: CalendarDate(iso: "2026-01-02")!, millisecondsIntoDay: 1000), actor: "admin", onBehalfOf: nil, type: "case.opened",
                data: .object([
                    JSONMember("id", .string(id)), JSONMember("alias", "A"), JSONMember("sex", "female"),
                    JSONMember("languages", []), JSONMember("exploitation", ["forced_labour"]), JSONMember("identified_on", "2026-01-02"),
                    JSONMember("identified_by", "police"), JSONMember("consent_processing", true), JSONMember("consent_sharing", true),
                ])))
        }
        #expect(state.case("C-2026-0042")?.openedSeq == 2)
        #expect(state.case("C-2026-00042")?.openedSeq == 3)
    }
}
