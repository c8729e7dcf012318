import AssistanceCore

/// A form dialog opened over a screen that appends one command when saved.
///
/// Enter reads the values into a `Command` (`CommandBuilder`); fields that cannot be read are
/// marked at once. Otherwise it asks first when the purpose closes or retracts, then sends an
/// `.append` effect and waits; a refusal from the core puts its message next to the field
/// and keeps every value; success closes the dialog with "Saved." Esc closes without saving.
/// `Ctrl-E` in a long text field opens `$EDITOR` on it.
public struct FormScreen: Screen {
    /// The dialog and what was typed.
    public private(set) var form: FormDialog
    /// What a save records.
    public let purpose: FormPurpose
    /// True between a save and its answer.
    public private(set) var isSaving = false
    /// The question asked before a save that closes or retracts.
    public private(set) var confirmation: ConfirmDialog?
    /// The command waiting for the answer to `confirmation`.
    var pendingCommand: Command?
    /// The field `$EDITOR` is editing, while it is open.
    var editingField: String?

    /// A form screen for `purpose` over the journal in `context`.
    public init(purpose: FormPurpose, context: AppContext) {
        self.purpose = purpose
        form = FormCatalogue.form(for: purpose, context: context)
    }

    /// The form's title.
    public var title: String { form.title }

    /// The form's keys, as the hint line and help overlay list them.
    public var keyHelp: [KeyHelp] { Self.keys.help }

    /// Letters belong to the fields.
    public var capturesTextInput: Bool { true }

    /// Anything typed and not yet saved.
    public var hasUnsavedInput: Bool { form.hasUnsavedInput }

    /// Drawn over the screen that opened it.
    public var isOverlay: Bool { true }

    /// Draws the dialog, and the question over it while one is asked.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        form.draw(into: &canvas, area: context.area)
        confirmation?.draw(into: &canvas, area: context.area)
    }

    /// The keys while a choice field has the cursor; in a text field ↑ and ↓ have nothing to step.
    var activeKeys: KeyTable<Action> {
        guard case .choice? = form.focusedField?.input else { return Self.textKeys }
        return Self.keys
    }

    /// Passes the key to the form and turns a save into an append effect.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        if let question = confirmation {
            switch question.handle(key: key) {
            case .pending: return .handled
            case .cancelled:
                confirmation = nil
                pendingCommand = nil
                return .handled
            case .confirmed:
                confirmation = nil
                guard let command = pendingCommand else { return .handled }
                pendingCommand = nil
                isSaving = true
                return .perform([.append(command)])
            }
        }
        switch activeKeys.action(for: key) {
        case nil:
            return .ignored
        case .openEditor?:
            guard let field = form.focusedField, FormPurpose.longTextFields.contains(field.name) else {
                // Outside a long text Ctrl-E is the field's own key: the end of the line.
                return answer(form.handle(key: key), context: context)
            }
            editingField = field.name
            return .perform([.openEditor(text: field.value)])
        case .form(let action)?:
            return answer(form.perform(action), context: context)
        }
    }

    /// What the screen does with what the form made of a key.
    mutating func answer(_ outcome: FormDialog.Outcome, context: ScreenContext) -> ScreenResult {
        switch outcome {
        case .ignored:
            return .ignored
        case .editing:
            return .handled
        case .cancel:
            return .pop
        case .submit(let values):
            switch CommandBuilder.command(for: purpose, values: values, context: context.app) {
            case .failure(let refusal):
                form.showErrors(refusal.fieldErrors, formError: nil)
                return .message(MessageLine(.error, refusal.message))
            case .success(let command):
                if let question = purpose.confirmation(values: values) {
                    confirmation = question
                    pendingCommand = command
                    return .handled
                }
                isSaving = true
                return .perform([.append(command)])
            }
        }
    }

    /// Closes on success; on refusal shows the messages and keeps the values; puts the
    /// editor's text back into its field.
    public mutating func receive(_ result: EffectResult) -> ScreenResult {
        switch result {
        case .edited(let text):
            if let name = editingField, let text { form.setText(text, forField: name) }
            editingField = nil
            return .handled
        case .appended where isSaving:
            isSaving = false
            return .popWithMessage(MessageLine(.info, "Saved."))
        case .refused(let fieldErrors, let message) where isSaving:
            isSaving = false
            form.showErrors(fieldErrors, formError: fieldErrors.isEmpty ? message : nil)
            return .message(MessageLine(.error, message))
        default:
            return .ignored
        }
    }
}
