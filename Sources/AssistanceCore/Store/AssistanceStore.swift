import Foundation

/// The journal file and the state rebuilt from it, kept in step: what the command line and the
/// terminal UI talk to. Nothing else reads or appends to the file.
///
/// Appends follow DESIGN.md §3: under the journal's lock the store first applies whatever other
/// processes appended, then validates the command against that fresh state, and only then writes.
public final class AssistanceStore {
    /// The journal file.
    public let file: JournalFile
    /// Everything the journal says, as of the last read.
    public internal(set) var state: AssistanceState
    /// Why the journal can only be read (a damaged line, an entry that breaks a rule, a
    /// read-only or world-writable file), if so.
    public internal(set) var damage: JournalError?
    /// Why the file itself refuses appends whatever its contents (read-only, world-writable),
    /// as found when it was opened; recovery cannot help then.
    let accessRefusal: JournalError?

    /// The journal's path.
    public var path: String { file.path }

    /// How long `perform` waits for another process to let go of the journal's lock.
    public var lockWait: JournalLockWait {
        get { file.lockWait }
        set { file.lockWait = newValue }
    }

    /// Opens an existing journal and replays it. Damage in the middle does not throw: the state
    /// holds everything before the damaged line and ``damage`` says what and where.
    public convenience init(openingJournalAt path: String, system: SystemCalls = .live) throws(JournalError) {
        try self.init(openingJournalAt: path, system: system, readChunkSize: ChunkReader.defaultChunkSize)
    }

    /// Opens and replays a journal reading `readChunkSize` bytes at a time (tests cross many
    /// chunks with small journals); `forWriting: false` opens it only to be read (`verify`).
    init(openingJournalAt path: String, system: SystemCalls, readChunkSize: Int, forWriting: Bool = true) throws(JournalError) {
        file = try JournalFile.open(at: path, system: system, forWriting: forWriting)
        file.readChunkSize = readChunkSize
        accessRefusal = file.appendRefusal
        state = AssistanceState()
        if case .success(let status) = system.fstat(file.descriptor) { state.reserveCapacity(forJournalBytes: status.size) }
        readNew()
    }

    /// Creates a new journal whose first entry registers `creator` as its admin, stamped `now()`.
    public static func create(
        at path: String, group: String? = nil, creator: String, displayName: String, system: SystemCalls = .live,
        now: @escaping () -> Timestamp = Timestamp.now
    ) throws -> AssistanceStore {
        _ = try JournalFile.create(at: path, group: group, system: system, now: now())
        let store = try AssistanceStore(openingJournalAt: path, system: system)
        _ = try store.perform(
            .addUser(login: creator, displayName: displayName, role: .admin), by: Actor(login: creator, onBehalfOf: nil), now: now)
        return store
    }

    /// Applies entries appended since the last read (by this or any other process).
    /// Returns true when anything new arrived.
    @discardableResult
    public func refresh() -> Bool {
        guard damage == nil else { return false }
        return readNew()
    }

    /// True when the file changed since it was last read; cheap enough to call every few hundred ms.
    public func hasChangedOnDisk() -> Bool { file.hasChangedOnDisk() }

    /// Validates `command` against the journal as it is on disk right now and appends its event.
    /// Returns the entry as written and the id of a new case or referral. Throws ``CommandError``
    /// when the command is refused, ``JournalError`` when the file cannot take it (`.busy` after
    /// `lockWait`, `.cancelled` when `shouldGiveUp`, asked while the lock is held elsewhere,
    /// says so); either way nothing is written.
    @discardableResult
    public func perform(
        _ command: Command, by actor: Actor, now: @escaping () -> Timestamp = Timestamp.now,
        zone: TimeZone = .current, shouldGiveUp: () -> Bool = { false }
    ) throws -> (entry: JournalEntry, createdID: String?) {
        if let damage { throw damage }
        // The journal hands each caught-up entry over once, so they are applied to the state
        // even when the command is then refused. The store lets go of its copy while `fresh`
        // changes, so applying mutates in place instead of copying a million-entry state.
        var fresh = state
        state = AssistanceState()
        defer { state = fresh }
        let result = try file.append(actor: actor.login, now: now, shouldGiveUp: shouldGiveUp) { caughtUp in
            do throws(RuleViolation) {
                try fresh.apply(caughtUp)
            } catch {
                // Another process appended an entry that breaks a rule: damage, as on reading.
                throw stopBefore(error)
            }
            let instant = now()
            let prepared = try fresh.prepare(command, by: actor, at: instant, today: instant.localDate(in: zone))
            return (drafts: [prepared.draft], value: prepared.createdID)
        }
        do throws(RuleViolation) {
            try fresh.apply(result.written)
        } catch {
            // `prepare` and replay check the same rules, so this is never expected; were it to
            // happen, the entry just written is damage like any other.
            _ = stopBefore(error)
        }
        guard let entry = result.written.last else {
            throw JournalError.io(path: path, operation: "append", code: EIO)
        }
        return (entry, result.value)
    }

    @discardableResult
    private func readNew() -> Bool {
        // Entries are applied as each chunk is checked, never collected: see `JournalFile.replayNewEntries(_:)`.
        var fresh = state
        state = AssistanceState()
        defer { state = fresh }
        var arrived = false
        var violation: RuleViolation?
        do {
            try file.replayNewEntries { (line: consuming DecodedLine) in
                // The file goes on delivering what it read past a broken rule; none of it counts.
                guard violation == nil else { return }
                do throws(RuleViolation) {
                    // Taken, not copied: a copy would retain every string of the command once more.
                    if let command = line.command.take() {
                        try fresh.apply(line.entry, decoded: command)
                    } else {
                        try fresh.apply(line.entry)
                    }
                    arrived = true
                } catch {
                    violation = error
                }
            }
        } catch {
            // The entries before the damage were delivered before the error was thrown.
            damage = error
        }
        // A broken rule comes before any damage the file found later.
        if let violation { damage = stopBefore(violation) }
        if let reason = file.readOnlyReason, damage == nil {
            damage = file.appendRefusal ?? .readOnly(path: path, reason: reason)
        }
        return arrived
    }

    /// Makes the file stop before the entry that broke a rule, and the journal read-only;
    /// returns the damage to report.
    private func stopBefore(_ violation: RuleViolation) -> JournalError {
        let found = file.stopBeforeBrokenRule(violation)
        damage = found
        return found
    }
}
