import AssistanceCore

/// The home screens behind `1`–`5`, in tab order: the one place a new screen is registered.
/// A screen is a value built from the `AppContext`; it reads the journal through the
/// context it is given and records through `.append(Command)` effects.
public enum AppScreens {
    /// The home screens for the journal in `context`.
    public static func homeScreens(context: AppContext) -> [any Screen] {
        [
            CasesScreen(context: context),
            ReferralBoardScreen(context: context),
            ActivityScreen(context: context),
            OrganisationsScreen(context: context),
            ReportsScreen(context: context),
        ]
    }

    /// The app on the journal in `context`, opened on tab `startTab` (0-based), or on the
    /// home screen of the person's role (DESIGN.md §1) when nil.
    public static func app(context: AppContext, width: Int, height: Int, startTab: Int? = nil) -> AppModel {
        var model = AppModel(homeScreens: homeScreens(context: context), width: width, height: height, context: context)
        model.selectedTab = min(max(0, startTab ?? homeTab(for: context.user?.role)), model.tabs.count - 1)
        return model
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
