/// Stands in for a home screen that is not built yet, so that `1`–`5` and Tab already work
/// and a person is told plainly what is missing.
public struct PlaceholderScreen: Screen {
    /// The screen's name ("Referrals").
    public let title: String

    /// A placeholder for the screen named `title`.
    public init(title: String) {
        self.title = title
    }

    /// No keys of its own.
    public var keyHelp: [KeyHelp] { [] }

    /// The sentence shown in the middle of the screen.
    public var notice: String { "\(title) — coming in a later release" }

    /// Draws the notice centred.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let area = context.area
        let width = DisplayWidth.of(notice)
        canvas.put(notice, x: area.x + max(0, (area.width - width) / 2), y: area.y + area.height / 2,
                   style: .dim, maxWidth: area.width)
    }

    /// Every key is left to the global keys.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult { .ignored }
}
