import AssistanceCore

/// A grid of cells that screens and widgets draw into; the terminal backend paints it.
///
/// Nothing here knows about terminals, so every screen can be tested by drawing into a
/// canvas and comparing `lines` with the expected text (Ratatui's buffer tests).
public struct Canvas: Hashable, Sendable {
    /// Columns in the grid.
    public let width: Int
    /// Rows in the grid.
    public let height: Int
    /// Cells row by row.
    public private(set) var cells: [Cell]

    /// A blank canvas of the given size.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// The whole canvas as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row; a blank for positions outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank() }
        return cells[y * width + x]
    }

    /// Writes `text` from (`x`, `y`), one grapheme per cell (two for wide ones), and returns
    /// the number of columns used.
    ///
    /// The text is made safe first (control characters escaped), and stops at `maxWidth`
    /// columns or the canvas edge; a wide grapheme that would be cut in half is drawn as a
    /// space instead so the terminal never receives half a character.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for grapheme in SafeText.display(text) {
            let columns = DisplayWidth.of(grapheme)
            if columns == 0 { continue }
            if column + columns > limit {
                if column < limit, column >= 0 { set(.blank(style), x: column, y: y) }
                column = max(column, min(limit, column + columns))
                break
            }
            if column >= 0 {
                set(Cell(text: String(grapheme), width: columns, style: style), x: column, y: y)
                if columns == 2 { set(.continuation(style), x: column + 1, y: y) }
            }
            column += columns
        }
        return max(0, column - x)
    }

    /// Writes `text` inside `area` on its row `row`, clipped to the area's width.
    @discardableResult
    public mutating func put(_ text: String, in area: Rect, row: Int = 0, style: Style = .normal) -> Int {
        guard row >= 0, row < area.height else { return 0 }
        return put(text, x: area.x, y: area.y + row, style: style, maxWidth: area.width)
    }

    /// Fills `area` with spaces of the given style.
    public mutating func fill(_ area: Rect, style: Style = .normal) {
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX where contains(x: x, y: y) {
                set(.blank(style), x: x, y: y)
            }
        }
    }

    /// Changes the style of every cell in `area` but keeps the text, for highlighting a row.
    public mutating func restyle(_ area: Rect, style: Style) {
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX where contains(x: x, y: y) {
                cells[y * width + x].style = style
            }
        }
    }

    /// The text of each row, continuation cells skipped and trailing spaces trimmed: what a
    /// person would read, for tests.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// True when the position is on the grid.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Sets one cell, blanking the other half of any wide character it overwrites so that
    /// the grid never holds a lone half.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }
}
