import AssistanceTUI
import CNCurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TerminalSession {
    /// Colour pair numbers for the roles that have a colour; the others use pair 0 (the
    /// user's own colours) and attributes.
    static let colourPairs: [StyleRole: (pair: Int16, foreground: Int16)] = [
        .accent: (1, Int16(COLOR_CYAN)),
        .warning: (2, Int16(COLOR_YELLOW)),
        .error: (3, Int16(COLOR_RED)),
        .header: (4, Int16(COLOR_BLUE)),
    ]

    /// Starts colour with the terminal's own background (colour -1), unless colour is off or
    /// the terminal has none.
    func setUpColours() {
        guard options.usesColour, has_colors() else { return }
        start_color()
        use_default_colors()
        for (_, entry) in Self.colourPairs {
            init_pair(entry.pair, entry.foreground, -1)
        }
    }

    /// Whether colour pairs are in use.
    var coloursActive: Bool { options.usesColour && has_colors() }

    /// The ncurses attributes and colour pair for a style. Without colour, roles fall back
    /// to attributes (dim is dim, selected is reversed) so meaning still shows.
    func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = assist_attribute_normal()
        if style.bold { attributes |= assist_attribute_bold() }
        if style.reverse || style.role == .selected { attributes |= assist_attribute_reverse() }
        if style.underline { attributes |= assist_attribute_underline() }
        if style.role == .dim { attributes |= assist_attribute_dim() }
        let pair = coloursActive ? (Self.colourPairs[style.role]?.pair ?? 0) : 0
        return (attributes, pair)
    }

    /// Paints `canvas`, sending only the cells that differ from the last painted one (all of
    /// them after a resize or `invalidate`).
    public func paint(_ canvas: Canvas) {
        let previous = lastPainted.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0 : nil }
        if previous == nil { werase(window) }
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell { continue }
                put(cell, x: x, y: y)
            }
        }
        lastPainted = canvas
        wrefresh(window)
    }

    /// Forgets what is on the terminal so the next paint sends every cell (Ctrl-L, after an
    /// editor or a resize).
    public func invalidate() {
        lastPainted = nil
        clearok(window, true)
    }

    /// Writes one cell with `setcchar` and `mvwadd_wch`, so wide and combined characters
    /// keep their columns.
    func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = attributes(for: cell.style)
        let limit = Int(assist_characters_per_cell()) - 1
        var characters = cell.text.unicodeScalars.prefix(limit).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [wchar_t(32)] }
        var complex = cchar_t()
        if setcchar(&complex, characters + [0], attributes, pair, nil) != OK {
            // An emoji ZWJ sequence holds several spacing characters, which a cell cannot;
            // its first one stands in for it.
            setcchar(&complex, [characters[0], 0], attributes, pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }

    /// The text of row `y` as ncurses holds it (`mvwinnwstr`), trailing spaces trimmed.
    func readBack(row y: Int) -> String {
        let width = size.width
        var buffer = [wchar_t](repeating: 0, count: width + 1)
        mvwinnwstr(window, Int32(y), 0, &buffer, Int32(width))
        var text = String.UnicodeScalarView()
        for character in buffer {
            guard character != 0, let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else { break }
            text.append(scalar)
        }
        var line = String(text)
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The attributes ncurses holds for the cell at (`x`, `y`) (`mvwin_wchnstr`), for tests.
    func readBackAttributes(x: Int, y: Int) -> (attributes: attr_t, pair: Int16) {
        var cells = [cchar_t](repeating: cchar_t(), count: 2)
        mvwin_wchnstr(window, Int32(y), Int32(x), &cells, 1)
        var characters = [wchar_t](repeating: 0, count: Int(assist_characters_per_cell()) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cells[0], &characters, &attributes, &pair, nil)
        return (attributes & ~assist_attribute_colour_mask(), pair)
    }
}
