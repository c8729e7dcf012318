import AssistanceCore
import AssistanceTUI
import Foundation

/// The app's journal: an `AssistanceStore` seen by the person at the terminal, and the
/// contexts the screens read built from it. `AppRuntime` carries out the journal's effects
/// through it; nothing in `AssistanceTUI` holds the store.
///
/// Not `Sendable`: it owns the store, which one thread uses at a time (the runtime's, or the
/// save worker's while a save is in flight).
public final class StoreSession {
    /// The journal and its state.
    public let store: AssistanceStore
    /// The person at the terminal: the actor of every append.
    public let login: String
    /// The zone for today and local times.
    public let zone: TimeZone
    /// Today, asked afresh for every context so the screens move on at midnight.
    let today: () -> CalendarDate
    /// The clock stamped on appended entries.
    let now: () -> Timestamp
    /// Whether the terminal's locale speaks UTF-8; the launcher sets it before the first context.
    public var isUTF8Terminal = true

    /// A session on `store` for `login`.
    public init(store: AssistanceStore, login: String, zone: TimeZone = .current,
                today: @escaping () -> CalendarDate = { CalendarDate.today() },
                now: @escaping () -> Timestamp = Timestamp.now) {
        self.store = store
        self.login = login
        self.zone = zone
        self.today = today
        self.now = now
    }

    /// The context the screens read: the store's state as of now.
    public func context() -> AppContext {
        let name = (store.path as NSString).lastPathComponent
        return AppContext(state: store.state, today: today(), zone: zone, login: login, journalName: name,
                          readOnlyReason: store.damage.map(Self.readOnlySentence), isUTF8Terminal: isUTF8Terminal)
    }

    /// Reads what other processes appended if the file changed (inode, size, mtime); the
    /// new context when it did, nothing when it did not.
    public func checkForChanges() -> [Event] {
        guard store.hasChangedOnDisk() else { return [] }
        store.refresh()
        return [.journalChanged(context())]
    }

    /// Reads whatever the journal holds that was not read yet, and says it did (`g`).
    public func reload() -> [Event] {
        store.refresh()
        return [.journalChanged(context()), .effectResult(.reloaded)]
    }

    /// Appends `command`; a refusal names the field at fault so the form can show it there.
    /// `shouldGiveUp` is asked while another process holds the journal's lock: true gives up,
    /// answered by a refusal saying nothing was saved, as is a wait past the store's `lockWait`.
    public func save(_ command: Command, shouldGiveUp: () -> Bool) -> [Event] {
        do {
            let (_, createdID) = try store.perform(
                command, by: Actor(login: login), now: now, zone: zone, shouldGiveUp: shouldGiveUp)
            return [.journalChanged(context()), .effectResult(.appended(createdID: createdID))]
        } catch let refusal as CommandError {
            let fieldErrors = refusal.field.map { [$0: refusal.message] } ?? [:]
            // The store caught up with other appends before refusing; show them too.
            return [.journalChanged(context()), .effectResult(.refused(fieldErrors: fieldErrors, message: refusal.message))]
        } catch {
            // A JournalError's description already says what is wrong and what to do.
            return [.journalChanged(context()), .effectResult(.refused(fieldErrors: [:], message: String(describing: error)))]
        }
    }

    /// Why a damaged or read-only journal cannot take appends, as shown in the banner.
    static func readOnlySentence(_ damage: JournalError) -> String {
        String(describing: damage)
    }
}
