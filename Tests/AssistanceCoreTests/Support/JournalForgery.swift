import Foundation
@testable import AssistanceCore

#if canImport(Glibc)
import Glibc
#endif

/// Appends a hand-made entry to the journal at `path` the way a dishonest member of its group
/// could (issue 13, item 3): take the lock, build the line with the library's own encoder and
/// the correct `prev` (the journal's head hash), and append it with one `write`. The line is
/// perfect at the byte level; only the rules of append can tell it from a real one.
///
/// Returns the bytes appended.
@discardableResult
func forgeEntry(
    in path: String, actor: String, onBehalfOf: String? = nil, type: String, data: JSONValue, at timestamp: Timestamp = .now()
) throws -> [UInt8] {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else { throw SystemCallError(code: errno) }
    defer { close(descriptor) }
    guard lockExclusively(descriptor) == 0 else { throw SystemCallError(code: errno) }
    // Under the lock: the head cannot move before the line is written.
    let journal = try JournalFile.open(at: path)
    _ = try journal.readNewEntries()
    let entry = JournalEntry(
        seq: journal.entryCount + 1, timestamp: timestamp, actor: actor, onBehalfOf: onBehalfOf, type: type, data: data)
    var line: [UInt8] = []
    JournalLineFormat.appendEntryLine(entry, previous: journal.lastLineHash, to: &line)
    let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == line.count else { throw SystemCallError(code: errno) }
    return line
}

/// `flock(2)`: Swift reads `Glibc.flock` as the struct of that name.
private func lockExclusively(_ descriptor: Int32) -> Int32 {
    flock(descriptor, LOCK_EX)
}

/// A small centre's journal on disk, appended through the store as people would: `admin`,
/// caseworkers `mette` and `jonas`, coordinator `sofie`, supervisor `karin`, the organisation
/// `clinic`, one case of Mette's with a note by Jonas and a planned step.
struct ForgeryFixture {
    let path: String
    let caseID: String
    /// The seq of Jonas's note on the case.
    let jonasNote: Int

    init(in directory: String) throws {
        path = directory + "/journal.jsonl"
        let store = try AssistanceStore.create(at: path, creator: "admin", displayName: "Ada Admin")
        func record(_ command: Command, by login: String) throws -> (entry: JournalEntry, createdID: String?) {
            try store.perform(command, by: Actor(login: login))
        }
        for (login, name, role) in [("mette", "Mette Nielsen", Role.caseworker), ("jonas", "Jonas Lund", .caseworker),
                                    ("sofie", "Sofie Krag", .coordinator), ("karin", "Karin Bech", .supervisor)] {
            _ = try record(.addUser(login: login, displayName: name, role: role), by: "admin")
        }
        _ = try record(.addOrganisation(id: "clinic", name: "City Clinic", kind: .healthService, contact: nil, city: nil), by: "sofie")
        let today = Timestamp.now().localDate(in: .current)
        let opened = try record(.openCase(CaseDetails(
            alias: "Amina", sex: .female, exploitationForms: [.sexual], identifiedOn: today, identifiedBy: .police,
            caseworker: "mette", consentToProcessing: true, consentToSharing: true)), by: "mette")
        caseID = try opened.createdID ?? { throw CommandError(field: nil, message: "No case id.") }()
        jonasNote = try record(.addNote(caseID: caseID, text: "Jonas's note."), by: "jonas").entry.seq
        _ = try record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: today, isDone: false)), by: "mette")
    }
}
