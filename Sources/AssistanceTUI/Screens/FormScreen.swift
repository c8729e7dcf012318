/// A form dialog opened over a screen that appends one command when saved.
///
/// Enter sends the values as an `.append` effect and waits; a refusal puts the core's
/// messages next to the fields and keeps every value; success closes the dialog with "Saved."
/// Esc closes without saving.
public struct FormScreen: Screen {
    /// The dialog and what was typed.
    public private(set) var form: FormDialog
    /// The kind of command a save appends.
    public let commandKind: String
    /// True between a save and its answer.
    public private(set) var isSaving = false

    /// A form screen appending commands of `commandKind`.
    public init(form: FormDialog, commandKind: String) {
        self.form = form
        self.commandKind = commandKind
    }

    /// The form's title.
    public var title: String { form.title }

    /// The form's keys, which it handles itself (`FormDialog.handle`).
    public var keyHelp: [KeyHelp] {
        [
            KeyHelp(keys: "Enter", hintKey: "Enter", label: "save", description: "Save the form.", showsInHintBar: true),
            KeyHelp(keys: "Tab S-Tab", hintKey: "Tab", label: "next field",
                    description: "Go to the next or previous field; in a choice, take the completion first.", showsInHintBar: true),
            KeyHelp(keys: "↑ ↓", hintKey: "↑", label: "step choices",
                    description: "Step through the choices that match what you typed.", showsInHintBar: false),
            KeyHelp(keys: "Ctrl-U", hintKey: "Ctrl-U", label: "clear",
                    description: "Delete everything before the cursor.", showsInHintBar: false),
            KeyHelp(keys: "Esc", hintKey: "Esc", label: "cancel", description: "Close the form without saving.", showsInHintBar: true),
        ]
    }

    /// Letters belong to the fields.
    public var capturesTextInput: Bool { true }

    /// Anything typed and not yet saved.
    public var hasUnsavedInput: Bool { form.hasUnsavedInput }

    /// Drawn over the screen that opened it.
    public var isOverlay: Bool { true }

    /// Draws the dialog.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        form.draw(into: &canvas, area: context.area)
    }

    /// Passes the key to the form and turns a save into an append effect.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        switch form.handle(key: key) {
        case .editing:
            return .handled
        case .cancel:
            return .pop
        case .submit(let values):
            isSaving = true
            return .perform([.append(CommandRequest(kind: commandKind, fields: values))])
        }
    }

    /// Closes on success; on refusal shows the messages and keeps the values.
    public mutating func receive(_ result: EffectResult) -> ScreenResult {
        guard isSaving else { return .ignored }
        switch result {
        case .appended:
            isSaving = false
            return .popWithMessage(MessageLine(.info, "Saved."))
        case .refused(let fieldErrors, let message):
            isSaving = false
            form.showErrors(fieldErrors, formError: message)
            return .message(MessageLine(.error, message))
        case .edited, .reloaded:
            return .ignored
        }
    }
}
