import Crypto
import Foundation
import Testing
@testable import AssistanceCore
import TestSupport

/// The forgeries of issue 13, item 3: a line with a correct chain, written by someone who may
/// write the file, that breaks a rule of append.
enum ForgedRule: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case caseworkerMakesThemselvesAdmin, unregisteredActor, onBehalfOfFromANonAdmin, retractingSomeoneElsesEntry
    case doneStepIn2099, unknownType, stepForAnUnknownCase, timeAnHourBack

    var testDescription: String { rawValue }

    /// Forges the entry into `fixture`'s journal; returns its bytes and the rule it breaks.
    func forge(into fixture: ForgeryFixture) throws -> (line: [UInt8], type: EventType?, rule: String) {
        let now = Timestamp.now()
        let note = jsonObject(["case": .string(fixture.caseID), "text": "Forged."])
        switch self {
        case .caseworkerMakesThemselvesAdmin:
            let line = try forgeEntry(in: fixture.path, actor: "mette", type: "user.role_changed", data: jsonObject(["login": "mette", "role": "admin"]))
            return (line, .userRoleChanged, "a caseworker may not record user.role_changed")
        case .unregisteredActor:
            let line = try forgeEntry(in: fixture.path, actor: "intruder", type: "note.added", data: note)
            return (line, .noteAdded, "'intruder' is not a registered user of this journal")
        case .onBehalfOfFromANonAdmin:
            let line = try forgeEntry(in: fixture.path, actor: "mette", onBehalfOf: "jonas", type: "note.added", data: note)
            return (line, .noteAdded, "only an admin may record on behalf of another user")
        case .retractingSomeoneElsesEntry:
            let line = try forgeEntry(
                in: fixture.path, actor: "mette", type: "entry.retracted", data: jsonObject(["target": .int(fixture.jonasNote), "reason": "Not true."]))
            return (line, .entryRetracted, "a caseworker may not correct entry \(fixture.jonasNote), which someone else recorded")
        case .doneStepIn2099:
            let step = jsonObject(["case": .string(fixture.caseID), "kind": "medical", "date": "2099-01-01", "done": true])
            let line = try forgeEntry(in: fixture.path, actor: "mette", type: "step.recorded", data: step, at: now)
            return (line, .stepRecorded, "the date of a done step (2099-01-01) is after the day the entry was recorded, \(now.utcDate)")
        case .unknownType:
            let line = try forgeEntry(in: fixture.path, actor: "mette", type: "case.exploded", data: jsonObject([:]))
            return (line, nil, "its type is not an event type this version of assist knows")
        case .stepForAnUnknownCase:
            let step = jsonObject(["case": "C-1999-0001", "kind": "medical", "date": "2020-01-01", "done": true])
            let line = try forgeEntry(in: fixture.path, actor: "mette", type: "step.recorded", data: step)
            return (line, .stepRecorded, "there is no case C-1999-0001")
        case .timeAnHourBack:
            let latest = try #require(try JournalFile.open(at: fixture.path).readNewEntries().last).timestamp
            let early = Timestamp(millisecondsSince1970: latest.millisecondsSince1970 - 3_600_000)
            let line = try forgeEntry(in: fixture.path, actor: "mette", type: "note.added", data: note, at: early)
            return (line, .noteAdded, "it is dated \(early.iso8601), more than 5 minutes before an earlier entry (\(latest.iso8601))")
        }
    }
}

