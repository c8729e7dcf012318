import Foundation
import Testing
import TestSupport

/// Issue 13, item 6: whatever is stored, the built binary's output is safe to print (no raw
/// control, DEL, C1 or bidi character in any format) and to open (CSV text a spreadsheet would
/// run as a formula is neutralised), in listings, reports and export files alike.
@Suite struct OutputSafetyTests {
    let home = TemporaryDirectory()
    var journal: String { home.file("journal.jsonl") }
    var assist: AssistBinary { AssistBinary(home: home.path, journal: journal) }

    /// ESC sequences (clear screen, OSC 52 writing the clipboard), BEL, C1 CSI, DEL and a
    /// right-to-left override.
    static let hostile = "A\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07}B\u{07}C\u{9B}31mD\u{7F}E\u{202E}F"
    /// `hostile` as text and CSV show it.
    static let shown = #"A\e[2J\e]52;c;SGVsbG8=\u{7}B\u{7}C\u{9B}31mD\u{7F}E\u{202E}F"#
    /// `hostile` as JSON writes it.
    static let json = #"A\u001b[2J\u001b]52;c;SGVsbG8=\u0007B\u0007C\u009b31mD\u007fE\u202eF"#

    @discardableResult
    func succeed(_ arguments: [String], input: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try assist.run(arguments, input: input)
        #expect(result.status == 0, "assist \(arguments) failed: \(result.standardError)", sourceLocation: sourceLocation)
        return result.standardOutput
    }

