import AssistanceCore

/// The bottom line: the keys that matter on this screen, drawn from the same key table the
/// dispatcher uses.
public struct HintBar: Hashable, Sendable {
    /// The screen's bindings followed by the global ones worth showing.
    public var items: [KeyHelp]

    /// A hint bar for the given items; those not marked for the hint bar are left out.
    public init(items: [KeyHelp]) {
        self.items = items.filter(\.showsInHintBar)
    }

    /// Draws "key label" pairs, the key emphasised, as many as fit.
    public func draw(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        canvas.fill(area.row(0), style: .normal)
        var x = area.x
        for item in items {
            let key = SafeText.display(item.hintKey)
            let label = SafeText.display(item.label)
            let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(label)
            guard x + needed <= area.maxX else { break }
            x += canvas.put(key, x: x, y: area.y, style: .accent)
            x += canvas.put(" " + label, x: x, y: area.y, style: .normal)
            x += 2
        }
    }
}
