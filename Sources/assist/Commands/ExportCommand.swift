import AssistanceCore
import ArgumentParser
import Foundation

/// `assist export`: every entity as files for spreadsheets and other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write cases, steps, referrals, organisations, notes and users as CSV or JSON-lines files.",
        discussion: """
            Full legal names are left out unless --include-names is given. \(OutputFilesHelp.text)
            """)

    /// The file format.
    enum Format: String, CaseIterable {
        case csv, jsonl
    }

    @OptionGroup var journalOptions: JournalOptions
    @Option(help: "The file format: csv writes one file per entity with a header row, jsonl one object per line.")
    var format: Format
    @Option(help: ArgumentHelp("The directory to write into (default: ./assist-export-YYYY-MM-DD).", valueName: "dir")) var out: String?
    @Flag(help: "Include full legal names in the cases file.") var includeNames = false

    func run() throws {
        let state = try journalOptions.openStore().state
        let directory = out ?? "assist-export-\(Parse.today)"
        let files = EntityExport.tables(from: state, includeNames: includeNames).map { table in
            format == .csv
                ? OutputFile(name: "\(table.name).csv", contents: table.csv())
                : OutputFile(name: "\(table.name).jsonl", contents: table.jsonLines())
        }
        let paths = try ExportFiles.write(files, into: directory)
        print("Wrote \(paths.count) files into \(directory).")
    }
}