    /// Opens a case with `alias`, today, sharing allowed, and returns its id.
    func openCase(alias: String) throws -> String {
        try succeed([
            "case", "open", "--alias=\(alias)", "--sex", "female", "--exploitation", "sexual", "--identified-on", "today",
            "--consent-share", "--caseworker", "mette",
        ]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every regular file under `directory` by name, read as UTF-8.
    func files(in directory: String) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        var contents: [String: String] = [:]
        for name in names { contents[name] = try String(contentsOfFile: directory + "/" + name, encoding: .utf8) }
        return contents
    }

    @Test func everyListingInEveryFormatPrintsNoRawControl() throws {
        try succeed(["init", "--name", "Test Admin"])
        try succeed(["user", "add", "mette", "--name", Self.hostile, "--role", "caseworker"])
        try succeed(["org", "add", "evil", "--name", Self.hostile, "--kind", "ngo", "--city", Self.hostile])
        let caseID = try openCase(alias: Self.hostile)
        try succeed(["note", "add", caseID, Self.hostile + "\nsecond line"])
        try succeed(["step", "add", caseID, "--kind", "medical", "--date", "today", "--org", "evil", "--note", Self.hostile])
        try succeed(["referral", "send", caseID, "--org", "evil", "--service", "accommodation"])

        let listings: [[String]] = [["cases", "--status", "all"], ["referrals", "--status", "all"], ["org", "list"], ["user", "list"], ["report"]]
        var runs = listings.flatMap { command in ["text", "csv", "json"].map { command + ["--format", $0] } }
        runs += [["case", "show", caseID], ["case", "show", caseID, "--format", "json"], ["log"], ["log", "--format", "json"]]
        for arguments in runs {
            let output = try succeed(arguments)
            #expect(RawControls.found(in: output) == [], "assist \(arguments.joined(separator: " "))")
            let isJSON = arguments.last == "json"
            #expect(output.contains(isJSON ? Self.json : Self.shown), "assist \(arguments.joined(separator: " ")) shows the stored text escaped")
        }
        let show = try succeed(["case", "show", caseID])
        #expect(show.contains("Added a note to the case — " + Self.shown + "\n"), "the timeline shows a note's first line, escaped")

        let exports = [home.file("csv"), home.file("jsonl"), home.file("report")]
        try succeed(["export", "--format", "csv", "--out", exports[0]])
        try succeed(["export", "--format", "jsonl", "--out", exports[1]])
        try succeed(["report", "--format", "csv", "--out", exports[2]])
        for directory in exports {
            let written = try files(in: directory)
            #expect(written.count >= 6)
            for (name, contents) in written { #expect(RawControls.found(in: contents) == [], "\(directory)/\(name)") }
        }
        #expect(try files(in: exports[0])["organisations.csv"]?.contains("evil,\(Self.shown),ngo,,\(Self.shown),true\r\n") == true)
        #expect(try files(in: exports[1])["notes.jsonl"]?.contains(Self.json + #"\nsecond line""#) == true)
        #expect(try files(in: exports[2])["referrals_by_organisation.csv"]?.contains(Self.shown + ",1,") == true)
    }

    @Test func jsonOutputParsesAndRoundTripsTheStoredText() throws {
        try succeed(["init", "--name", "Test Admin"])
        try succeed(["user", "add", "mette", "--name", Self.hostile, "--role", "caseworker"])
        try succeed(["org", "add", "evil", "--name", Self.hostile, "--kind", "ngo"])
        let caseID = try openCase(alias: Self.hostile)
        try succeed(["note", "add", caseID, Self.hostile + "\nsecond line"])
        try succeed(["referral", "send", caseID, "--org", "evil", "--service", "accommodation"])

        func objects(_ arguments: [String]) throws -> [[String: Any]] {
            let output = try succeed(arguments + ["--format", "json"])
            return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]], "\(arguments)")
        }
        #expect(try objects(["cases"]).first?["alias"] as? String == Self.hostile)
        #expect(try objects(["referrals"]).first?["alias"] as? String == Self.hostile)
        #expect(try objects(["org", "list"]).first?["name"] as? String == Self.hostile)
        #expect(try objects(["user", "list"]).contains { $0["name"] as? String == Self.hostile })
        let show = try succeed(["case", "show", caseID, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any])
        #expect(object["alias"] as? String == Self.hostile)
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        #expect(timeline.contains { $0["detail"] as? String == Self.hostile }, "the timeline holds a note's first line")
    }

    @Test func formulaCellsAreNeutralisedInListingsReportsAndExports() throws {
        try succeed(["init", "--name", "Test Admin"])
        try succeed(["user", "add", "mette", "--name=-2+3", "--role", "caseworker"])
        try succeed(["org", "add", "calc", "--name", "@cmd", "--kind", "ngo", "--city=-2+3", "--contact", "=1+1"])
        let aliases = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "Plain Alias"]
        let ids = try aliases.map(openCase)
        try succeed(["note", "add", ids[0], "-"], input: "+SUM(A1)")
        try succeed(["referral", "send", ids[0], "--org", "calc", "--service", "accommodation"])

        let cases = try succeed(["cases", "--format", "csv"])
        let expectedAliases = [#""'=1+1""#, #""'+SUM(A1)""#, #""'-2+3""#, #""'@cmd""#, #""'\tx""#, #""'\rx""#, "Plain Alias"]
        for (id, alias) in zip(ids, expectedAliases) {
            #expect(cases.contains("\r\n\(id),\(alias),,sexual,open,mette,"), "\(alias) in cases.csv")
        }
        #expect(cases.contains("\r\n\(ids[0]),\"'=1+1\",,sexual,open,mette,,,1,0,"), "counts stay numbers")
        #expect(try succeed(["referrals", "--format", "csv"]).contains(",\(ids[0]),\"'=1+1\",calc,accommodation,"))
        #expect(try succeed(["org", "list", "--format", "csv"]).contains("\r\ncalc,\"'@cmd\",ngo,\"'-2+3\",yes,1,0\r\n"))
        #expect(try succeed(["user", "list", "--format", "csv"]).contains("\r\nmette,\"'-2+3\",caseworker\r\n"))
        #expect(try succeed(["report", "--format", "csv"]).contains("\r\n\"'@cmd\",1,"))

        let export = home.file("export")
        try succeed(["export", "--format", "csv", "--out", export])
        let written = try files(in: export)
        #expect(written["organisations.csv"]?.contains("\r\ncalc,\"'@cmd\",ngo,\"'=1+1\",\"'-2+3\",true\r\n") == true)
        #expect(written["notes.csv"]?.contains(",\"'+SUM(A1)\",false\r\n") == true)
        #expect(written["users.csv"]?.contains("\r\nmette,\"'-2+3\",caseworker\r\n") == true)
        for (id, alias) in zip(ids, expectedAliases) {
            #expect(written["cases.csv"]?.contains("\r\n\(id),\(alias),female,") == true, "\(alias) in the exported cases.csv")
        }
        let report = home.file("report")
        try succeed(["report", "--format", "csv", "--out", report])
        #expect(try files(in: report)["referrals_by_organisation.csv"]?.contains("\r\n\"'@cmd\",1,") == true)
    }

    @Test func anErrorQuotingTypedTextEscapesIt() throws {
        try succeed(["init", "--name", "Test Admin"])
        let result = try assist.run(["referrals", "--org", Self.hostile])
        #expect(result.status == 1 && result.standardOutput.isEmpty)
        #expect(result.standardError == "assist: --org: There is no organisation '\(Self.shown)'; 'assist org list' lists them.\n")
    }
}
