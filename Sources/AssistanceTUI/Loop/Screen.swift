/// What a screen knows when it draws or handles a key: where it sits on the terminal and
/// the journal as last read (`app`).
public struct ScreenContext: Hashable, Sendable {
    /// The screen's own area: the terminal minus the top lines, message line and hint bar.
    public var area: Rect
    /// True for the screen on top of its stack (the one receiving keys).
    public var isTopmost: Bool
    /// The journal's state, today and the person at the terminal.
    public var app: AppContext

    /// A context for a screen drawn in `area`.
    public init(area: Rect, isTopmost: Bool = true, app: AppContext = .empty) {
        self.area = area
        self.isTopmost = isTopmost
        self.app = app
    }
}

/// What a screen did with a key or an effect's result.
public enum ScreenResult: Sendable {
    /// Not a key of this screen: the global keys get a chance.
    case ignored
    /// Handled; the screen's new state is already stored.
    case handled
    /// Open another screen on top (a case from the list, a form).
    case push(any Screen)
    /// Close this screen and go back to the one below.
    case pop
    /// Handled, and these effects should be carried out by the runtime.
    case perform([Effect])
    /// Show a message in the message line.
    case message(MessageLine)
    /// Close this screen and show a message ("Saved.").
    case popWithMessage(MessageLine)
}

/// A screen: a value that draws itself into a canvas and answers keys with a new state (it
/// mutates itself) and a `ScreenResult`.
///
/// One file per screen holds its state, its key table, its draw and its key handling.
public protocol Screen: Sendable {
    /// The name in the tab bar and the help overlay's title.
    var title: String { get }
    /// The screen's key table, for the hint line and help overlay; `handle` dispatches from
    /// the same table.
    var keyHelp: [KeyHelp] { get }
    /// True while typed letters belong to the screen (a form, a filter being typed), so the
    /// global letter keys (`q`, `1`–`5`, `?`, Tab) are not taken from it.
    var capturesTextInput: Bool { get }
    /// True when leaving would lose something typed; `q` then asks first.
    var hasUnsavedInput: Bool { get }
    /// True for dialogs drawn over the screen below them.
    var isOverlay: Bool { get }
    /// Draws the whole screen into `context.area`.
    func draw(into canvas: inout Canvas, context: ScreenContext)
    /// Answers a key.
    mutating func handle(key: Key, context: ScreenContext) -> ScreenResult
    /// Answers the result of an effect this screen asked for.
    mutating func receive(_ result: EffectResult) -> ScreenResult
    /// Brings the screen up to date after the journal changed (this or another process
    /// appended), keeping the selection (by id), filter, scroll and any form.
    mutating func refresh(context: ScreenContext)
}

extension Screen {
    /// Most screens take no text input.
    public var capturesTextInput: Bool { false }
    /// Most screens hold nothing unsaved.
    public var hasUnsavedInput: Bool { false }
    /// Most screens fill their area.
    public var isOverlay: Bool { false }
    /// Most screens ask for no effects.
    public mutating func receive(_ result: EffectResult) -> ScreenResult { .ignored }
    /// Most screens have nothing to reload.
    public mutating func refresh(context: ScreenContext) {}
}
