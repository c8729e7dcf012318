/// A home screen and the screens opened on top of it (hledger-ui's screen stack), changed
/// only through `push` and `pop` so that Esc always goes back the way you came.
public struct ScreenStack: Sendable {
    /// The screens, home first; never empty.
    public private(set) var screens: [any Screen]
    /// True when the journal changed since the screens last caught up (the tab was hidden);
    /// showing the tab refreshes them first.
    public internal(set) var isStale = false

    /// A stack holding only its home screen.
    public init(home: any Screen) {
        screens = [home]
    }

    /// The screen receiving keys.
    public var top: any Screen {
        get { screens[screens.count - 1] }
        set { screens[screens.count - 1] = newValue }
    }

    /// The number of screens.
    public var depth: Int { screens.count }

    /// Opens `screen` on top.
    public mutating func push(_ screen: any Screen) {
        screens.append(screen)
    }

    /// Closes the top screen; the home screen is never removed. Returns whether one closed.
    @discardableResult
    public mutating func pop() -> Bool {
        guard screens.count > 1 else { return false }
        screens.removeLast()
        return true
    }

    /// True when any screen would lose typed input if the app quit.
    public var hasUnsavedInput: Bool { screens.contains { $0.hasUnsavedInput } }

    /// Lets every screen catch up with the journal.
    public mutating func refreshAll(context: ScreenContext) {
        for index in screens.indices { screens[index].refresh(context: context) }
        isStale = false
    }

    /// Draws the top screen, and first the screens under it when it is an overlay.
    public func draw(into canvas: inout Canvas, area: Rect, app: AppContext = .empty) {
        var first = screens.count - 1
        while first > 0, screens[first].isOverlay { first -= 1 }
        for index in first..<screens.count {
            let context = ScreenContext(area: area, isTopmost: index == screens.count - 1, app: app)
            screens[index].draw(into: &canvas, context: context)
        }
    }
}
