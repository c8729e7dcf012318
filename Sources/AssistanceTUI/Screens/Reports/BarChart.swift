/// Horizontal bars for report counts, in eighths of a cell with block characters, or in
/// whole cells of `#` on a terminal that does not speak UTF-8.
///
/// A bar only ever accompanies the digits it stands for, so nothing rests on its length
/// (or colour) alone.
public struct BarChart: Hashable, Sendable {
    /// The partial blocks for one to seven eighths of a cell.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// True to draw `█▏▎▍▌▋▊▉`; false for ASCII `#`.
    public var usesBlockCharacters: Bool
    /// The count that fills the whole width.
    public var largest: Int
    /// The columns the longest bar takes.
    public var width: Int

    /// A chart where `largest` spans `width` columns.
    public init(usesBlockCharacters: Bool, largest: Int, width: Int) {
        self.usesBlockCharacters = usesBlockCharacters
        self.largest = largest
        self.width = width
    }

    /// The bar for `count`: empty for zero, at least the smallest mark for any other count,
    /// so that a small number never looks like none.
    public func bar(for count: Int) -> String {
        guard count > 0, largest > 0, width > 0 else { return "" }
        let share = Double(min(count, largest)) / Double(largest)
        if !usesBlockCharacters {
            return String(repeating: "#", count: max(1, Int((share * Double(width)).rounded())))
        }
        let eighthsTotal = max(1, Int((share * Double(width * 8)).rounded()))
        var bar = String(repeating: "█", count: eighthsTotal / 8)
        if eighthsTotal % 8 > 0 { bar.append(Self.eighths[eighthsTotal % 8 - 1]) }
        return bar
    }
}
