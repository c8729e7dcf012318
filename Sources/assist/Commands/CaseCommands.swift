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
        @OptionGroup var details: CaseDetailOptions
        @Option(help: "Assigned caseworker's login (default: you).") var caseworker: String?
        @Option(name: .customLong("consent-processing"), help: "yes or no: consent to processing of their data.")
        var consentProcessing: String = "yes"
        @Option(name: .customLong("consent-share"), help: "yes or no: consent to sharing with organisations they are referred to.")
        var consentShare: String = "no"

        func run() throws {
            try reportingErrors {
                guard let alias = details.alias else { throw ValidationError("Missing --alias: the name the person goes by in the shelter.") }
                guard let sex = details.sex else { throw ValidationError("Missing --sex: female, male, transgender or unknown.") }
                guard let exploitation = details.exploitation else {
                    throw ValidationError("Missing --exploitation: one or more forms, separated by commas, for example sexual,forced_labour.")
                }
                let actor = actorOptions.actor
                let caseDetails = CaseDetails(
                    alias: alias, legalName: details.legalName,
                    sex: try Parse.term(sex, option: "--sex"),
                    birthYear: try details.born.map { try Parse.year($0, option: "--born") },
                    nationality: try details.nationality.map { try Parse.country($0, option: "--nationality") },
                    languages: details.languageList,
                    exploitationForms: try Parse.terms(exploitation, option: "--exploitation"),
                    identifiedOn: try Parse.date(details.identifiedOn ?? "today", option: "--identified-on"),
                    identifiedBy: try Parse.term(details.identifiedBy ?? "centre", option: "--identified-by"),
                    shelter: details.shelter, caseworker: caseworker ?? actor.effectiveLogin,
                    riskLevel: try details.risk.map { try Parse.term($0, option: "--risk") },
                    consentToProcessing: try Parse.yesNo(consentProcessing, option: "--consent-processing"),
                    consentToSharing: try Parse.yesNo(consentShare, option: "--consent-share"))
                print(try Recorder.openCase(caseDetails, journal: journalOptions, actor: actorOptions))
            }
        }
    }

    /// `assist case update ID …`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a case's details; name only what changes.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id, for example C-2026-0042.") var id: String
        @OptionGroup var details: CaseDetailOptions

        func run() throws {
            try reportingErrors {
                let changes = CaseChanges(
                    alias: details.alias, legalName: details.legalName,
                    sex: try details.sex.map { try Parse.term($0, option: "--sex") },
                    birthYear: try details.born.map { try Parse.year($0, option: "--born") },
                    nationality: try details.nationality.map { try Parse.country($0, option: "--nationality") },
                    languages: details.languages == nil ? nil : details.languageList,
                    exploitationForms: try details.exploitation.map { try Parse.terms($0, option: "--exploitation") },
                    identifiedOn: try Parse.optionalDate(details.identifiedOn, option: "--identified-on"),
                    identifiedBy: try details.identifiedBy.map { try Parse.term($0, option: "--identified-by") },
                    shelter: details.shelter,
                    riskLevel: try details.risk.map { try Parse.term($0, option: "--risk") })
                try Recorder.record(.updateCase(caseID: id, changes: changes), journal: journalOptions, actor: actorOptions)
                print("Updated \(id).")
            }
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
            try reportingErrors {
                try Recorder.record(.assignCase(caseID: id, caseworker: caseworker), journal: journalOptions, actor: actorOptions)
                print("\(id) is now assigned to \(caseworker).")
            }
        }
    }

    /// `assist case consent ID --processing yes|no --sharing yes|no`.
    struct Consent: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the person's consent to processing and to sharing.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "yes or no.") var processing: String
        @Option(help: "yes or no.") var sharing: String

        func run() throws {
            try reportingErrors {
                try Recorder.record(
                    .recordConsent(
                        caseID: id, processing: try Parse.yesNo(processing, option: "--processing"),
                        sharing: try Parse.yesNo(sharing, option: "--sharing")),
                    journal: journalOptions, actor: actorOptions)
                print("Recorded consent for \(id).")
            }
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
            try reportingErrors {
                try Recorder.record(
                    .startReflection(caseID: id, startsOn: try Parse.date(date, option: "--date")),
                    journal: journalOptions, actor: actorOptions)
                print("Started the reflection period of \(id).")
            }
        }
    }

    /// `assist case extend ID --until D --reason TEXT`.
    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Extend the reflection period (up to 120 days in all).")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(parsing: .unconditional, help: "The new last day.") var until: String
        @Option(help: "Why, for example a prepared return.") var reason: String

        func run() throws {
            try reportingErrors {
                try Recorder.record(
                    .extendReflection(caseID: id, endsOn: try Parse.date(until, option: "--until"), reason: reason),
                    journal: journalOptions, actor: actorOptions)
                print("Extended the reflection period of \(id).")
            }
        }
    }

    /// `assist case close ID --reason REASON`.
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a case with a reason.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "prepared_return, residence_permit, integrated, lost_contact, transferred, declined_assistance or other.")
        var reason: String
        @Option(parsing: .unconditional, help: "The day it closed.") var date: String = "today"
        @Option(help: "A note.") var note: String?

        func run() throws {
            try reportingErrors {
                try Recorder.record(
                    .closeCase(
                        caseID: id, reason: try Parse.term(reason, option: "--reason"),
                        closedOn: try Parse.date(date, option: "--date"), note: note),
                    journal: journalOptions, actor: actorOptions)
                print("Closed \(id).")
            }
        }
    }

    /// `assist case reopen ID --reason TEXT`.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed case.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "Why it is reopened.") var reason: String

        func run() throws {
            try reportingErrors {
                try Recorder.record(.reopenCase(caseID: id, reason: reason), journal: journalOptions, actor: actorOptions)
                print("Reopened \(id).")
            }
        }
    }
}

/// The case fields shared by `case open` and `case update`.
struct CaseDetailOptions: ParsableArguments {
    @Option(help: "The name the person goes by in the shelter.") var alias: String?
    @Option(name: .customLong("legal-name"), help: "Full legal name (sensitive; only where needed).") var legalName: String?
    @Option(help: "female, male, transgender or unknown.") var sex: String?
    @Option(help: "Year of birth, for example 1998.") var born: String?
    @Option(help: "Nationality: ISO 3166-1 alpha-2 code (NG) or English name (Nigeria).") var nationality: String?
    @Option(help: "Languages, separated by commas.") var languages: String?
    @Option(help: "Forms of exploitation, separated by commas: sexual, forced_labour, forced_criminality, slavery_like, forced_marriage, organ_removal, other, not_established.")
    var exploitation: String?
    @Option(name: .customLong("identified-on"), parsing: .unconditional, help: "The day of identification (when opening, today unless given).") var identifiedOn: String?
    @Option(name: .customLong("identified-by"), help: "centre, immigration_service, police, court, ngo, municipality or other (when opening, centre unless given).")
    var identifiedBy: String?
    @Option(help: "Shelter or location.") var shelter: String?
    @Option(help: "high, medium or low.") var risk: String?

    /// The languages as a list.
    var languageList: [String] {
        (languages ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
