import AssistanceCore
import Foundation

/// Carries out the app's journal effects on an `AssistanceStore` and answers with events:
/// the one place the UI's requests meet the core. The terminal runner (and the screen
/// tests) hand it every effect they do not handle themselves.
///
/// Not `Sendable`: it owns the store, which lives on the runner's thread.
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

    /// Carries out `effect` and returns the events that report what came of it. Quit, redraw
    /// and the editor belong to the terminal and answer nothing here; a save is carried out
    /// at once, with nothing to cancel it (the terminal runner calls `save` on a worker instead).
    public func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .append(let command):
            return save(command, shouldGiveUp: { false })
        case .checkForChanges:
            guard store.hasChangedOnDisk() else { return [] }
            store.refresh()
            return [.journalChanged(context())]
        case .reload:
            store.refresh()
            return [.journalChanged(context()), .effectResult(.reloaded)]
        case .writeFiles(let directory, let files):
            return [.effectResult(Self.write(files, into: directory))]
        case .quit, .redraw, .openEditor, .cancelSave:
            return []
        }
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
