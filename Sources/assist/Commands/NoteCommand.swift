import AssistanceCore
import ArgumentParser

/// `assist note add ID TEXT`: a case note.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add a note to a case.", subcommands: [Add.self])

    /// `assist note add ID TEXT` (TEXT `-` reads the note from standard input).
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a note to a case; prints its seq.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Argument(help: .freeText("The note; - reads it from standard input", .caseNote)) var text: String

        func run() throws {
            let result = try Recorder.record(.addNote(caseID: id, text: Parse.text(text, field: .caseNote)), journal: journalOptions, actor: actorOptions)
            print(result.entry.seq)
        }
    }
}

/// `assist amend SEQ --reason TEXT --set FIELD=VALUE …`: mends an earlier entry; both versions stay.
struct AmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Amend an earlier entry, by its seq, with a reason; the history keeps both versions.")
    @OptionGroup var journalOptions: JournalOptions
    @OptionGroup var actorOptions: ActorOptions
    @Argument(help: "The seq of the entry to amend.") var seq: Int
    @Option(help: .freeText("Why it is amended", .reason)) var reason: String
    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "A field and its new value, for example date=2026-11-02 or date=-3; repeat for more. Free text keeps the cap of the field it replaces.",
            valueName: "field=value"),
        transform: AmendCommand.change)
    var changes: [AmendedField]

    func run() throws {
        try Recorder.record(.amendEntry(targetSeq: seq, reason: reason, changes: changes), journal: journalOptions, actor: actorOptions)
        print("Amended entry \(seq).")
    }

    /// One `--set FIELD=VALUE`, a relative date in it resolved against today.
    @Sendable static func change(_ argument: String) throws -> AmendedField {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
            throw ValidationError("it is not FIELD=VALUE; write for example --set date=2026-11-02.")
        }
        return AmendedField(name: String(argument[..<equals]), value: String(argument[argument.index(after: equals)...]))
            .resolvingRelativeDate(today: Parse.today)
    }
}

/// `assist retract SEQ --reason TEXT`: withdraws an earlier entry from every count; it stays in the history.
struct RetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Retract an earlier entry, by its seq, with a reason; it stays in the history, marked retracted.")
    @OptionGroup var journalOptions: JournalOptions
    @OptionGroup var actorOptions: ActorOptions
    @Argument(help: "The seq of the entry to retract.") var seq: Int
    @Option(help: .freeText("Why it is retracted", .reason)) var reason: String

    func run() throws {
        try Recorder.record(.retractEntry(targetSeq: seq, reason: reason), journal: journalOptions, actor: actorOptions)
        print("Retracted entry \(seq).")
    }
}
