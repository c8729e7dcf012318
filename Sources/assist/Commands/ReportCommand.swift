import AssistanceCore
import AssistanceTUI
import ArgumentParser
import Foundation

/// `assist report`: the period statistics the centre publishes (DESIGN.md §7).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the statistics of a period: cases, reflection periods, steps, referrals and caseload.",
        discussion: "Without --from, --to or --year the period is the current year.")

    /// How the report is printed.
    enum Format: String, CaseIterable {
        case text, csv, json
    }

    @OptionGroup var journalOptions: JournalOptions
    @Option(help: ArgumentHelp("The first day of the period (default: 1 January of --to's year).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("The last day of the period (default: 31 December of --from's year).", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("A whole calendar year, instead of --from and --to: four digits, or -N for N years ago (-1 is last year).", valueName: "year"))
    var year: String?
    @Option(help: "How to print the report.") var format: Format = .text
    @Option(name: .customLong("suppress-below"), help: ArgumentHelp("Show counts from 1 to N-1 as <N, for publication.", valueName: "n"))
    var suppressBelow: Int?
    @Option(help: ArgumentHelp("Write one CSV file per table into this directory instead of printing.",
                               discussion: OutputFilesHelp.text, valueName: "dir")) var out: String?

    func validate() throws {
        if year != nil, from != nil || to != nil {
            throw ValidationError("--year cannot be combined with --from or --to; give either a year or a range of days.")
        }
        if let suppressBelow, suppressBelow < 2 {
            throw ValidationError("--suppress-below must be 2 or more, since a threshold of '\(suppressBelow)' would hide nothing.")
        }
        if out != nil, format != .csv {
            throw ValidationError("--out writes CSV files; use it with --format csv.")
        }
    }

    func run() throws {
        let period = try resolvedPeriod()
        let state = try journalOptions.openStore().state
        let report = PeriodReport.build(from: state, period: period, suppressBelow: suppressBelow)
        if let out {
            let files = report.tables.map { OutputFile(name: "\($0.id).csv", contents: $0.csv()) }
            let paths = try ExportFiles.write(files, into: out)
            print("Wrote \(paths.count) files into \(out).")
            return
        }
        switch format {
        case .text: print(report.text(width: DisplayWidth.of), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        case .json: printJSON(report.json())
        }
    }

    /// The period from the options: a year, a range, or the current year.
    func resolvedPeriod() throws -> ReportPeriod {
        if let year {
            return .year(try Parse.reportYear(year, option: "--year"))
        }
        let first = try Parse.optionalDate(from, option: "--from")
        let last = try Parse.optionalDate(to, option: "--to")
        let thisYear = ReportPeriod.year(Parse.today.year)
        let start = first ?? last.map { ReportPeriod.year($0.year).from } ?? thisYear.from
        let end = last ?? first.map { ReportPeriod.year($0.year).to } ?? thisYear.to
        guard let period = ReportPeriod(from: start, to: end) else {
            throw OptionValueError(option: "--to", problem: "The period ends on \(end), before it starts on \(start); give a --to on or after --from.")
        }
        return period
    }
}
