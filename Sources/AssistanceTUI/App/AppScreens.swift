import AssistanceCore

/// The home screens behind `1`–`5`, in tab order: the one place a new screen is registered.
/// A screen is a value built from the `AppContext`; it reads the journal through the
/// context it is given and records through `.append(Command)` effects.
public enum AppScreens {
    /// The home screens for the journal in `context`, built at once.
    public static func homeScreens(context: AppContext) -> [any Screen] {
        [
            CasesScreen(context: context),
            ReferralBoardScreen(context: context),
            ActivityScreen(context: context),
            OrganisationsScreen(context: context),
            ReportsScreen(context: context),
        ]
    }

    /// The home screens, each built when its tab is first shown (the journal may have
    /// changed by then, so each is built from the context of that moment).
    static func deferredHomeScreens() -> [any Screen] {
        [
            DeferredScreen(CasesScreen.self, title: "Cases") { CasesScreen(context: $0) },
            DeferredScreen(ReferralBoardScreen.self, title: "Referrals") { ReferralBoardScreen(context: $0) },
            DeferredScreen(ActivityScreen.self, title: "Activity") { ActivityScreen(context: $0) },
            DeferredScreen(OrganisationsScreen.self, title: "Organisations") { OrganisationsScreen(context: $0) },
            DeferredScreen(ReportsScreen.self, title: "Reports") { ReportsScreen(context: $0) },
        ]
    }

    /// The app on the journal in `context`, opened on tab `startTab` (0-based), or on the
    /// home screen of the person's role (DESIGN.md §1) when nil. Only that tab's screen is
    /// built now; the others are built when first shown.
    public static func app(context: AppContext, width: Int, height: Int, startTab: Int? = nil) -> AppModel {
        let screens = deferredHomeScreens()
        let tab = min(max(0, startTab ?? homeTab(for: context.user?.role)), screens.count - 1)
        return AppModel(homeScreens: screens, width: width, height: height, context: context, selectedTab: tab)
    }

    /// A caseworker starts on Cases, a coordinator on Referrals, a supervisor or admin on
    /// Activity (issue 4); people not registered on Cases.
    public static func homeTab(for role: Role?) -> Int {
        switch role {
        case .coordinator?: 1
        case .supervisor?, .admin?: 2
        default: 0
        }
    }
}
