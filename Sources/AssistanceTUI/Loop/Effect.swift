/// A command for the core to append, described as a value so `update` stays pure.
///
/// Deliberately plain (a kind and string fields, as a form returns them): the app's effect
/// runner turns it into the core's own command type and validates it there.
public struct CommandRequest: Hashable, Sendable {
    /// What to do, named like the journal's event types (`step.recorded`).
    public var kind: String
    /// The fields by name, as typed.
    public var fields: [String: String]

    /// A request of the given kind.
    public init(kind: String, fields: [String: String]) {
        self.kind = kind
        self.fields = fields
    }
}

/// Work that `update` asks for but does not do: the runner carries it out and reports back
/// with an `EffectResult` event (Bubble Tea's commands).
public enum Effect: Hashable, Sendable {
    /// Restore the terminal and exit.
    case quit
    /// Repaint every cell (Ctrl-L, after something else wrote to the terminal).
    case redraw
    /// Append a command to the journal; answered with `.appended` or `.refused`.
    case append(CommandRequest)
    /// Suspend the UI and edit `text` in `$EDITOR`; answered with `.edited`.
    case openEditor(text: String)
    /// Check whether the journal grew (inode, size, mtime); answered with an
    /// `.externalChange` event when it did.
    case checkForChanges
    /// Read the journal again from the start.
    case reload
}

/// What came of an effect, delivered back to the screen that asked.
public enum EffectResult: Hashable, Sendable {
    /// The command was appended and synced: the UI may say "saved".
    case appended
    /// The core refused the command: per-field messages and one for the whole command,
    /// all full sentences without personal data.
    case refused(fieldErrors: [String: String], message: String)
    /// The editor closed; the text, or nil when the person left it unchanged or it failed.
    case edited(String?)
    /// The journal was read again.
    case reloaded
}

/// Everything that can happen to the app: the input to `update`.
public enum Event: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The key wait timed out; a chance to poll the journal.
    case tick
    /// Another process appended to the journal.
    case externalChange
    /// An effect finished.
    case effectResult(EffectResult)
    /// The terminal has a new size.
    case resized(width: Int, height: Int)
}
