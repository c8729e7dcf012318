import Testing
@testable import AssistanceCore

/// Issue 16: the Cases list, the vocabulary and the country names find people and things by
/// their folded names, through the core's API; and likely duplicates are flagged when a case
/// is opened.
@Suite struct NameSearchTests {
    /// Opens a case as Mette with the details that duplicates and filters look at.
    static func open(
        _ journal: inout TestJournal, alias: String, legalName: String? = nil, country: String? = "VN", born: Int? = 1990
    ) throws -> String {
        let details = CaseDetails(
            alias: alias, legalName: legalName, sex: .male, birthYear: born, nationality: country.flatMap { Country(code: $0) },
            exploitationForms: [.forcedLabour], identifiedOn: journal.today.adding(days: -3), identifiedBy: .police, caseworker: "mette")
        return try journal.record(.openCase(details), by: "mette").prepared.createdID!
    }

    @Test func theCasesListFindsDiacriticNamesByPlainQueries() throws {
        var journal = try TestJournal.staffed()
        let duc = try Self.open(&journal, alias: "Nguyễn Văn Đức")
        let soren = try Self.open(&journal, alias: "Søren Ærø", country: "DK")
        let olena = try Self.open(&journal, alias: "Олена", country: "UA")
        let state = journal.state
        let list = state.caseRowList(.open, today: journal.today)
        let expected: [(String, [String])] = [
            ("duc", [duc]), ("nguyen van", [duc]), ("soeren", [soren]), ("aero", [soren]), ("olena", [olena]),
            ("denmark", [soren]), ("viet nam", [duc]), ("c-2026", [duc, soren, olena]), ("dux", []),
        ]
        for (query, ids) in expected {
            #expect(state.caseRows(.open, matching: query, today: journal.today).map(\.id) == ids, "'\(query)'")
            #expect(list.positions(matching: query).map { list.rows[$0].id } == ids, "'\(query)'")
        }
    }

    @Test func renamingACaseRefoldsItsKeyAndTheLegalNameIsNeverSearched() throws {
        var journal = try TestJournal.staffed()
        let caseID = try Self.open(&journal, alias: "Hoa", legalName: "Trần Thị Hồng")
        #expect(journal.state.caseRows(.open, matching: "tran", today: journal.today).isEmpty)
        try journal.record(.updateCase(caseID: caseID, changes: CaseChanges(alias: "Đức")), by: "mette")
        #expect(journal.state.caseRows(.open, matching: "duc", today: journal.today).map(\.id) == [caseID])
        #expect(journal.state.caseRows(.open, matching: "hoa", today: journal.today).isEmpty)
    }

    @Test func vocabularyAndCountriesAcceptFoldedNamesButExactTokensWin() throws {
        #expect(try Country.parse("cote d'ivoire").code == "CI")
        #expect(try Country.parse("Turkiye").code == "TR")
        #expect(try Country.parse("CI").code == "CI")
        #expect(Country.matching(prefix: "cote").map(\.code) == ["CI"])
        #expect(Country.matching(prefix: "türk").map(\.code) == ["TM", "TC", "TR"])
        #expect(try ExploitationForm.parse("forced-labour") == .forcedLabour)
        #expect(try ExploitationForm.parse("Forced labour") == .forcedLabour)
        #expect(try StepKind.parse("legal-counselling") == .legalCounselling)
        // "other" is a token of its own; folding never lets a label shadow it.
        #expect(try ExploitationForm.parse("other") == .other)
        #expect(throws: VocabularyError.self) { try ExploitationForm.parse("forced") }
    }

    @Test func aDiacriticFreeSpellingOfTheSamePersonIsALikelyDuplicate() throws {
        var journal = try TestJournal.staffed()
        let first = try Self.open(&journal, alias: "Nguyễn Văn Đức", born: 1990)
        _ = try Self.open(&journal, alias: "Linh", born: 1991)
        let state = journal.state
        let flagged = state.likelyDuplicates(alias: "Nguyen Van Duc", legalName: nil, nationality: Country(code: "VN"), birthYear: 1991)
        #expect(flagged == [LikelyDuplicate(caseID: first, alias: "Nguyễn Văn Đức")])
        #expect(state.likelyDuplicates(alias: "Nguyen Van Duc", legalName: nil, nationality: Country(code: "TH"), birthYear: 1991).isEmpty)
        #expect(state.likelyDuplicates(alias: "Nguyen Van Duc", legalName: nil, nationality: Country(code: "VN"), birthYear: 1980).isEmpty)
        // Unknown nationality or birth year on either side does not rule a case out.
        #expect(state.likelyDuplicates(alias: "Nguyen Van Duc", legalName: nil, nationality: nil, birthYear: nil).map(\.caseID) == [first])
        // The case just opened is not its own duplicate.
        #expect(state.likelyDuplicates(alias: "Nguyễn Văn Đức", legalName: nil, nationality: nil, birthYear: nil, excluding: first).isEmpty)
    }

    @Test func legalNamesWordOrderAndOneSlipAreLikelyDuplicatesToo() throws {
        var journal = try TestJournal.staffed()
        let hong = try Self.open(&journal, alias: "Hoa", legalName: "Trần Thị Hồng", born: nil)
        let soren = try Self.open(&journal, alias: "Søren Ærø", country: "DK")
        let state = journal.state
        #expect(state.likelyDuplicates(alias: "Tran Thi Hong", legalName: nil, nationality: nil, birthYear: 1985).map(\.caseID) == [hong])
        #expect(state.likelyDuplicates(alias: "X", legalName: "Hong Tran Thi", nationality: nil, birthYear: nil).map(\.caseID) == [hong])
        #expect(state.likelyDuplicates(alias: "Soeren Aeroe", legalName: nil, nationality: nil, birthYear: nil).map(\.caseID) == [soren])
        #expect(state.likelyDuplicates(alias: "Sorne Aero", legalName: nil, nationality: nil, birthYear: nil).map(\.caseID) == [soren])
        #expect(state.likelyDuplicates(alias: "Soren", legalName: nil, nationality: nil, birthYear: nil).map(\.caseID) == [soren])
        // A short alias inside a longer name, or a different name, is not enough.
        #expect(state.likelyDuplicates(alias: "Tran", legalName: nil, nationality: nil, birthYear: nil).isEmpty)
        #expect(state.likelyDuplicates(alias: "Bjørn Ærø", legalName: nil, nationality: nil, birthYear: nil).isEmpty)
        #expect(state.likelyDuplicates(alias: "--", legalName: nil, nationality: nil, birthYear: nil).isEmpty)
    }

    @Test func editDistanceCountsSwapsAsOneAndStopsPastTheLimit() {
        let distance = { (first: String, second: String, limit: Int) in
            NameSimilarity.editDistance(Array(first.utf8), Array(second.utf8), atMost: limit)
        }
        #expect(distance("nguyen", "ngyuen", 2) == 1)
        #expect(distance("nguyen", "nguyen", 2) == 0)
        #expect(distance("duc", "dung", 2) == 2)
        #expect(distance("abcdef", "abcxyz", 2) == 3)
        #expect(distance("abc", "abcdef", 2) == 3)
        #expect(distance("", "ab", 2) == 2)
    }
}