@Suite struct ForgedEntryTests {
    @Test("a forged entry is damage at its line, named by its rule; appends are refused", arguments: ForgedRule.allCases)
    func forgeryIsNamedDamage(rule: ForgedRule) throws {
        let directory = TemporaryDirectory()
        let fixture = try ForgeryFixture(in: directory.path)
        let before = fileBytes(fixture.path)
        let intact = try AssistanceStore(openingJournalAt: fixture.path)
        let kept = intact.state.entryCount
        let (line, type, ruleText) = try rule.forge(into: fixture)
        // Perfect at the byte level: the file's own checks find nothing.
        #expect(JournalFile.verify(at: fixture.path).problem == nil)

        let violation = RuleViolation(seq: kept + 1, type: type, rule: ruleText)
        let damage = JournalError.damaged(path: fixture.path, line: kept + 2, reason: violation.reason)
        let store = try AssistanceStore(openingJournalAt: fixture.path)
        #expect(store.damage == damage)
        #expect(store.state.entryCount == kept)
        #expect(store.file.entryCount == kept)
        #expect(store.file.headHash == intact.file.headHash)
        #expect(store.file.goodLength == Int64(before.count))
        #expect(store.file.readOnlyReason == "line \(kept + 2) is damaged (\(violation.reason))")
        #expect(throws: damage) { try store.perform(.addNote(caseID: fixture.caseID, text: "After."), by: Actor(login: "mette")) }
        // The file refuses too, whoever asks it.
        #expect(throws: JournalError.readOnly(path: fixture.path, reason: "line \(kept + 2) is damaged (\(violation.reason))")) {
            try store.file.append(actor: "admin") { _ in ([sampleDraft(1)], ()) }
        }
        // So is an append through a store that was open before the forgery, under the lock.
        #expect(throws: damage) { try intact.perform(.addNote(caseID: fixture.caseID, text: "After."), by: Actor(login: "mette")) }
        #expect(intact.damage == damage)
        #expect(fileBytes(fixture.path) == before + line)

        let verification = AssistanceStore.verify(at: fixture.path)
        #expect(verification.problem == damage)
        #expect(verification.entryCount == kept)
        #expect(verification.headHash == intact.file.headHash)

