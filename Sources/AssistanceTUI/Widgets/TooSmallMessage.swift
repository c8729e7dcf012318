/// What the whole screen shows when the terminal is below the smallest usable size.
public struct TooSmallMessage: Hashable, Sendable {
    /// Columns the layout needs at least.
    public static let minimumWidth = 80
    /// Rows the layout needs at least.
    public static let minimumHeight = 24

    /// True when a terminal of this size is too small for the screens.
    public static func applies(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }

    /// The sentences shown, wrapped to `width`.
    public static func lines(width: Int, height: Int) -> [String] {
        let text = [
            "The terminal is too small.",
            "It must be at least \(minimumWidth)×\(minimumHeight); it is \(width)×\(height).",
            "Make the window larger.",
        ]
        return text.flatMap { TextLayout.wrap($0, width: width) }
    }

    /// Clears the canvas and draws the message in its middle.
    public static func draw(into canvas: inout Canvas) {
        canvas.fill(canvas.area)
        let text = lines(width: canvas.width, height: canvas.height)
        let top = max(0, (canvas.height - text.count) / 2)
        for (row, line) in text.enumerated() {
            let x = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + row, style: row == 0 ? .warning : .normal)
        }
    }
}
