import AssistanceCore
import Foundation
import Testing
import TestSupport

/// Issue 13, item 3, through the binary: forged entries with a correct chain are damage that
/// `assist verify` names, and `assist recover` (admins only) sets them aside.
///
/// The forgeries are appended with `JournalFile.appendBatch`: the library's own append under
/// the lock, one write, correct `prev`, and no rule checked: what an insider could run.
@Suite struct RecoverCommandTests {
    let home = TemporaryDirectory()
    var journal: String { home.file("journal.jsonl") }
    var assist: AssistBinary { AssistBinary(home: home.path, journal: journal) }
    /// The login the binary records as: the person running the tests.
    let me = SystemLogin.current()

    /// A centre created by `boss`, in which the test's own login has `myRole`; caseworkers
    /// `mette` and `jonas`, a case of Mette's and a note by Jonas on it.
    func centre(myRole: Role = .admin) throws -> (caseID: String, jonasNote: Int) {
        let store = try AssistanceStore.create(at: journal, creator: "boss", displayName: "Boss")
        let boss = Actor(login: "boss")
        try store.perform(.addUser(login: me, displayName: "Me", role: myRole), by: boss)
        try store.perform(.addUser(login: "mette", displayName: "Mette Nielsen", role: .caseworker), by: boss)
        try store.perform(.addUser(login: "jonas", displayName: "Jonas Lund", role: .caseworker), by: boss)
        let opened = try store.perform(.openCase(CaseDetails(
            alias: "Amina", sex: .female, exploitationForms: [.sexual], identifiedOn: Timestamp.now().utcDate.adding(days: -1),
            identifiedBy: .police, caseworker: "mette")), by: Actor(login: "mette"))
        let caseID = try #require(opened.createdID)
        let note = try store.perform(.addNote(caseID: caseID, text: "Jonas's note."), by: Actor(login: "jonas"))
        return (caseID, note.entry.seq)
    }

    /// Appends one entry without any rule checked; returns its bytes.
    func forge(_ actor: String, onBehalfOf: String? = nil, _ type: String, _ data: [JSONMember], at time: Timestamp = .now()) throws -> [UInt8] {
        let before = fileBytes()
        try JournalFile.open(at: journal).appendBatch([(timestamp: time, actor: actor, draft: EventDraft(type: type, data: .object(data), onBehalfOf: onBehalfOf))])
        return Array(fileBytes().dropFirst(before.count))
    }

