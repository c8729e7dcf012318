/// Who may do what (DESIGN.md §8): one table, asked both by `prepare` and by the UI before
/// it shows a form. An event type stands for the command that appends it.
public enum Permissions {
    /// The lowest role that may append events of `kind`. Amending and retracting need only a
    /// registered user for their own entries; someone else's need ``othersEntriesRole``.
    public static func minimumRole(for kind: EventType) -> Role {
        switch kind {
        case .userAdded, .userRoleChanged:
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
        if users.isEmpty {
            guard case .addUser(let login, _, let role) = command, role == .admin, login == actor.login, actor.onBehalfOf == nil else {
                throw CommandError(field: nil, message: "The journal has no users yet; first register yourself ('\(actor.login)') as an admin.")
            }
            return
        }
        guard let runner = user(actor.login) else {
            throw CommandError(field: nil, message: "'\(actor.login)' is not a registered user of this journal; ask an admin to add you.")
        }
        var effective = runner
        if let onBehalfOf = actor.onBehalfOf {
            guard runner.role == .admin else {
                throw CommandError(field: nil, message: "Only an admin may record on behalf of another user.")
            }
            effective = try requireUser(onBehalfOf, field: "on_behalf_of")
        }
        let kind = command.eventType
        let needed = Permissions.minimumRole(for: kind)
        guard effective.role >= needed else {
            throw CommandError(field: nil, message: "A \(effective.role.rawValue) may not record \(kind.rawValue); it needs the role \(needed.rawValue) or higher.")
        }
        switch command {
        case .amendEntry(let targetSeq, _, _), .retractEntry(let targetSeq, _):
            guard let target = entrySummary(seq: targetSeq) else { return }
            if target.author != effective.login, effective.role < Permissions.othersEntriesRole {
                throw CommandError(field: "target", message: "Entry \(targetSeq) was recorded by someone else; only a supervisor or admin may correct it.")
            }
        default:
            break
        }
    }
}
