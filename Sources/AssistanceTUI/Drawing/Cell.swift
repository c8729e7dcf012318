/// One terminal cell: a grapheme cluster, the columns it takes, and its style.
///
/// A wide character (CJK, emoji) takes two cells: the first holds the grapheme with width 2,
/// the second is a *continuation* cell (empty text, width 0) that the backend never paints.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown, or "" for a continuation cell.
    public var text: String
    /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
    public var width: Int
    /// How the cell is drawn.
    public var style: Style

    /// A cell holding `text` of the given width.
    public init(text: String, width: Int, style: Style = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    /// The trailing half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell(text: "", width: 0, style: style)
    }

    /// True for the trailing half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
