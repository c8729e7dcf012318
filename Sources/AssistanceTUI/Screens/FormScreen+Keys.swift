extension FormScreen {
    /// What the form screen's keys do.
    public enum Action: Hashable, Sendable {
        /// A key of the form itself.
        case form(FormDialog.Action)
        /// Ctrl-E: the focused long text in `$EDITOR`.
        case openEditor
    }

    /// Ctrl-E opens `$EDITOR` on a note, text or reason.
    static let editorKeys = KeyBinding([.control("e")], label: "editor",
                                       description: "Write a note, text or reason in $EDITOR; the text comes back into the field.",
                                       action: Action.openEditor)

    /// The form's key table, in the order the help overlay lists it; typing and the text
    /// fields' other editing keys follow unlisted.
    public static let keys = table(steppingChoices: true)

    /// The same table for a text field, where ↑ and ↓ have no choices to step through.
    static let textKeys = table(steppingChoices: false)

    /// The table, with or without the choices' ↑ and ↓.
    private static func table(steppingChoices: Bool) -> KeyTable<Action> {
        let form = { @Sendable (action: FormDialog.Action) in Action.form(action) }
        let stepping = steppingChoices ? [ChoiceField.stepKeys.map { form(.field($0)) }] : []
        return KeyTable([FormDialog.submitKeys.map(form), FormDialog.fieldKeys.map(form)] + stepping
            + [editorKeys, FormDialog.clearKeys.map(form), FormDialog.cancelKeys.map(form)]) + FormDialog.editingKeys.map(form)
    }
}
