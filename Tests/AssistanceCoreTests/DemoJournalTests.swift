import Foundation
import Testing
@testable import AssistanceCore

@Suite struct DemoJournalTests {
    let today = CalendarDate(iso: "2026-11-30")!
    let zone = TimeZone(identifier: "Europe/Copenhagen")!

    /// Replays the demo through `prepare` (each draft decoded and prepared again must give the
    /// same draft) and `apply`, returning the state.
    func replay(_ entries: [(timestamp: Timestamp, actor: String, draft: EventDraft)]) throws -> AssistanceState {
        var state = AssistanceState()
        for (index, entry) in entries.enumerated() {
            let day = entry.timestamp.localDate(in: zone)
            let prepared: PreparedEvent
            do {
                prepared = try state.prepare(entry.draft, by: Actor(login: entry.actor), at: entry.timestamp, today: day)
            } catch {
                Issue.record("Entry \(index + 1) (\(entry.draft.type)) was refused: \(error.message)")
                throw error
            }
            #expect(prepared.draft == entry.draft, "entry \(index + 1)")
            try state.apply(JournalEntry(seq: index + 1, timestamp: entry.timestamp, actor: entry.actor, type: entry.draft.type, data: entry.draft.data))
        }
        return state
    }

    @Test func everyEntryPassesValidationInOrder() throws {
        for seed: UInt64 in [1, 2, 42] {
            let generated = DemoJournal.generate(seed: seed, cases: 80, creator: "admin", today: today, zone: zone)
            #expect(generated.dropped == 0)
            _ = try replay(generated.entries)
        }
    }

    @Test func isDeterministicForASeed() {
        let first = DemoJournal.entries(seed: 7, creator: "admin", today: today, zone: zone)
        let second = DemoJournal.entries(seed: 7, creator: "admin", today: today, zone: zone)
        let other = DemoJournal.entries(seed: 8, creator: "admin", today: today, zone: zone)
        #expect(first.map(\.draft) == second.map(\.draft))
        #expect(first.map(\.timestamp) == second.map(\.timestamp))
        #expect(first.map(\.draft) != other.map(\.draft))
    }

    @Test func hasTheRealisticMix() throws {
        let entries = DemoJournal.entries(seed: 1, creator: "creator", today: today, zone: zone)
        #expect(entries.first?.draft.type == "user.added")
        #expect(entries.first?.actor == "creator")
        #expect(entries.map(\.timestamp) == entries.map(\.timestamp).sorted())
        let state = try replay(entries)
        #expect(state.cases.count == 80)
        #expect(Set(state.users.map(\.role)) == Set(Role.allCases))
        #expect(state.users.count == 6)
        #expect(state.organisations.count == 12)
        #expect(Set(state.organisations.map(\.kind)) == Set(OrganisationKind.allCases))
        #expect(Set(state.referrals.map(\.status)) == Set(ReferralStatus.allCases))
        #expect(state.referralRows(.overdue, today: today).count > 0)
        #expect(state.cases.filter { $0.sex == .female }.count > 40)
        #expect(state.cases.contains { $0.ageGroup == .minor })
        #expect(state.cases.contains { $0.status == .closed })
        #expect(state.steps.contains { !$0.isDone })
        #expect(!state.amendments.isEmpty)
        #expect(state.notes.contains { $0.isRetracted })
        #expect(state.notes.contains { $0.text.contains("ø") })
        #expect(state.notes.contains { $0.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
        #expect(!state.dayEntries(on: today, in: zone).isEmpty)
        let forms = state.cases.flatMap(\.exploitationForms)
        #expect(forms.filter { $0 == .sexual }.count > forms.filter { $0 == .forcedCriminality }.count)
        #expect(state.cases.map { $0.identifiedOn }.min()! >= today.adding(days: -550))
    }

    @Test func scalesWithTheNumberOfCases() throws {
        let generated = DemoJournal.generate(seed: 3, cases: 400, creator: "admin", today: today, zone: zone)
        #expect(generated.dropped == 0)
        let state = try replay(generated.entries)
        #expect(state.cases.count == 400)
        #expect(state.organisations.count == 60)
    }
}
