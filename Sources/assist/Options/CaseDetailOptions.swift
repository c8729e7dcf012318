import AssistanceCore
import ArgumentParser
import Foundation

/// The case fields `case open` and `case update` take alike: none is required when opening,
/// and each changes only when given.
struct CaseDetailOptions: ParsableArguments {
    @Option(name: .customLong("legal-name"), help: .freeText("Full legal name, sensitive: only where needed", .legalName))
    var legalName: String?
    @Option(help: "Year of birth, for example 1998.") var born: String?
    @Option(help: "Nationality: an ISO 3166-1 alpha-2 code (NG) or an English name (Nigeria).") var nationality: Country?
    @Option(help: "Languages, separated by commas (at most \(FreeTextField.maximumLanguages), each \(FreeTextField.language.capPhrase)).")
    var languages: String?
    @Option(help: .freeText("Shelter or location", .shelter)) var shelter: String?
    @Option(help: "How much danger the person is in.") var risk: RiskLevel?

    /// The year of birth, when given.
    var birthYear: Int? {
        get throws { try born.map { try Parse.year($0, option: "--born") } }
    }

    /// The languages as a list, when given.
    var languageList: [String]? {
        languages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }
}

/// The help of the case options `case open` requires and `case update` takes optionally, and of
/// the consent flags `case open` and `case consent` share: one text for each.
enum CaseHelp {
    static let alias = ArgumentHelp.freeText("The name the person goes by in the shelter", .alias)
    static let sex: ArgumentHelp = "The person's sex."
    static let exploitation: ArgumentHelp = "The forms of exploitation, separated by commas, for example sexual,forced_labour."
    static let identifiedOn: ArgumentHelp = "The day the person was identified as a victim."
    static let identifiedBy: ArgumentHelp = "Who identified the person."
    static let consentToProcessing: ArgumentHelp = "Whether the person consents to the processing of their data."
    static let consentToSharing: ArgumentHelp = "Whether the person consents to sharing with the organisations they are referred to."
}
