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
    public private(set) var state: AssistanceState
    /// Why the journal can only be read (damage in the middle, a read-only file), if so.
    public private(set) var damage: JournalError?

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

    /// Opens and replays a journal reading `readChunkSize` bytes at a time (tests cross many chunks with small journals).
    init(openingJournalAt path: String, system: SystemCalls, readChunkSize: Int) throws(JournalError) {
        file = try JournalFile.open(at: path, system: system)
        file.readChunkSize = readChunkSize
        state = AssistanceState()
        if case .success(let status) = system.fstat(file.descriptor) { state.reserveCapacity(forJournalBytes: status.size) }
        readNew()
    }

    /// Creates a new journal whose first entry registers `creator` as its admin.
    public static func create(
        at path: String, group: String? = nil, creator: String, displayName: String, system: SystemCalls = .live
    ) throws -> AssistanceStore {
        _ = try JournalFile.create(at: path, group: group, system: system)
        let store = try AssistanceStore(openingJournalAt: path, system: system)
        _ = try store.perform(
            .addUser(login: creator, displayName: displayName, role: .admin), by: Actor(login: creator, onBehalfOf: nil))
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
            fresh.apply(caughtUp)
            let instant = now()
            let prepared = try fresh.prepare(command, by: actor, at: instant, today: instant.localDate(in: zone))
            return (drafts: [prepared.draft], value: prepared.createdID)
        }
        fresh.apply(result.written)
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
        do {
            try file.replayNewEntries { (line: consuming DecodedLine) in
                // Taken, not copied: a copy would retain every string of the command once more.
                if let command = line.command.take() {
                    fresh.apply(line.entry, decoded: command)
                } else {
                    fresh.apply(line.entry)
                }
                arrived = true
            }
            if let reason = file.readOnlyReason, damage == nil {
                damage = file.appendRefusal ?? .readOnly(path: path, reason: reason)
            }
        } catch {
            // The entries before the damage were delivered before the error was thrown.
            damage = error
        }
        return arrived
    }
}
