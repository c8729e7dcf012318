import AssistanceCore
import ArgumentParser
import Foundation

/// `assist demo`: writes a fictional, realistic journal to try the tool on.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a fictional, realistic demo journal.",
        discussion: """
            Without --journal the demo goes to demo.jsonl beside the default journal, never into \
            the real journal. Every person, place and note in it is invented.
            """)

    @OptionGroup var journalOptions: JournalOptions

    @Flag(help: "Replace an existing file at that path.")
    var force = false

    @Option(help: "Seed of the generator: the same seed gives the same journal.")
    var seed: UInt64 = 1

    @Option(help: "Number of cases; everything else scales with it.")
    var cases: Int = 80

    func validate() throws {
        guard (1...1_000_000).contains(cases) else {
            throw ValidationError("--cases must be between 1 and 1000000, not \(cases).")
        }
    }

    func run() throws {
        try reportingErrors {
            let path = try JournalLocation.demoPath(explicit: journalOptions.journal, environment: ProcessInfo.processInfo.environment)
            let count = try DemoWriter.write(to: path, seed: seed, cases: cases, replacing: force)
            print("Wrote the demo journal \(path): \(count) entries, \(cases) cases.")
        }
    }
}

/// Writes demo journals for `assist demo` and `assist --demo`.
enum DemoWriter {
    /// Creates the demo journal at `path` and returns how many entries it holds.
    static func write(to path: String, seed: UInt64, cases: Int, replacing: Bool) throws -> Int {
        if FileManager.default.fileExists(atPath: path) {
            guard replacing else {
                throw DemoError.exists(path)
            }
            try FileManager.default.removeItem(atPath: path)
        }
        let login = SystemLogin.current()
        let file = try JournalFile.create(at: path)
        let entries = DemoJournal.entries(
            seed: seed, cases: cases, creator: login, today: CalendarDate.today(), zone: .current)
        try file.appendBatch(entries)
        return entries.count
    }
}

/// Why a demo journal was not written.
enum DemoError: Error, CustomStringConvertible {
    case exists(String)

    var description: String {
        switch self {
        case .exists(let path):
            "\(path) already exists; add --force to replace it, or choose another path with --journal."
        }
    }
}
