/// A rectangle of terminal cells: the region a widget or screen may draw into.
///
/// Coordinates are zero-based columns (`x`) and rows (`y`); a rectangle never has a
/// negative size, so layout code can subtract freely and still draw nothing harmful.
public struct Rect: Hashable, Sendable {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// The number of columns.
    public var width: Int
    /// The number of rows.
    public var height: Int

    /// A rectangle; negative sizes are taken as zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// True when the rectangle holds no cell at all.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }

    /// The row just below the rectangle.
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    /// The top `rows` rows and the rest below them, in the style of Ratatui's layout split.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The bottom `rows` rows and the rest above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken),
                Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// A rectangle of the given size centred in this one, clipped to fit.
    public func centered(width wanted: Int, height wantedHeight: Int) -> Rect {
        let usedWidth = min(wanted, width)
        let usedHeight = min(wantedHeight, height)
        return Rect(x: x + (width - usedWidth) / 2, y: y + (height - usedHeight) / 2,
                    width: usedWidth, height: usedHeight)
    }

    /// The single row at `offset` from the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }
}
