import Foundation
import Testing
import TestSupport

/// Input limits through the binary (issue 13, item 7): caps named in `--help` and enforced,
/// bytes that are not UTF-8 refused with the argument or line they came from, and `-N`
/// accepted by every option that takes a date. Every refusal leaves the journal byte for byte.
extension CommandLineTests {
    /// Runs `run`, expects exit status `status` (1 unless told) with nothing on stdout and the
    /// journal unchanged, and returns standard error: ``refuse(_:sourceLocation:)`` for runs
    /// that are not plain arguments.
    func refusal(status: Int32 = 1, sourceLocation: SourceLocation = #_sourceLocation, _ run: () throws -> RunResult) throws -> String {
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        let result = try run()
        #expect(result.status == status, sourceLocation: sourceLocation)
        #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before, "the journal changed", sourceLocation: sourceLocation)
        return result.standardError
    }

    /// Runs `script` in `sh`, with `$0` the built `assist`, so that bytes no Swift string can
    /// hold reach its argv and standard input (written with `printf '\377'`).
    func shell(_ script: String, _ arguments: [String] = []) throws -> RunResult {
        var shell = AssistBinary(home: home.path, journal: journal, executable: URL(fileURLWithPath: "/bin/sh"))
        shell.environment["LC_ALL"] = "C.UTF-8"
        return try shell.run(["-c", script, AssistBinary.url.path] + arguments)
    }

    /// The journal of ``seeded()`` with its case identified 100 days ago; returns the case id.
    func identifiedLongAgo() throws -> String {
        let caseID = try seeded()
        try succeed(["case", "update", caseID, "--identified-on", "-100"])
        return caseID
    }

