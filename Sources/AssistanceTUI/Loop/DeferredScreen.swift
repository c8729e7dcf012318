/// A home screen not built yet: the title its tab shows, and how to build it from the
/// journal when the tab is first shown. Opening the app then builds only the screen it
/// opens on, not the Reports tab's whole-period report or the Activity tab's day (DESIGN.md
/// §6: first screen within 0.3 s).
///
/// `AppModel` replaces it with the built screen before the tab is drawn or takes a key, so
/// it never draws and answers nothing itself.
struct DeferredScreen: Screen {
    /// The built screen's title, for the tab bar.
    let title: String
    /// The built screen's type, so a tab can be found by what it will hold.
    let homeType: ObjectIdentifier
    /// Builds the screen from the journal as it is when the tab is first shown.
    let build: @Sendable (AppContext) -> any Screen

    /// A tab that will hold a `Home` titled `title`, made by `build`.
    init<Home: Screen>(_ type: Home.Type, title: String, build: @escaping @Sendable (AppContext) -> Home) {
        self.title = title
        homeType = ObjectIdentifier(type)
        self.build = { build($0) }
    }

    /// Nothing to list before the screen exists.
    var keyHelp: [KeyHelp] { [] }

    /// Never drawn: the model builds the screen first.
    func draw(into canvas: inout Canvas, context: ScreenContext) {}

    /// Never given a key: the model builds the screen first.
    mutating func handle(key: Key, context: ScreenContext) -> ScreenResult { .ignored }
}

extension ScreenStack {
    /// True when the stack's home screen is, or will be once built, a `Home`.
    func holds<Home: Screen>(_ type: Home.Type) -> Bool {
        if let deferred = screens[0] as? DeferredScreen { return deferred.homeType == ObjectIdentifier(type) }
        return screens[0] is Home
    }
}
