/// The `/` filter line that lists share: the field while it is being typed, the kept filter
/// (dimmed, with how to clear it) after Enter, nothing when there is no filter.
public enum FilterLine {
    /// Draws the line at the top of `area` when there is one, and returns the area left below it.
    public static func draw(field: TextField?, text: String, into canvas: inout Canvas, area: Rect) -> Rect {
        if let field {
            canvas.put("Filter: ", in: area, style: .accent)
            field.draw(into: &canvas, area: Rect(x: area.x + 8, y: area.y, width: area.width - 8, height: 1), focused: true)
            return area.splitTop(1).rest
        }
        guard !text.isEmpty else { return area }
        canvas.put("Filter: " + text + "   (" + PromptKeys.clearKeys.hint + ")", in: area, style: .dim)
        return area.splitTop(1).rest
    }
}
