import AssistanceCore

/// The `?` overlay: every key of the current screen, then the keys that work everywhere.
public struct HelpOverlay: Hashable, Sendable {
    /// The screen's name, in the title.
    public var screenTitle: String
    /// The screen's key table.
    public var screenKeys: [KeyHelp]
    /// The global key table.
    public var globalKeys: [KeyHelp]

    /// An overlay listing the given tables.
    public init(screenTitle: String, screenKeys: [KeyHelp], globalKeys: [KeyHelp]) {
        self.screenTitle = screenTitle
        self.screenKeys = screenKeys
        self.globalKeys = globalKeys
    }

    /// The overlay's lines: a key column and a description column per binding; a long
    /// description wraps onto further lines under itself, so no sentence is cut short.
    public func lines(width: Int) -> [String] {
        let all = screenKeys + globalKeys
        let keyWidth = min(all.map { DisplayWidth.of(SafeText.display($0.keys)) }.max() ?? 0, max(1, width / 3))
        let descriptionWidth = max(10, width - keyWidth - 2)
        let indent = String(repeating: " ", count: keyWidth + 2)
        func lines(_ item: KeyHelp) -> [String] {
            let wrapped = TextLayout.wrap(SafeText.display(item.description), width: descriptionWidth)
            let first = TextLayout.pad(SafeText.display(item.keys), to: keyWidth) + "  " + (wrapped.first ?? "")
            return [first] + wrapped.dropFirst().map { indent + $0 }
        }
        var result = screenKeys.flatMap(lines)
        if !globalKeys.isEmpty {
            result += ["", "Everywhere"] + globalKeys.flatMap(lines)
        }
        return result
    }

    /// Draws the overlay centred in `area`; lines that do not fit are cut.
    public func draw(into canvas: inout Canvas, area: Rect) {
        let box = area.centered(width: min(area.width, 96), height: area.height)
        let content = lines(width: box.width - 4)
        let sized = area.centered(width: box.width, height: min(area.height, content.count + 3))
        let inside = canvas.drawBox(sized, title: "Keys: " + screenTitle)
        guard !inside.isEmpty else { return }
        for (row, line) in content.prefix(inside.height - 1).enumerated() {
            let style: Style = line == "Everywhere" ? .header : .normal
            canvas.put(line, x: inside.x + 1, y: inside.y + row, style: style, maxWidth: inside.width - 1)
        }
        canvas.put("Any key closes this help.", x: inside.x + 1, y: inside.maxY - 1, style: .dim, maxWidth: inside.width - 1)
    }
}
