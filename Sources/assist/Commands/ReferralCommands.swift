import AssistanceCore
import ArgumentParser

/// `assist referral …`: referrals to organisations and what they answered.
struct ReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral",
        abstract: "Send a referral and record the organisation's answer.",
        subcommands: [Send.self, Accept.self, Decline.self, Complete.self, Withdraw.self, FollowUp.self])

    /// `assist referral send ID --org ORG --service KIND …`: prints the new referral id.
    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refer the person to an organisation; prints the new referral id.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "The organisation's id.") var org: String
        @Option(help: "The service asked for, named as the kinds of step are.") var service: StepKind
        @Option(parsing: .unconditional, help: "The day it was made.") var date: String = "today"
        @Option(name: .customLong("respond-by"), parsing: .unconditional, help: "When an answer is due (default: 7 days after it was made).")
        var respondBy: String?
        @Option(help: .freeText("Reason or note", .referralNote)) var note: String?
        @Option(name: .customLong("override-consent"), help: .freeText("Send although the person has not consented to sharing, for this reason", .consentOverride))
        var overrideConsent: String?

        func run() throws {
            let details = ReferralDetails(
                caseID: id, organisationID: org, serviceKind: service,
                note: note, madeOn: try Parse.date(date, option: "--date"),
                respondBy: try Parse.optionalDate(respondBy, option: "--respond-by"), consentOverrideReason: overrideConsent)
            let result = try Recorder.record(.sendReferral(details), journal: journalOptions, actor: actorOptions)
            print(result.createdID ?? "")
        }
    }

    /// Options every answer takes.
    struct AnswerOptions: ParsableArguments {
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The referral id, for example R-2026-0007.") var referral: String
        @Option(parsing: .unconditional, help: "The day it happened: the answer, the completed service, the withdrawal or the contact.") var date: String = "today"

        var day: CalendarDate { get throws { try Parse.date(date, option: "--date") } }

        func record(_ command: Command, saying message: String) throws {
            try Recorder.record(command, journal: journalOptions, actor: actorOptions)
            print(message)
        }
    }

    /// `assist referral accept REF [--service-date D] [--note TEXT]`.
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that the organisation accepted.")
        @OptionGroup var answer: AnswerOptions
        @Option(name: .customLong("service-date"), parsing: .unconditional, help: "The day the service is agreed to happen.") var serviceDate: String?
        @Option(help: .freeText("A note", .referralNote)) var note: String?

        func run() throws {
            try answer.record(
                .acceptReferral(
                    referralID: answer.referral, on: try answer.day,
                    serviceDate: try Parse.optionalDate(serviceDate, option: "--service-date"), note: note),
                saying: "Recorded that \(answer.referral) was accepted.")
        }
    }

    /// `assist referral decline REF --reason TEXT`.
    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that the organisation declined, and why.")
        @OptionGroup var answer: AnswerOptions
        @Option(help: .freeText("Why it was declined", .reason)) var reason: String

        func run() throws {
            try answer.record(
                .declineReferral(referralID: answer.referral, on: try answer.day, reason: reason),
                saying: "Recorded that \(answer.referral) was declined.")
        }
    }

    /// `assist referral complete REF [--note TEXT]`.
    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that the service was provided.")
        @OptionGroup var answer: AnswerOptions
        @Option(help: .freeText("A note", .referralNote)) var note: String?

        func run() throws {
            try answer.record(
                .completeReferral(referralID: answer.referral, on: try answer.day, note: note),
                saying: "Recorded that \(answer.referral) was completed.")
        }
    }

    /// `assist referral withdraw REF --reason TEXT`.
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw the referral, and say why.")
        @OptionGroup var answer: AnswerOptions
        @Option(help: .freeText("Why it is withdrawn", .reason)) var reason: String

        func run() throws {
            try answer.record(
                .withdrawReferral(referralID: answer.referral, on: try answer.day, reason: reason),
                saying: "Recorded that \(answer.referral) was withdrawn.")
        }
    }

    /// `assist referral follow-up REF --note TEXT`.
    struct FollowUp: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Record a follow-up contact with the organisation.")
        @OptionGroup var answer: AnswerOptions
        @Option(help: .freeText("What was said or agreed", .followUpNote)) var note: String

        func run() throws {
            try answer.record(
                .followUpReferral(referralID: answer.referral, on: try answer.day, note: note),
                saying: "Recorded a follow-up on \(answer.referral).")
        }
    }
}
