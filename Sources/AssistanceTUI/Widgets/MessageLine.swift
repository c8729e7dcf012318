/// The line above the hint bar: what just happened ("Saved.") or what went wrong.
public struct MessageLine: Hashable, Sendable {
    /// Whether the message reports success or a problem.
    public enum Kind: Hashable, Sendable {
        /// Something went as asked ("Saved.").
        case info
        /// Something was refused or failed.
        case error
    }

    /// The kind of message.
    public var kind: Kind
    /// The message, a full sentence.
    public var text: String

    /// A message of the given kind.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// Draws the message; errors start with "Error:" so the meaning does not rest on colour.
    public func draw(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        switch kind {
        case .info: canvas.put(text, in: area, style: .normal)
        case .error: canvas.put("Error: " + text, in: area, style: .error)
        }
    }
}
