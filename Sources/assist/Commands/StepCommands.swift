import AssistanceCore
import ArgumentParser

/// `assist step …`: assistance steps, done or planned.
struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Record an assistance step, or mark a planned one done.",
        subcommands: [Add.self, Done.self])

    /// `assist step add ID --kind KIND [--date D] [--org ORG] [--note TEXT] [--planned]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a step done for the person, or plan one with --planned; prints its seq.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "The kind of assistance.") var kind: StepKind
        @Option(parsing: .unconditional, help: "When it happened, or is planned for.") var date: String = "today"
        @Option(help: "The organisation that provided it.") var org: String?
        @Option(help: .freeText("A note; - reads it from standard input", .stepNote)) var note: String?
        @Flag(help: "It is planned, not yet done.") var planned = false

        func run() throws {
            let details = StepDetails(
                caseID: id, kind: kind, date: try Parse.date(date, option: "--date"),
                isDone: !planned, organisationID: org, note: try note.map { try Parse.text($0, field: .stepNote) })
            let result = try Recorder.record(.recordStep(details), journal: journalOptions, actor: actorOptions)
            print(result.entry.seq)
        }
    }

    /// `assist step done SEQ [--date D] [--note TEXT]`.
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a planned step done, by the seq 'step add' printed.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The step's seq.") var seq: Int
        @Option(parsing: .unconditional, help: "When it happened.") var date: String = "today"
        @Option(help: .freeText("A note", .stepNote)) var note: String?

        func run() throws {
            try Recorder.record(
                .markStepDone(stepSeq: seq, doneOn: try Parse.date(date, option: "--date"), note: note),
                journal: journalOptions, actor: actorOptions)
            print("Marked step \(seq) done.")
        }
    }
}
