import AssistanceCore
import ArgumentParser
import Foundation

/// `assist case …`: one person's assistance case.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Open, show, change, close and reopen a case.",
        subcommands: [
            Open.self, Show.self, Update.self, Assign.self, Consent.self, Reflection.self, Extend.self,
            Close.self, Reopen.self,
        ])

    /// `assist case open …`: prints the new case id alone on stdout.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a case for a newly identified person; prints the new case id.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Option(help: CaseHelp.alias) var alias: String
        @Option(help: CaseHelp.sex) var sex: Sex
        @Option(help: CaseHelp.exploitation) var exploitation: ChoiceList<ExploitationForm>
        @OptionGroup var details: CaseDetailOptions
        @Option(parsing: .unconditional, help: CaseHelp.identifiedOn) var identifiedOn: String = "today"
        @Option(help: CaseHelp.identifiedBy) var identifiedBy: IdentifiedBy = .centre
        @Option(help: "The login of the caseworker assigned to the case; without it, you.") var caseworker: String?
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: CaseHelp.consentToProcessing)
        var consentProcessing = true
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: CaseHelp.consentToSharing)
        var consentShare = false

        func run() throws {
            let actor = actorOptions.actor
            let caseDetails = CaseDetails(
                alias: alias, legalName: details.legalName, sex: sex, birthYear: try details.birthYear,
                nationality: details.nationality, languages: details.languageList ?? [],
                exploitationForms: exploitation.values,
                identifiedOn: try Parse.date(identifiedOn, option: "--identified-on"), identifiedBy: identifiedBy,
                shelter: details.shelter, caseworker: caseworker ?? actor.effectiveLogin, riskLevel: details.risk,
                consentToProcessing: consentProcessing, consentToSharing: consentShare)
            print(try Recorder.openCase(caseDetails, journal: journalOptions, actor: actorOptions))
        }
    }

    /// `assist case update ID …`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a case's details; name only what changes.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id, for example C-2026-0042.") var id: String
        @Option(help: CaseHelp.alias) var alias: String?
        @Option(help: CaseHelp.sex) var sex: Sex?
        @Option(help: CaseHelp.exploitation) var exploitation: ChoiceList<ExploitationForm>?
        @OptionGroup var details: CaseDetailOptions
        @Option(parsing: .unconditional, help: CaseHelp.identifiedOn) var identifiedOn: String?
        @Option(help: CaseHelp.identifiedBy) var identifiedBy: IdentifiedBy?

        func run() throws {
            let changes = CaseChanges(
                alias: alias, legalName: details.legalName, sex: sex, birthYear: try details.birthYear,
                nationality: details.nationality, languages: details.languageList,
                exploitationForms: exploitation?.values,
                identifiedOn: try Parse.optionalDate(identifiedOn, option: "--identified-on"), identifiedBy: identifiedBy,
                shelter: details.shelter, riskLevel: details.risk)
            try Recorder.record(.updateCase(caseID: id, changes: changes), journal: journalOptions, actor: actorOptions)
            print("Updated \(id).")
        }
    }

    /// `assist case assign ID LOGIN`.
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign a case to a caseworker.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Argument(help: "The caseworker's login.") var caseworker: String

        func run() throws {
            try Recorder.record(.assignCase(caseID: id, caseworker: caseworker), journal: journalOptions, actor: actorOptions)
            print("\(id) is now assigned to \(caseworker).")
        }
    }

    /// `assist case consent ID --[no-]processing --[no-]sharing`: both are asked, so that a
    /// recorded consent is always a decision on both.
    struct Consent: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the person's consent to processing and to sharing.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: CaseHelp.consentToProcessing) var processing: Bool
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: CaseHelp.consentToSharing) var sharing: Bool

        func run() throws {
            try Recorder.record(
                .recordConsent(caseID: id, processing: processing, sharing: sharing), journal: journalOptions, actor: actorOptions)
            print("Recorded consent for \(id).")
        }
    }

    /// `assist case reflection ID [--date D]`: starts the 30-day reflection period.
    struct Reflection: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start the 30-day reflection period.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(parsing: .unconditional, help: "The first day.") var date: String = "today"

        func run() throws {
            try Recorder.record(
                .startReflection(caseID: id, startsOn: try Parse.date(date, option: "--date")),
                journal: journalOptions, actor: actorOptions)
            print("Started the reflection period of \(id).")
        }
    }

    /// `assist case extend ID --until D --reason TEXT`.
    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Extend the reflection period (up to 120 days in all).")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(parsing: .unconditional, help: "The new last day.") var until: String
        @Option(help: .freeText("Why, for example a prepared return", .reason)) var reason: String

        func run() throws {
            try Recorder.record(
                .extendReflection(caseID: id, endsOn: try Parse.date(until, option: "--until"), reason: reason),
                journal: journalOptions, actor: actorOptions)
            print("Extended the reflection period of \(id).")
        }
    }

    /// `assist case close ID --reason REASON`.
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a case with a reason.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "Why it was closed.") var reason: ClosingReason
        @Option(parsing: .unconditional, help: "The day it closed.") var date: String = "today"
        @Option(help: .freeText("A note on the closing", .closingNote)) var note: String?

        func run() throws {
            try Recorder.record(
                .closeCase(
                    caseID: id, reason: reason,
                    closedOn: try Parse.date(date, option: "--date"), note: note),
                journal: journalOptions, actor: actorOptions)
            print("Closed \(id).")
        }
    }

    /// `assist case reopen ID --reason TEXT`.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed case.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: .freeText("Why it is reopened", .reason)) var reason: String

        func run() throws {
            try Recorder.record(.reopenCase(caseID: id, reason: reason), journal: journalOptions, actor: actorOptions)
            print("Reopened \(id).")
        }
    }
}
