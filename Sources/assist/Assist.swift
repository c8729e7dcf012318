import AssistanceCore
import ArgumentParser
import Foundation

/// The `assist` command: with no subcommand it opens the terminal UI; subcommands record and
/// query everything from scripts.
@main
struct Assist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assist",
        abstract: "Case management for the people who help victims of human trafficking.",
        discussion: """
            Run with no subcommand to open the terminal UI on the journal. Every record lives in \
            one append-only journal file: see 'assist verify'. Dates accept YYYY-MM-DD, today, \
            yesterday, tomorrow, -N (N days ago) and +N (N days ahead), wherever a date is asked \
            for (also as --set FIELD=-N of 'assist amend'). Free text has a cap, named in each \
            option's help; arguments and standard input must be UTF-8. Shell completion: \
            'assist --generate-completion-script bash' (or zsh, fish) prints the script to install.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, DemoCommand.self, VerifyCommand.self,
            UserCommand.self, OrgCommand.self,
            CaseCommand.self, CasesCommand.self, StepCommand.self,
            ReferralCommand.self, ReferralsCommand.self, NoteCommand.self,
            LogCommand.self, AmendCommand.self, RetractCommand.self, ReportCommand.self, ExportCommand.self,
        ])

    @OptionGroup var journalOptions: JournalOptions

    @Flag(help: "Open the UI on the demo journal, creating it first if it is missing.")
    var demo = false

    @Flag(help: "Monochrome: bold, reverse and underline carry the meaning (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: ArgumentHelp("The screen to open on; without it, your role decides.", valueName: "screen"))
    var screen: StartScreen?

    /// Refusals begin with the program's name, as every other message on standard error does.
    static var _errorPrefix: String { "assist: " }

    /// Checks and prepares the raw command line (see ``RawArguments``), then runs the command
    /// ArgumentParser finds in it (see ``CommandLineRun``).
    static func main() {
        switch RawArguments.current() {
        case .success(let arguments):
            CommandLineRun.run(arguments)
        case .failure(let error):
            printError(error.description)
            Foundation.exit(1)
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path: String
        if demo {
            path = try JournalLocation.demoPath(explicit: journalOptions.journal, environment: environment)
            if !FileManager.default.fileExists(atPath: path) {
                _ = try DemoWriter.write(to: path, seed: 1, cases: 80, replacing: false)
            }
        } else {
            path = try journalOptions.resolvedPath()
        }
        let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        try InterfaceLauncher.run(journalPath: path, monochrome: monochrome, screen: screen)
    }
}

/// The screens `--screen` can open on.
enum StartScreen: String, CaseIterable {
    case cases, referrals, activity, organisations, reports
}
