import AssistanceCore

/// Work that `update` asks for but does not do: the runtime (`AppRuntime`, outside this
/// module, which does no I/O) carries it out and reports back with an `EffectResult` event
/// (Bubble Tea's commands).
public enum Effect: Hashable, Sendable {
    /// Restore the terminal and exit.
    case quit
    /// Repaint every cell (Ctrl-L, after something else wrote to the terminal).
    case redraw
    /// Validate `Command` against the journal as it is on disk and append it, as the person
    /// at the terminal; answered with `.journalChanged`, then `.appended` or `.refused`. The
    /// runtime carries it out on a worker thread; the loop keeps reading keys meanwhile.
    case append(Command)
    /// Give up the save in flight if it is still waiting for the journal's lock (a save
    /// already writing finishes); its answer is then `.refused` saying it was cancelled.
    case cancelSave
    /// Suspend the UI and edit `text` in `$EDITOR`; answered with `.edited`.
    case openEditor(text: String)
    /// Check whether the journal grew (inode, size, mtime); answered with a
    /// `.journalChanged` event when it did.
    case checkForChanges
    /// Read whatever the journal holds that was not read yet (`g`).
    case reload
    /// Write `files` into `directory` (a leading `~` is the home directory), created private
    /// to the user, never overwriting; answered with `.filesWritten` or `.filesNotWritten`.
    case writeFiles(directory: String, files: [OutputFile])
}

/// What came of an effect, delivered back to the screen that asked.
public enum EffectResult: Hashable, Sendable {
    /// The command was appended and synced: the UI may say "saved". Carries the id of a new
    /// case or referral, if the command made one.
    case appended(createdID: String?)
    /// The core refused the command: per-field messages (keyed by the event's data key,
    /// which is also the form field's name) and one for the whole command, all full
    /// sentences without personal data.
    case refused(fieldErrors: [String: String], message: String)
    /// The editor closed; the text, or nil when the person left it unchanged or it failed.
    case edited(String?)
    /// The journal was read again.
    case reloaded
    /// Every file of a `.writeFiles` effect was written; the directory as written to (`~`
    /// expanded) and the paths of the files.
    case filesWritten(directory: String, paths: [String])
    /// A `.writeFiles` effect wrote nothing; a full sentence naming the path and what to do.
    case filesNotWritten(message: String)
}

/// Everything that can happen to the app: the input to `update`.
public enum Event: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The key wait timed out; a chance to poll the journal.
    case tick
    /// The save in flight has waited about a second for another process to let go of the
    /// journal's lock.
    case saveWaiting
    /// The journal holds new entries (appended by this or another process), or was read
    /// again: every screen catches up, keeping its selection, filter and form.
    case journalChanged(AppContext)
    /// An effect finished.
    case effectResult(EffectResult)
    /// The terminal has a new size.
    case resized(width: Int, height: Int)
}
