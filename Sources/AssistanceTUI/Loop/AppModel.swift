/// The whole state of the terminal UI as one value: the home screens (`1`–`5`), each with
/// its own stack, which one is shown, and what floats over it.
public struct AppModel: Sendable {
    /// One stack per home screen, in tab order.
    public var tabs: [ScreenStack]
    /// Index of the tab shown.
    public var selectedTab: Int
    /// True while the `?` overlay is shown.
    public var showsHelp = false
    /// The quit question, while it is asked.
    public var quitConfirmation: ConfirmDialog?
    /// The message line's text, cleared by the next key.
    public var message: MessageLine?
    /// The terminal's size in columns and rows.
    public var width: Int
    /// The terminal's size in rows.
    public var height: Int

    /// A model over the given home screens, the first one shown.
    public init(homeScreens: [any Screen], width: Int, height: Int) {
        precondition(!homeScreens.isEmpty, "The app needs at least one home screen.")
        tabs = homeScreens.map { ScreenStack(home: $0) }
        selectedTab = 0
        self.width = width
        self.height = height
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

    /// Where screens draw: all but the tab bar at the top and the message and hint lines at
    /// the bottom.
    public var screenArea: Rect {
        let (_, belowTabs) = area.splitTop(1)
        return belowTabs.splitBottom(2).rest
    }

    /// The context the top screen draws and handles keys in.
    public var screenContext: ScreenContext { ScreenContext(area: screenArea, isTopmost: true) }

    /// What the hint line shows: the screen's keys, then help and quit.
    public var hintItems: [KeyHelp] {
        currentScreen.keyHelp + GlobalKeys.table.help.filter(\.showsInHintBar)
    }

    /// The overlay `?` shows for the current screen.
    public var helpOverlay: HelpOverlay {
        HelpOverlay(screenTitle: currentScreen.title, screenKeys: currentScreen.keyHelp, globalKeys: GlobalKeys.table.help)
    }
}
