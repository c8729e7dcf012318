/// Who may do what (DESIGN.md §8): one table, asked both by `prepare` and by the UI before
/// it shows a form. An event type stands for the command that appends it.
public enum Permissions {
    /// The lowest role that may append events of `kind`. Amending and retracting need only a
    /// registered user for their own entries; someone else's need ``othersEntriesRole``.
    public static func minimumRole(for kind: EventType) -> Role {
        switch kind {
        case .userAdded, .userRoleChanged, .journalRecovered:
            return .admin
        case .organisationAdded, .organisationUpdated, .referralAccepted, .referralDeclined, .referralCompleted,
            .referralWithdrawn, .referralFollowUp:
            return .coordinator
        case .caseOpened, .caseUpdated, .caseAssigned, .consentRecorded, .reflectionStarted, .reflectionExtended,
            .caseClosed, .caseReopened, .stepRecorded, .stepDone, .referralSent, .noteAdded, .entryAmended, .entryRetracted:
            return .caseworker
        }
    }

    /// The lowest role that may amend or retract entries someone else recorded.
    public static let othersEntriesRole = Role.supervisor
}

extension AssistanceState {
    /// Whether `login` may append events of `kind` at all (an amendment or retraction may
    /// still be refused for a particular entry). On an empty journal only the creator's own
    /// `user.added` is possible.
    public func allows(_ kind: EventType, for login: String) -> Bool {
        guard let found = user(login) else { return users.isEmpty && kind == .userAdded }
        return found.role >= Permissions.minimumRole(for: kind)
    }

    /// Checks who is appending: a registered user with a role high enough, an admin acting for
    /// another registered user, or the creator registering themselves on an empty journal.
    func checkPermission(_ command: Command, by actor: Actor) throws(CommandError) {
        _ = try authorise(command, actor: actor.login, onBehalfOf: actor.onBehalfOf)
    }

    /// The one permission check of `prepare` and of replay: who `actor` (recording for
    /// `onBehalfOf`) is, and whether that role may append `command` at this point of the journal.
    ///
    /// Returns the author (the user the entry is attributed to), or nil for the creator's own
    /// `user.added` on an empty journal, whose author is not registered until it is applied.
    /// Replay calls it for every entry: it finds the actor with the lookup that interns their
    /// login anyway, and formats nothing unless it refuses.
    func authorise(_ command: Command, actor: String, onBehalfOf: String?) throws(CommandError) -> Authorship? {
        if users.isEmpty {
            guard case .addUser(let login, _, let role) = command, role == .admin, login == actor, onBehalfOf == nil else {
                throw CommandError(field: nil, message: "The journal has no users yet; first register yourself ('\(actor)') as an admin.")
            }
            return nil
        }
        guard let runnerCode = authorCodeByLogin[actor], let runnerRole = roleByAuthor[Int(runnerCode)] else {
            throw CommandError(field: nil, message: "'\(actor)' is not a registered user of this journal; ask an admin to add you.")
        }
        var author = Authorship(code: runnerCode, role: runnerRole)
        if let onBehalfOf {
            guard runnerRole == .admin else {
                throw CommandError(field: nil, message: "Only an admin may record on behalf of another user.")
            }
            let effective = try requireUser(onBehalfOf, field: "on_behalf_of")
            // Registered users are interned when they are added, so the code is there.
            author = Authorship(code: authorCodeByLogin[onBehalfOf] ?? -1, role: effective.role)
        }
        let kind = command.eventType
        let needed = Permissions.minimumRole(for: kind)
        guard author.role >= needed else {
            throw CommandError(field: nil, message: "\(author.role.withArticle.capitalizingFirstLetter) may not record \(kind.rawValue); it needs the role \(needed.rawValue) or higher.")
        }
        switch command {
        case .amendEntry(let targetSeq, _, _), .retractEntry(let targetSeq, _):
            // An entry that does not exist is refused by `check`, with the reason that says so.
            guard let position = entryPosition(seq: targetSeq) else { break }
            if entries[position].author != author.code, author.role < Permissions.othersEntriesRole {
                throw CommandError(field: "target", message: "\(author.role.withArticle.capitalizingFirstLetter) may not correct entry \(targetSeq), which someone else recorded; only a supervisor or admin may.")
            }
        default:
            break
        }
        return author
    }
}

/// The user an entry is attributed to, as the permission check found them.
struct Authorship {
    /// Their interned login (see `AssistanceState.authorCode(_:)`).
    var code: Int32
    /// The role they held when the entry was recorded.
    var role: Role
}

extension Role {
    /// The role with its article, for sentences: "a caseworker", "an admin".
    public var withArticle: String {
        self == .admin ? "an admin" : "a \(rawValue)"
    }
}