    func fileBytes(_ path: String? = nil) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path ?? journal) ?? Data())
    }

    func sideFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home.path)) ?? []).filter { $0.contains(".recovered-") }
    }

    /// Each forgery: what it appends, and the rule it must be named for.
    func forgeries(caseID: String, jonasNote: Int) -> [(name: String, forge: () throws -> [UInt8], type: String?, rule: String)] {
        let now = Timestamp.now()
        let note: [JSONMember] = [JSONMember("case", .string(caseID)), JSONMember("text", "Forged.")]
        return [
            ("self-promotion", { try forge("mette", "user.role_changed", [JSONMember("login", "mette"), JSONMember("role", "admin")]) },
             "user.role_changed", "a caseworker may not record user.role_changed"),
            ("unregistered", { try forge("intruder", "note.added", note) }, "note.added", "'intruder' is not a registered user of this journal"),
            ("as", { try forge("mette", onBehalfOf: "jonas", "note.added", note) }, "note.added", "only an admin may record on behalf of another user"),
            ("retraction", { try forge("mette", "entry.retracted", [JSONMember("target", .int(jonasNote)), JSONMember("reason", "No.")]) },
             "entry.retracted", "a caseworker may not correct entry \(jonasNote), which someone else recorded"),
            ("2099", {
                try forge("mette", "step.recorded", [
                    JSONMember("case", .string(caseID)), JSONMember("kind", "medical"), JSONMember("date", "2099-01-01"), JSONMember("done", true),
                ], at: now)
            }, "step.recorded", "the date of a done step (2099-01-01) is after the day the entry was recorded, \(now.utcDate)"),
            ("unknown type", { try forge("mette", "case.exploded", []) }, nil, "its type is not an event type this version of assist knows"),
            ("unknown case", {
                try forge("mette", "step.recorded", [
                    JSONMember("case", "C-1999-0001"), JSONMember("kind", "medical"), JSONMember("date", "2020-01-01"), JSONMember("done", true),
                ])
            }, "step.recorded", "there is no case C-1999-0001"),
            ("an hour back", { try forge("mette", "note.added", note, at: Timestamp(millisecondsSince1970: now.millisecondsSince1970 - 3_600_000)) },
             "note.added", "it is dated"),
        ]
    }

    @Test func verifyNamesEachForgeryAndRecoverSetsItAside() throws {
        let (caseID, jonasNote) = try centre()
        for forgery in forgeries(caseID: caseID, jonasNote: jonasNote) {
            let kept = fileBytes()
            let earlierSideFiles = sideFiles().count
            let keptLines = kept.count(where: { $0 == 0x0A })
            let forged = try forgery.forge()
            let line = keptLines + 1
            let named = forgery.type.map { "entry \(line - 1) (\($0))" } ?? "entry \(line - 1)"

            let verify = try assist.run(["verify"])
            #expect(verify.status == 1, "\(forgery.name)")
            #expect(verify.standardError.contains("is damaged at line \(line) (\(named) breaks a rule: \(forgery.rule)"), "\(forgery.name): \(verify.standardError)")
            let append = try assist.run(["note", "add", caseID, "Refused."])
            #expect(append.status == 1 && append.standardError.contains("damaged at line \(line)"), "\(forgery.name)")

            let declined = try assist.run(["recover"], input: "no\n")
            #expect(declined.status == 1, "\(forgery.name)")
            #expect(declined.standardOutput.hasPrefix("Line \(line) (1 line, \(forged.count) bytes) after entry \(line - 2) fails: \(named) breaks a rule: "))
            #expect(declined.standardOutput.contains(" beside the journal, the journal cut back to entry \(line - 2), and entry \(line - 1) will record this.\nType yes to go on: "))
            #expect(declined.standardError == "assist: Nothing was changed: recovery goes on only when you type yes.\n")
            #expect(fileBytes() == kept + forged && sideFiles().count == earlierSideFiles, "\(forgery.name)")

            let recovered = try assist.run(["recover", "--yes"])
            #expect(recovered.status == 0, "\(forgery.name): \(recovered.standardError)")
            #expect(recovered.standardOutput.contains("Moved line \(line) to "), "\(forgery.name)")
            let after = fileBytes()
            #expect(Array(after.prefix(kept.count)) == kept, "\(forgery.name)")
            let record = String(decoding: after.dropFirst(kept.count), as: UTF8.self)
            #expect(record.contains("\"type\":\"journal.recovered\"") && record.filter { $0 == "\n" }.count == 1, "\(forgery.name)")
            let side = try #require(sideFiles().first { record.contains($0) }, "\(forgery.name)")
            #expect(fileBytes(home.file(side)) == forged, "\(forgery.name)")
            #expect(try assist.run(["verify"]).status == 0, "\(forgery.name)")
            #expect(try assist.run(["note", "add", caseID, "After recovery."]).status == 0, "\(forgery.name)")
        }
        #expect(sideFiles().count == 8)
    }

    @Test func typingYesGoesOnAndAnIntactJournalIsLeftAlone() throws {
        let (caseID, _) = try centre()
        let before = fileBytes()
        let intact = try assist.run(["recover", "--yes"])
        #expect(intact.status == 0)
        #expect(intact.standardOutput == "The journal is intact (6 entries); there is nothing to recover, and nothing was changed.\n")
        #expect(fileBytes() == before)
        _ = try forge("intruder", "note.added", [JSONMember("case", .string(caseID)), JSONMember("text", "x")])
        let recovered = try assist.run(["recover"], input: "yes\n")
        #expect(recovered.status == 0, "\(recovered.standardError)")
        #expect(try assist.run(["verify"]).status == 0)
    }

    @Test func aNonAdminIsRefusedAndNothingChanges() throws {
        let (caseID, _) = try centre(myRole: .supervisor)
        // The forged line would make the test's login an admin: the valid part does not.
        _ = try forge(me, "user.role_changed", [JSONMember("login", .string(me)), JSONMember("role", "admin")])
        let before = fileBytes()
        let refused = try assist.run(["recover", "--yes"])
        #expect(refused.status == 1)
        #expect(refused.standardError == "assist: Only an admin may recover a journal; '\(me)' is a supervisor in the valid part of \(journal).\n")
        #expect(refused.standardOutput.isEmpty)
        let withAs = try assist.run(["recover", "--yes", "--as", "boss"])
        #expect(withAs.status != 0)
        #expect(fileBytes() == before && sideFiles().isEmpty)
        #expect(try assist.run(["note", "add", caseID, "x"]).status == 1)
    }

    @Test func logShowsTheRoleEachEntryRecorded() throws {
        _ = try assist.run(["init", "--name", "Test Admin"])
        #expect(try assist.run(["user", "add", "mette", "--name", "Mette Nielsen", "--role", "caseworker"]).status == 0)
        let caseID = try assist.run(["case", "open", "--alias", "Ola", "--sex", "male", "--exploitation", "forced_labour", "--as", "mette"])
            .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try assist.run(["user", "role", "mette", "supervisor"]).status == 0)
        let text = try assist.run(["log"]).standardOutput
        let opened = try #require(text.split(separator: "\n").first { $0.contains("opened \(caseID)") })
        #expect(opened.contains(" caseworker "))
        #expect(text.contains("made Mette Nielsen (mette) a supervisor"))
        let json = try assist.run(["log", "--format", "json"]).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.map { $0["role"] as? String } == ["admin", "admin", "caseworker", "admin"])
    }

    @Test func whatTheDamagedLineHoldsIsPrintedEscaped() throws {
        let (caseID, _) = try centre()
        // An actor that would set the terminal's clipboard (OSC 52) if printed raw.
        _ = try forge("x\u{1B}]52;c;AAAA\u{07}", "note.added", [JSONMember("case", .string(caseID)), JSONMember("text", "x")])
        let verify = try assist.run(["verify"])
        let recover = try assist.run(["recover", "--yes"])
        #expect(recover.status == 0)
        for output in [verify.standardError, recover.standardOutput] {
            #expect(output.contains("is not a registered user"))
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }
}
