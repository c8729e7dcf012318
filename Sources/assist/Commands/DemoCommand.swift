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

    @Flag(help: "Replace an existing demo journal at that path (never any other file).")
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
        let path = try JournalLocation.demoPath(explicit: journalOptions.journal, environment: ProcessInfo.processInfo.environment)
        let count = try DemoWriter.write(to: path, seed: seed, cases: cases, replacing: force)
        print("Wrote the demo journal \(path): \(count) entries, \(cases) cases.")
    }
}

/// Writes demo journals for `assist demo` and `assist --demo`.
enum DemoWriter {
    /// Creates the demo journal at `path` and returns how many entries it holds; with
    /// `replacing`, replaces a demo journal there, and never anything else.
    static func write(to path: String, seed: UInt64, cases: Int, replacing: Bool) throws -> Int {
        var count = 0
        do {
            try JournalFile.writeDemo(at: path, replacing: replacing) {
                let entries = DemoJournal.entries(
                    seed: seed, cases: cases, creator: SystemLogin.current(), today: CalendarDate.today(), zone: .current)
                count = entries.count
                return entries
            }
        } catch .alreadyExists {
            throw DemoError.exists(path)
        } catch .notADemoJournal {
            throw DemoError.notADemo(path)
        }
        return count
    }
}

/// Why a demo journal was not written.
enum DemoError: Error, CustomStringConvertible {
    case exists(String)
    case notADemo(String)

    var description: String {
        switch self {
        case .exists(let path):
            "\(path) already exists; add --force to replace it, or choose another path with --journal."
        case .notADemo(let path):
            "\(path) is not a demo journal, so --force does not replace it and it was left as it is; choose another path for the demo with --journal."
        }
    }
}
