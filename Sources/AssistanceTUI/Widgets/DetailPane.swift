import AssistanceCore

/// Label–value pairs, labels in one column and long values wrapped beside them: the top
/// half of a case's page.
public struct DetailPane: Hashable, Sendable {
    /// One line of details.
    public struct Item: Hashable, Sendable {
        /// What the value is ("Nationality").
        public var label: String
        /// The value, any length; it wraps.
        public var value: String
        /// How the value is drawn (warning for a reflection period about to end).
        public var style: Style

        /// A label and value.
        public init(_ label: String, _ value: String, style: Style = .normal) {
            self.label = label
            self.value = value
            self.style = style
        }
    }

    /// The pairs, top to bottom.
    public var items: [Item]

    /// A pane of the given items.
    public init(items: [Item]) {
        self.items = items
    }

    /// Draws the items into `area`; returns the rows used, so a screen can put more below.
    @discardableResult
    public func draw(into canvas: inout Canvas, area: Rect) -> Int {
        guard !area.isEmpty else { return 0 }
        let labelWidth = min(items.map { DisplayWidth.of(SafeText.display($0.label)) + 1 }.max() ?? 0, area.width / 3)
        let valueWidth = max(1, area.width - labelWidth - 1)
        var row = 0
        for item in items {
            let label = TextLayout.pad(SafeText.display(item.label) + ":", to: labelWidth)
            let lines = TextLayout.wrap(SafeText.display(item.value), width: valueWidth)
            for (index, line) in lines.enumerated() {
                guard row < area.height else { return row }
                if index == 0 { canvas.put(label, x: area.x, y: area.y + row, style: .header, maxWidth: labelWidth) }
                canvas.put(line, x: area.x + labelWidth + 1, y: area.y + row, style: item.style, maxWidth: valueWidth)
                row += 1
            }
        }
        return row
    }
}
