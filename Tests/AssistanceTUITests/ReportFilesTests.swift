import AssistanceCore
@testable import AssistanceRuntime
import Foundation
import Testing
@testable import AssistanceTUI
import TestSupport

/// `w` on the Reports screen: one CSV file per table, written through the same
/// `AppRuntime` the app's terminal loop uses, private to the user and never overwriting.
@Suite struct ReportFilesTests {
    /// Keys that open the directory form, replace the default with `directory` and write.
    static func writing(into directory: String) -> [Key] {
        [.character("w"), .control("u")] + typing(directory) + [.enter]
    }

    @Test func directoryFormIsPrefilledWithTheDefault() throws {
        let (model, _) = drive(ReportFixture.app(try ReportFixture.desk()), keys: [.character("w")])
        #expect(ReportFixture.screen(model)?.form?.values == ["directory": "~/assist-reports/2026-01-01_2026-12-31"])
        #expect(model.render().lines.contains { $0.contains("Write CSV files") })
    }

    @Test func wWritesOneCSVFilePerTableAsShownAndSaysWhere() throws {
        let desk = try ReportFixture.desk()
        let target = desk.directory.file("reports/2026")
        let model = desk.drive(ReportFixture.app(desk), keys: [.character("s")] + Self.writing(into: target))
        let screen = try #require(ReportFixture.screen(model))
        #expect(screen.form == nil)
        #expect(model.message == MessageLine(.info, "Wrote 12 CSV files into \(target)."))
        let report = PeriodReport.build(from: desk.store.state, period: .year(2026), suppressBelow: 5)
        let names = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        #expect(names == report.tables.map { "\($0.id).csv" }.sorted())
        for table in report.tables {
            let path = target + "/" + table.id + ".csv"
            #expect(try String(contentsOfFile: path, encoding: .utf8) == table.csv())
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let sex = try String(contentsOfFile: target + "/identified_by_sex.csv", encoding: .utf8)
        #expect(sex.contains("Male,<5"))
    }

    /// Files that exist are never overwritten: the form stays open with the reason next to
    /// the directory and what was typed, and nothing in the directory changes.
    @Test func aRefusedWriteKeepsTheFormAndSaysWhy() throws {
        let desk = try ReportFixture.desk()
        let target = desk.directory.file("out")
        let first = desk.drive(ReportFixture.app(desk), keys: Self.writing(into: target))
        let before = try String(contentsOfFile: target + "/cases.csv", encoding: .utf8)
        let second = desk.drive(first, keys: [.character("s")] + Self.writing(into: target))
        let screen = try #require(ReportFixture.screen(second))
        #expect(screen.form?.values == ["directory": target])
        #expect(!screen.isWriting)
        #expect(second.message?.kind == .error)
        #expect(second.message?.text == "Nothing was written: 12 files are already there; pick another directory.")
        #expect(second.render().lines[22] == "Error: Nothing was written: 12 files are already there; pick another directory.")
        #expect(second.render().lines.contains { $0.contains("! Nothing was written: 12 files are already") })
        #expect(try String(contentsOfFile: target + "/cases.csv", encoding: .utf8) == before)
        let (closed, _) = drive(second, keys: [.escape])
        #expect(ReportFixture.screen(closed)?.form == nil)
    }

    /// Issue 13: `w` goes through the core's one writer, so a link planted at a file's name is
    /// refused there as by `assist report --out`: the form stays open with the reason and
    /// nothing is written anywhere, least of all where the link points.
    @Test func aPlantedSymbolicLinkIsRefusedAndNothingIsWritten() throws {
        let desk = try ReportFixture.desk()
        let victim = desk.directory.file("victim.txt")
        try Data("the victim's bytes".utf8).write(to: URL(fileURLWithPath: victim))
        let target = desk.directory.file("reports")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: target + "/caseload.csv", withDestinationPath: victim)
        let before = FileTree(desk.directory.path)
        let refusal = "Nothing was written because \(target)/caseload.csv is a symbolic link, which output files never follow; remove the link or choose another directory."

        let files = [OutputFile(name: "cases.csv", contents: "x\r\n"), OutputFile(name: "caseload.csv", contents: "y\r\n")]
        #expect(desk.runtime.answer(.writeFiles(directory: target, files: files)) == [.effectResult(.filesNotWritten(message: refusal))])
        let model = desk.drive(ReportFixture.app(desk), keys: Self.writing(into: target))
        #expect(ReportFixture.screen(model)?.form?.values == ["directory": target])
        #expect(model.message == MessageLine(.error, refusal))
        #expect(FileTree(desk.directory.path) == before)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "the victim's bytes")
    }

    /// A directory typed as a link to another is refused too, and the other directory stays empty.
    @Test func aDirectoryThatIsASymbolicLinkIsRefused() throws {
        let desk = try ReportFixture.desk()
        let elsewhere = desk.directory.file("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
        let link = desk.directory.file("reports")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: elsewhere)
        let model = desk.drive(ReportFixture.app(desk), keys: Self.writing(into: link))
        #expect(model.message?.text.hasPrefix("Nothing was written because \(link) is a symbolic link") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test func aLeadingTildeIsTheHomeDirectory() {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        #expect(StoreSession.expandingHome(in: "~/assist-reports/2026") == home + "/assist-reports/2026")
        #expect(StoreSession.expandingHome(in: "~") == home)
        #expect(StoreSession.expandingHome(in: "/tmp/~x") == "/tmp/~x")
        #expect(StoreSession.write([], into: "  ") == .filesNotWritten(
            message: "No directory was given; type the directory the files should be written into."))
    }
}
