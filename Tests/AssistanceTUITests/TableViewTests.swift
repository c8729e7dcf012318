import Testing
@testable import AssistanceTUI

@Suite struct TableViewTests {
    static let columns = [
        TableColumn("Case", minimumWidth: 4),
        TableColumn("Alias", minimumWidth: 6, flex: 1),
        TableColumn("Days", minimumWidth: 4, alignment: .right),
    ]

    static func numberedRows(_ count: Int) -> [TableRow] {
        (1...count).map { TableRow(["C\($0)", "P\($0)", "\($0 * 10)"]) }
    }

    @Test func drawsHeaderRowsAndRightAlignedNumbers() {
        let table = TableView(columns: Self.columns, rows: Self.numberedRows(2))
        let lines = rendered(width: 20, height: 4) { canvas, area in table.draw(into: &canvas, area: area) }
        #expect(lines == [
            "Case Alias      Days",
            "C1   P1           10",
            "C2   P2           20",
            "",
        ])
    }

    @Test func selectedRowIsReversedAcrossTheWholeWidth() {
        var table = TableView(columns: Self.columns, rows: Self.numberedRows(3))
        let handled = table.handle(key: .character("j"), visibleRows: 3)
        #expect(handled)
        var canvas = Canvas(width: 20, height: 4)
        table.draw(into: &canvas, area: canvas.area)
        #expect(canvas[0, 2].style == .selected)
        #expect(canvas[19, 2].style == .selected)
        #expect(canvas[0, 1].style == .normal)
    }

    @Test func markerColumnShowsEachRowsMark() {
        let table = TableView(columns: Self.columns, rows: [
            TableRow(["C1", "P1", "1"], marker: "!"), TableRow(["C2", "P2", "2"]),
        ])
        let lines = rendered(width: 20, height: 3) { canvas, area in table.draw(into: &canvas, area: area) }
        #expect(lines == ["  Case Alias    Days", "! C1   P1          1", "  C2   P2          2"])
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var table = TableView(columns: Self.columns, rows: Self.numberedRows(10))
        for _ in 0..<4 { _ = table.handle(key: .down, visibleRows: 3) }
        #expect(table.selection == 4)
        #expect(table.scrollOffset == 2)
        let lines = rendered(width: 20, height: 4) { canvas, area in table.draw(into: &canvas, area: area) }
        #expect(lines == ["Case Alias      Days", "C3   P3           30", "C4   P4           40", "C5   P5           50"])
        _ = table.handle(key: .character("k"), visibleRows: 3)
        _ = table.handle(key: .up, visibleRows: 3)
        #expect(table.selection == 2)
        #expect(table.scrollOffset == 2)
    }

    @Test func pageKeysHomeAndEndMoveAndClamp() {
        var table = TableView(columns: Self.columns, rows: Self.numberedRows(10))
        _ = table.handle(key: .pageDown, visibleRows: 4)
        #expect(table.selection == 4)
        _ = table.handle(key: .end, visibleRows: 4)
        #expect(table.selection == 9)
        #expect(table.scrollOffset == 6)
        _ = table.handle(key: .pageDown, visibleRows: 4)
        #expect(table.selection == 9)
        _ = table.handle(key: .pageUp, visibleRows: 4)
        #expect(table.selection == 5)
        _ = table.handle(key: .home, visibleRows: 4)
        #expect(table.selection == 0)
        #expect(table.scrollOffset == 0)
        let handled = table.handle(key: .character("x"), visibleRows: 4)
        #expect(!handled)
    }

    @Test func emptyTableSaysSo() {
        let table = TableView(columns: Self.columns, rows: [], emptyText: "No cases.")
        let lines = rendered(width: 20, height: 3) { canvas, area in table.draw(into: &canvas, area: area) }
        #expect(lines == ["Case Alias      Days", "No cases.", ""])
    }

    /// Columns line up by display width whatever the script: the Days column ends in the
    /// same terminal column on every row.
    @Test func wideAndCombiningCharactersKeepColumnsAligned() {
        let table = TableView(columns: [
            TableColumn("Alias", minimumWidth: 10), TableColumn("Days", minimumWidth: 4, alignment: .right),
        ], rows: [
            TableRow(["李娜", "3"]), TableRow(["สมหญิง", "27"]), TableRow(["Nguyễn Thị", "104"]),
            TableRow(["Søren Ærø", "0"]), TableRow(["王小明王小明", "5"]),
        ])
        var canvas = Canvas(width: 15, height: 6)
        table.draw(into: &canvas, area: canvas.area)
        #expect(canvas.lines == [
            "Alias      Days",
            "李娜          3",
            "สมหญิง        27",
            "Nguyễn Thị  104",
            "Søren Ærø     0",
            "王小明王…     5",
        ])
        for row in 1..<6 {
            #expect(canvas[14, row].text != " ")
            #expect(canvas[10, row].text == " ")
        }
    }

    @Test func controlCharactersInCellsAreEscaped() {
        let table = TableView(columns: [TableColumn("Note", minimumWidth: 12)], rows: [TableRow(["a\u{1B}[2Jb"])])
        let lines = rendered(width: 12, height: 2) { canvas, area in table.draw(into: &canvas, area: area) }
        #expect(lines == ["Note", "a\\e[2Jb"])
    }
}
