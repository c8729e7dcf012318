/// The whole state of the terminal UI as one value: the home screens (`1`–`5`), each with
/// its own stack, which one is shown, and what floats over it.
public struct AppModel: Sendable {
    /// One stack per home screen, in tab order.
    public var tabs: [ScreenStack]
    /// Index of the tab shown; showing a tab builds its screen, or brings it up to date
    /// when the journal changed while it was hidden.
    public var selectedTab: Int {
        didSet { showSelectedTab() }
    }
    /// True while the `?` overlay is shown.
    public var showsHelp = false
    /// The quit question, while it is asked.
    public var quitConfirmation: ConfirmDialog?
    /// The message line's text, cleared by the next key.
    public var message: MessageLine?
    /// The save on its way to the journal, from the `.append` effect until its answer.
    public internal(set) var save: SaveProgress?
    /// The terminal's size in columns and rows.
    public var width: Int
    /// The terminal's size in rows.
    public var height: Int
    /// The journal as last read, today and the person at the terminal.
    public var context: AppContext

    /// A model over the given home screens, tab `selectedTab` shown, on the journal `context`.
    /// Only the tab shown catches up with the journal now; the others do when first shown.
    public init(homeScreens: [any Screen], width: Int, height: Int, context: AppContext = .empty, selectedTab: Int = 0) {
        precondition(!homeScreens.isEmpty, "The app needs at least one home screen.")
        precondition(homeScreens.indices.contains(selectedTab), "The tab shown must be one of the home screens.")
        tabs = homeScreens.map { ScreenStack(home: $0) }
        for index in tabs.indices { tabs[index].isStale = true }
        self.selectedTab = selectedTab
        self.width = width
        self.height = height
        self.context = context
        showSelectedTab()
    }

    /// Builds the shown tab's screen if it is not built yet, and lets a tab that missed
    /// journal changes while hidden catch up, so what is drawn is never out of date.
    mutating func showSelectedTab() {
        guard tabs.indices.contains(selectedTab) else { return }
        if let deferred = tabs[selectedTab].screens[0] as? DeferredScreen {
            tabs[selectedTab] = ScreenStack(home: deferred.build(context))
            tabs[selectedTab].isStale = true
        }
        guard tabs[selectedTab].isStale else { return }
        tabs[selectedTab].refreshAll(context: screenContext)
    }

    /// The stack shown.
    public var currentStack: ScreenStack {
        get { tabs[selectedTab] }
        set { tabs[selectedTab] = newValue }
    }

    /// The screen receiving keys.
    public var currentScreen: any Screen { currentStack.top }

    /// The whole terminal.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Rows above the screens: the status line, the tab bar and, for a read-only journal,
    /// the banner saying why.
    public var topRows: Int { context.readOnlyReason == nil ? 2 : 3 }

    /// Where screens draw: all but the top lines and the message and hint lines at the bottom.
    public var screenArea: Rect {
        let (_, belowTop) = area.splitTop(topRows)
        return belowTop.splitBottom(2).rest
    }

    /// The context the top screen draws and handles keys in.
    public var screenContext: ScreenContext { ScreenContext(area: screenArea, isTopmost: true, app: context) }

    /// What the hint line shows: the screen's keys, then help and quit.
    public var hintItems: [KeyHelp] {
        currentScreen.keyHelp + GlobalKeys.table.help.filter(\.showsInHintBar)
    }

    /// The overlay `?` shows for the current screen.
    public var helpOverlay: HelpOverlay {
        HelpOverlay(screenTitle: currentScreen.title, screenKeys: currentScreen.keyHelp, globalKeys: GlobalKeys.table.help)
    }
}
