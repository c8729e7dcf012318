extension FormDialog {
    /// What a key does to a form.
    public enum Action: Hashable, Sendable {
        /// Enter: take a half-typed choice, then save.
        case submit
        /// Esc: close without saving.
        case cancel
        /// Tab: take a half-typed choice, then the next field.
        case nextField
        /// Shift-Tab: the previous field.
        case previousField
        /// Editing in the focused field (a text field takes `.edit` only).
        case field(ChoiceField.Action)
    }

    /// Enter saves.
    public static let submitKeys = KeyBinding([.enter], label: "save", description: "Save the form.", action: Action.submit)
    /// Tab and Shift-Tab move between fields.
    public static let fieldKeys = KeyBinding([.tab: Action.nextField, .backTab: .previousField], label: "next field",
                                             description: "Go to the next or previous field; in a choice, take the completion first.")
    /// Esc closes.
    public static let cancelKeys = KeyBinding([.escape], label: "cancel", description: "Close the form without saving.", action: Action.cancel)
    /// Ctrl-U in the focused field.
    public static let clearKeys = TextField.clearKeys.map { Action.field(.edit($0)) }
    /// Typing and the other editing keys of the focused field, which no help lists.
    public static let editingKeys = TextField.editing.map { Action.field(.edit($0)) }

    /// The dialog's own table: its keys, then a choice field's (which take text as any field does).
    public static let keys = KeyTable<Action>([submitKeys, fieldKeys, cancelKeys]) + ChoiceField.keys.map { .field($0) }

    /// The line at the foot of every dialog, from the same bindings: "Enter save  Tab next
    /// field  S-Tab previous  Esc cancel".
    static let keyLine = [submitKeys.hint, fieldKeys.hint, fieldKeys.keys[1].label + " previous", cancelKeys.hint]
        .joined(separator: "  ")
}