        try recoverAndCheck(fixture, store: store, kept: before, removed: line, reason: violation.reason)
    }

    /// Recovers as the admin and checks the journal is the kept bytes plus one `journal.recovered`
    /// entry, the side file the removed bytes, and that the journal verifies and takes appends.
    func recoverAndCheck(
        _ fixture: ForgeryFixture, store: AssistanceStore, kept: [UInt8], removed: [UInt8], reason: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let keptEntries = store.state.entryCount
        let plan = try #require(try store.recoveryPlan(), sourceLocation: sourceLocation)
        let expected = RecoveryDetails(
            firstLine: keptEntries + 2, lastLine: keptEntries + 1 + removed.count(where: { $0 == 0x0A }), byteCount: removed.count,
            reason: reason, sideFile: (plan.sidePath as NSString).lastPathComponent,
            sha256: SHA256.hash(data: removed).map { String(format: "%02x", $0) }.joined())
        #expect(plan.details == expected, sourceLocation: sourceLocation)
        #expect(plan.keptEntryCount == keptEntries, sourceLocation: sourceLocation)
        let realDirectory = try #require(realpath((fixture.path as NSString).deletingLastPathComponent, nil).map { String(cString: $0) })
        #expect(plan.sidePath.hasPrefix(realDirectory + "/journal.jsonl.recovered-"), sourceLocation: sourceLocation)

        let entry = try store.recover(plan, by: Actor(login: "admin"))
        #expect(entry.seq == keptEntries + 1 && entry.type == "journal.recovered", sourceLocation: sourceLocation)
        #expect(store.damage == nil, sourceLocation: sourceLocation)
        let after = fileBytes(fixture.path)
        #expect(Array(after.prefix(kept.count)) == kept, sourceLocation: sourceLocation)
        let recordLine = Array(after.dropFirst(kept.count))
        #expect(recordLine.last == 0x0A && recordLine.count(where: { $0 == 0x0A }) == 1, sourceLocation: sourceLocation)
        let decoded = try recordLine.dropLast().withUnsafeBytes { try JournalLineFormat.decodeEntry($0) }
        #expect(try Command.decode(type: decoded.entry.type, data: decoded.entry.data).command == .recordRecovery(expected), sourceLocation: sourceLocation)
        #expect(fileBytes(plan.sidePath) == removed, sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: plan.sidePath + ".partial"), sourceLocation: sourceLocation)

        let verification = AssistanceStore.verify(at: fixture.path)
        #expect(verification.problem == nil && verification.entryCount == keptEntries + 1, sourceLocation: sourceLocation)
        let reopened = try AssistanceStore(openingJournalAt: fixture.path)
        #expect(reopened.damage == nil, sourceLocation: sourceLocation)
        #expect(reopened.state.recoveries == [JournalRecovery(seq: keptEntries + 1, details: expected)], sourceLocation: sourceLocation)
        let sentence = reopened.state.dayEntries(on: entry.timestamp.localDate(in: .current), in: .current).last?.sentence
        #expect(sentence == "Ada Admin set aside \(expected.lineRange) (damaged: \(reason)) into \(expected.sideFile)", sourceLocation: sourceLocation)
        try reopened.perform(.addNote(caseID: fixture.caseID, text: "After the recovery."), by: Actor(login: "mette"))
        try store.perform(.addNote(caseID: fixture.caseID, text: "From the recovering store."), by: Actor(login: "mette"))
        #expect(AssistanceStore.verify(at: fixture.path).problem == nil, sourceLocation: sourceLocation)
    }

    /// The forgeries whose rule depends on the author's role: what each needs, and the rule a lower role breaks.
    static let roleForgeries: [(name: String, needs: Role, forge: @Sendable (ForgeryFixture, String) throws -> [UInt8], rule: @Sendable (ForgeryFixture, Role) -> String)] = [
        ("giving admin rights", .admin,
         { fixture, login in try forgeEntry(in: fixture.path, actor: login, type: "user.role_changed", data: jsonObject(["login": "jonas", "role": "admin"])) },
         { _, role in "\(role.withArticle) may not record user.role_changed" }),
        ("recording for someone else", .admin,
         { fixture, login in
             try forgeEntry(in: fixture.path, actor: login, onBehalfOf: "jonas", type: "note.added", data: jsonObject(["case": .string(fixture.caseID), "text": "x"]))
         },
         { _, _ in "only an admin may record on behalf of another user" }),
        ("retracting Jonas's note", .supervisor,
         { fixture, login in
             try forgeEntry(in: fixture.path, actor: login, type: "entry.retracted", data: jsonObject(["target": .int(fixture.jonasNote), "reason": "No."]))
         },
         { fixture, role in "\(role.withArticle) may not correct entry \(fixture.jonasNote), which someone else recorded" }),
        ("adding an organisation", .coordinator,
         { fixture, login in try forgeEntry(in: fixture.path, actor: login, type: "org.added", data: jsonObject(["id": "shelter", "name": "S", "kind": "shelter"])) },
         { _, role in "\(role.withArticle) may not record org.added" }),
    ]

    @Test("a forgery is damage exactly when the author's role did not allow it", arguments: Role.allCases)
    func byEveryRole(role: Role) throws {
        for forgery in Self.roleForgeries {
            let directory = TemporaryDirectory()
            let fixture = try ForgeryFixture(in: directory.path)
            let kept = try AssistanceStore(openingJournalAt: fixture.path).state.entryCount
            let before = fileBytes(fixture.path)
            let forged = try forgery.forge(fixture, role.staffLogin)
            let store = try AssistanceStore(openingJournalAt: fixture.path)
            if role >= forgery.needs {
                #expect(store.damage == nil, "\(forgery.name) by \(role)")
                #expect(store.state.entryCount == kept + 1, "\(forgery.name) by \(role)")
                continue
            }
            let violation = RuleViolation(seq: kept + 1, type: nil, rule: forgery.rule(fixture, role))
            guard case .damaged(_, let line, let reason)? = store.damage else {
                Issue.record("\(forgery.name) by \(role) is not damage")
                continue
            }
            #expect(line == kept + 2, "\(forgery.name) by \(role)")
            #expect(reason.hasSuffix(" breaks a rule: " + violation.rule), "\(forgery.name) by \(role)")
            #expect(AssistanceStore.verify(at: fixture.path).problem == store.damage)
            try recoverAndCheck(fixture, store: store, kept: before, removed: forged, reason: reason)
        }
    }
}
