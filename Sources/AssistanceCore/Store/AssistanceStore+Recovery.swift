extension AssistanceStore {
    /// Checks the whole journal at `path` without changing it, as `assist verify` does: every
    /// line, the hash chain, and every entry against the rules of append, replayed as the
    /// store replays them. The first problem found is reported, whichever kind it is.
    public static func verify(at path: String, system: SystemCalls = .live) -> JournalVerification {
        let store: AssistanceStore
        do {
            store = try AssistanceStore(
                openingJournalAt: path, system: system, readChunkSize: ChunkReader.defaultChunkSize, forWriting: false)
        } catch {
            return JournalVerification(entryCount: 0, headHash: "", tornTailByteCount: 0, problem: error)
        }
        // Opened only to be read, the store's own `damage` says so; the file's is what was found.
        let file = store.file
        return JournalVerification(
            entryCount: file.entryCount, headHash: file.headHash, tornTailByteCount: file.tornTailByteCount, problem: file.damage)
    }

    /// What `assist recover` would move out of this journal, or nil when it is intact (a torn
    /// tail is not damage: the next append sets it aside). Changes nothing.
    ///
    /// Throws when the journal cannot be recovered this way: when the file itself refuses
    /// appends (read-only, world-writable), or an error stopped the reading.
    public func recoveryPlan(now: Timestamp = .now()) throws(JournalError) -> RecoveryPlan? {
        if let accessRefusal { throw accessRefusal }
        return try file.recoveryPlan(now: now)
    }

    /// Carries out `plan` for `actor`, who must be an admin in the kept entries: moves the
    /// lines after them to the plan's side file, cuts the journal back and records this as
    /// the next entry, which is returned. The journal is writable again afterwards.
    ///
    /// Throws ``CommandError`` when the actor may not (nothing changes), ``RecoveryRefusal``
    /// when the journal changed since the plan was made (nothing changes), and
    /// ``JournalError`` when the file fails; if it fails after the lines were moved, the
    /// journal holds the kept entries and takes appends, without the recording entry.
    @discardableResult
    public func recover(_ plan: RecoveryPlan, by actor: Actor, now: @escaping () -> Timestamp = Timestamp.now) throws -> JournalEntry {
        if let accessRefusal { throw accessRefusal }
        let instant = now()
        let prepared = try state.prepare(.recordRecovery(plan.details), by: actor, at: instant, today: instant.utcDate)
        do {
            let entry = try file.setAside(plan, thenAppend: prepared.draft, actor: actor.login, now: now)
            damage = nil
            try state.apply(entry)
            return entry
        } catch let violation as RuleViolation {
            // `prepare` checked what replay checks: never expected, and damage like any other if it happens.
            damage = file.stopBeforeBrokenRule(violation)
            throw damage ?? violation
        } catch {
            // The lines may have been moved before the recording entry failed: then the journal is whole again.
            if file.damage == nil { damage = nil }
            throw error
        }
    }
}
