import AssistanceCore

/// A yes/no question for anything that closes, retracts or throws away input.
public struct ConfirmDialog: Hashable, Sendable {
    /// What a key did to the question.
    public enum Outcome: Hashable, Sendable {
        /// No answer yet.
        case pending
        /// `y`: go ahead.
        case confirmed
        /// `n` or Esc: do nothing.
        case cancelled
    }

    /// The title in the border.
    public var title: String
    /// The question, a full sentence ("Quit and lose what you typed?").
    public var question: String

    /// A question with a title.
    public init(title: String, question: String) {
        self.title = title
        self.question = question
    }

    /// The question's keys, which its foot line also lists ("y yes   n no").
    public static let keys = KeyTable<Outcome>([
        KeyBinding([.character("y"), .character("Y")], label: "yes", description: "Go ahead.", action: .confirmed),
        KeyBinding([.character("n"), .character("N"), .escape], label: "no", description: "Do nothing.", action: .cancelled),
    ])

    /// `y` confirms; `n` and Esc cancel; other keys are ignored so a stray key loses nothing.
    public func handle(key: Key) -> Outcome {
        Self.keys.action(for: key) ?? .pending
    }

    /// Draws the question centred in `area`.
    public func draw(into canvas: inout Canvas, area: Rect) {
        let width = min(area.width, max(40, DisplayWidth.of(SafeText.display(question)) + 4))
        let lines = TextLayout.wrap(SafeText.display(question), width: max(1, width - 4))
        let box = area.centered(width: width, height: lines.count + 4)
        let inside = canvas.drawBox(box, title: title).inset(by: 0)
        guard !inside.isEmpty else { return }
        for (row, line) in lines.enumerated() {
            canvas.put(line, x: inside.x + 1, y: inside.y + row, maxWidth: inside.width - 1)
        }
        canvas.put(Self.keys.bindings.map(\.hint).joined(separator: "   "), x: inside.x + 1, y: inside.maxY - 1, style: .accent, maxWidth: inside.width - 1)
    }
}
