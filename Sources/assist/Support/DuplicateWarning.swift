import AssistanceCore

extension Recorder {
    /// How many likely duplicates the warning names; more are counted, not listed.
    static let listedDuplicates = 10

    /// Opens a case and returns its id; when cases already in the journal may be the same
    /// person (``AssistanceState/likelyDuplicates(alias:legalName:nationality:birthYear:excluding:)``),
    /// says so on standard error, naming their ids and aliases (escaped) and never the legal
    /// name. The case is opened all the same (issue 16): the person opening it decides.
    ///
    /// The duplicates are looked for in the state the append was checked against, so a case
    /// another process opened a moment before is among them.
    static func openCase(_ details: CaseDetails, journal: JournalOptions, actor: ActorOptions) throws -> String {
        let store = try openForRecording(journal)
        let caseID = try store.perform(.openCase(details), by: actor.actor).createdID ?? ""
        let duplicates = store.state.likelyDuplicates(
            alias: details.alias, legalName: details.legalName, nationality: details.nationality,
            birthYear: details.birthYear ?? details.birthDate?.year, excluding: caseID)
        guard !duplicates.isEmpty else { return caseID }
        printError(
            "warning: \(caseID) may be the same person as \(counted(duplicates.count, "case", "cases")) already in the journal "
                + "(a similar name, the same nationality and birth year within one where known); check before recording more:")
        for duplicate in duplicates.prefix(listedDuplicates) {
            printError("  \(duplicate.caseID) \(duplicate.alias)")
        }
        if duplicates.count > listedDuplicates {
            printError("  and \(duplicates.count - listedDuplicates) more (assist cases --status all lists every case).")
        }
        return caseID
    }
}
