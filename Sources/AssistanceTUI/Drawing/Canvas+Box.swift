extension Canvas {
    /// Clears `area` and draws a border round it with `title` in the top edge, for dialogs
    /// and overlays that sit on top of a screen; returns the inside.
    @discardableResult
    public mutating func drawBox(_ area: Rect, title: String = "", style: Style = .normal) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        fill(area, style: style)
        let horizontal = String(repeating: "─", count: area.width - 2)
        put("┌" + horizontal + "┐", x: area.x, y: area.y, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            put("│", x: area.x, y: y, style: style)
            put("│", x: area.maxX - 1, y: y, style: style)
        }
        put("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, style: style)
        if !title.isEmpty {
            put(" " + title + " ", x: area.x + 2, y: area.y, style: .header, maxWidth: area.width - 4)
        }
        return area.inset(by: 1)
    }
}