    /// The output of a command that must succeed, without its final newline.
    func value(_ arguments: [String], input: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try succeed(arguments, input: input, sourceLocation: sourceLocation).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The ISO date `days` from today in UTC, the zone the binary runs in here.
    func day(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(byAdding: .day, value: days, to: Date())!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test func aNoteAtItsCapIsSavedAndOneCharacterMoreIsRefused() throws {
        let caseID = try identifiedLongAgo()
        try succeed(["note", "add", caseID, String(repeating: "é", count: 20_000)])
        let error = try refusal { try assist.run(["note", "add", caseID, String(repeating: "é", count: 20_001)]) }
        #expect(error == "assist: The note is 20 001 characters long; a note may have at most 20 000. Split it into several notes.\n")
        let alias = try refusal { try assist.run(["case", "update", caseID, "--alias", String(repeating: "a", count: 201)]) }
        #expect(alias == "assist: The alias is 201 characters long; an alias may have at most 200. Shorten it.\n")
        let piped = try refusal { try assist.run(["note", "add", caseID, "-"], input: String(repeating: "x", count: 100_000)) }
        #expect(piped == "assist: Standard input is longer than the note may be (at most 20 000 characters); nothing was saved.\n")
    }

    /// Each option (or argument) that takes free text, with the cap its help must name.
    static let freeTextOptions: [(command: [String], option: String, cap: String)] = [
        (["init"], "--name", "at most 200 characters"),
        (["user", "add"], "--name", "at most 200 characters"),
        (["org", "add"], "--name", "at most 200 characters"),
        (["org", "add"], "--city", "at most 200 characters"),
        (["org", "add"], "--contact", "at most 200 characters"),
        (["org", "update"], "--name", "at most 200 characters"),
        (["org", "update"], "--city", "at most 200 characters"),
        (["org", "update"], "--contact", "at most 200 characters"),
        (["case", "open"], "--alias", "at most 200 characters"),
        (["case", "open"], "--legal-name", "at most 200 characters"),
        (["case", "open"], "--languages", "at most 20, each at most 200 characters"),
        (["case", "open"], "--shelter", "at most 200 characters"),
        (["case", "update"], "--alias", "at most 200 characters"),
        (["case", "update"], "--legal-name", "at most 200 characters"),
        (["case", "update"], "--languages", "at most 20, each at most 200 characters"),
        (["case", "update"], "--shelter", "at most 200 characters"),
        (["case", "extend"], "--reason", "at most 2 000 characters"),
        (["case", "close"], "--note", "at most 2 000 characters"),
        (["case", "reopen"], "--reason", "at most 2 000 characters"),
        (["step", "add"], "--note", "at most 20 000 characters"),
        (["step", "done"], "--note", "at most 20 000 characters"),
        (["referral", "send"], "--note", "at most 2 000 characters"),
        (["referral", "send"], "--override-consent", "at most 2 000 characters"),
        (["referral", "accept"], "--note", "at most 2 000 characters"),
        (["referral", "decline"], "--reason", "at most 2 000 characters"),
        (["referral", "complete"], "--note", "at most 2 000 characters"),
        (["referral", "withdraw"], "--reason", "at most 2 000 characters"),
        (["referral", "follow-up"], "--note", "at most 2 000 characters"),
        (["note", "add"], "<text>", "at most 20 000 characters"),
        (["amend"], "--reason", "at most 2 000 characters"),
        (["retract"], "--reason", "at most 2 000 characters"),
    ]

    @Test func helpNamesTheCapOfEveryOptionThatTakesFreeText() throws {
        for (command, option, cap) in Self.freeTextOptions {
            let help = try value(command + ["--help"])
            // The option's entry: its line and the indented lines that continue it, joined.
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let start = try #require(lines.firstIndex { $0.hasPrefix(option + " ") || $0 == option || $0.hasPrefix(option + " <") }, "\(command) \(option)")
            var entry = [lines[start]]
            for line in lines[(start + 1)...] {
                if line.isEmpty || line.hasPrefix("-") || line.hasPrefix("<") { break }
                entry.append(line)
            }
            let text = entry.joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(text.contains("(\(cap))."), "\(command.joined(separator: " ")) \(option): \(text)")
        }
    }

    @Test func anArgumentThatIsNotUTF8IsRefusedByTheOptionItBelongsTo() throws {
        let caseID = try identifiedLongAgo()
        let positional = try refusal { try shell(#"exec "$0" note add "$1" "$(printf 'caf\351')""#, [caseID]) }
        #expect(positional == "assist: Argument 4 is not valid UTF-8; nothing was saved.\n")
        let separate = try refusal { try shell(#"exec "$0" case update "$1" --alias "$(printf '\377')""#, [caseID]) }
        #expect(separate == "assist: The argument after --alias is not valid UTF-8; nothing was saved.\n")
        let attached = try refusal { try shell(#"exec "$0" step add "$1" --kind medical --note="$(printf 'ok \300\200')""#, [caseID]) }
        #expect(attached == "assist: The value of --note is not valid UTF-8; nothing was saved.\n")
        // The same bytes as valid UTF-8 are taken, so the refusal is about the encoding alone.
        try succeed(["note", "add", caseID, "café"])
    }

    @Test func standardInputThatIsNotUTF8IsRefusedByItsLine() throws {
        let caseID = try identifiedLongAgo()
        let note = try refusal { try shell(#"printf 'First line\nSecond line\ncaf\351\nFourth\n' | "$0" note add "$1" -"#, [caseID]) }
        #expect(note == "assist: Line 3 of standard input is not valid UTF-8; nothing was saved.\n")
        let step = try refusal { try shell(#"printf '\377' | "$0" step add "$1" --kind medical --note -"#, [caseID]) }
        #expect(step == "assist: Line 1 of standard input is not valid UTF-8; nothing was saved.\n")
        let seq = try value(["note", "add", caseID, "-"], input: "Første linje\nanden linje\n\n")
        let saved = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(saved.contains(#""seq":\#(seq),"#) && saved.contains(#""text":"Første linje\nanden linje""#))
    }

    @Test func everyDateOptionTakesANegativeRelativeDate() throws {
        let caseID = try identifiedLongAgo()
        try succeed(["case", "update", caseID, "--identified-on", "-90"])
        try succeed(["case", "reflection", caseID, "--date", "-90"])
        try succeed(["case", "extend", caseID, "--until", "-10", "--reason", "Prepared return"])
        let step = try value(["step", "add", caseID, "--kind", "medical", "--date", "-5"])
        let planned = try value(["step", "add", caseID, "--kind", "medical", "--date", "-4", "--planned"])
        try succeed(["step", "done", planned, "--date", "-3"])
        func referral() throws -> String {
            try value(["referral", "send", caseID, "--org", "redcross", "--service", "medical", "--date", "-20", "--respond-by", "-13"])
        }
        let accepted = try referral()
        try succeed(["referral", "accept", accepted, "--date", "-15", "--service-date", "-12"])
        try succeed(["referral", "complete", accepted, "--date", "-11"])
        try succeed(["referral", "decline", try referral(), "--date", "-19", "--reason", "Full."])
        try succeed(["referral", "withdraw", try referral(), "--date", "-18", "--reason", "Not needed."])
        try succeed(["referral", "follow-up", try referral(), "--date", "-17", "--note", "Called."])
        try succeed(["amend", step, "--reason", "Wrong day.", "--set", "date=-6"])
        try succeed(["case", "close", caseID, "--reason", "integrated", "--date", "-1"])
        try succeed(["log", "--date", "-1"])

        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        func data(_ type: String) -> [Substring] { lines.filter { $0.contains(#""type":"\#(type)""#) } }
        #expect(data("case.updated").last?.contains(#""identified_on":"\#(day(-90))""#) == true)
        #expect(data("case.reflection_extended").first?.contains(#""ends_on":"\#(day(-10))""#) == true)
        #expect(data("step.done").first?.contains(#""done_on":"\#(day(-3))""#) == true)
        #expect(data("referral.sent").first?.contains(#""made_on":"\#(day(-20))","respond_by":"\#(day(-13))""#) == true)
        #expect(data("referral.accepted").first?.contains(#""on":"\#(day(-15))","service_date":"\#(day(-12))""#) == true)
        #expect(data("entry.amended").first?.contains(#""date":"\#(day(-6))""#) == true)
        #expect(data("case.closed").first?.contains(#""closed_on":"\#(day(-1))""#) == true)
    }

    @Test func reportsTakeNegativeDatesAndLastYearAsMinusOne() throws {
        _ = try identifiedLongAgo()
        let range = try value(["report", "--from", "-3", "--to", "-1", "--format", "json"])
        #expect(range.contains(#""from":"\#(day(-3))""#) && range.contains(#""to":"\#(day(-1))""#))
        let thisYear = Int(day(0).prefix(4))!
        let lastYear = try value(["report", "--year", "-1", "--format", "json"])
        #expect(lastYear.contains(#""from":"\#(thisYear - 1)-01-01""#) && lastYear.contains(#""to":"\#(thisYear - 1)-12-31""#))
        let bad = try refusal { try assist.run(["report", "--year=-x"]) }
        #expect(bad == "assist: --year: '-x' is not a year; use four digits (for example 2025), -N for N years ago or +N for N years ahead.\n")
    }
}
