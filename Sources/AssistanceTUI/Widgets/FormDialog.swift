import AssistanceCore

/// One field of a `FormDialog`.
public struct FormField: Hashable, Sendable {
    /// What a person types into.
    public enum Input: Hashable, Sendable {
        /// Free text: alias, note, a date as `2026-11-30`, `today`, `-3` or `+7`.
        case text(TextField)
        /// One of a closed list, completed as you type.
        case choice(ChoiceField)
    }

    /// The name the values are returned under (`alias`, `respond_by`).
    public var name: String
    /// The label shown left of the field.
    public var label: String
    /// The input.
    public var input: Input
    /// What is wrong with the value, shown next to the field after a refused save.
    public var error: String?

    /// A free-text field.
    public static func text(_ name: String, label: String, value: String = "") -> FormField {
        FormField(name: name, label: label, input: .text(TextField(text: value)))
    }

    /// A field choosing from a closed list.
    public static func choice(_ name: String, label: String, choices: [Choice], selected: String? = nil) -> FormField {
        FormField(name: name, label: label, input: .choice(ChoiceField(choices: choices, selectedToken: selected)))
    }

    /// A field with the given input.
    public init(name: String, label: String, input: Input, error: String? = nil) {
        self.name = name
        self.label = label
        self.input = input
        self.error = error
    }

    /// The value returned on submit: the text, or the chosen token.
    public var value: String {
        switch input {
        case .text(let field): return field.text
        case .choice(let field): return field.value
        }
    }
}

/// A dialog of labelled fields: Tab and Shift-Tab move between them, Enter saves, Esc cancels.
///
/// The dialog does not validate; whoever receives `.submit` asks the core, and on refusal
/// calls `showErrors`, which keeps everything typed so nothing has to be entered twice.
public struct FormDialog: Hashable, Sendable {
    /// What a key did to the form.
    public enum Outcome: Hashable, Sendable {
        /// Still being filled in.
        case editing
        /// Enter: save these values, by field name.
        case submit([String: String])
        /// Esc: close without saving.
        case cancel
        /// A key the form has no use for.
        case ignored
    }

    /// The title in the dialog's border.
    public var title: String
    /// The fields, top to bottom.
    public private(set) var fields: [FormField]
    /// Index of the field with the cursor.
    public private(set) var focus: Int = 0
    /// An error about the whole save ("The journal could not be written…"), shown at the bottom.
    public var formError: String?
    /// The values the form opened with, to tell whether anything was typed since.
    private let initialValues: [String]

    /// A form of `fields`, the first one focused.
    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
        initialValues = fields.map(\.value)
    }

    /// The current values by field name.
    public var values: [String: String] {
        Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when something differs from what the form opened with: quitting should ask first.
    public var hasUnsavedInput: Bool { fields.map(\.value) != initialValues }

    /// Shows refusal messages next to the named fields (and one for the whole form), keeping
    /// the values, and moves the cursor to the first field in error.
    public mutating func showErrors(_ errors: [String: String], formError: String? = nil) {
        for index in fields.indices { fields[index].error = errors[fields[index].name] }
        self.formError = formError
        if let first = fields.indices.first(where: { fields[$0].error != nil }) { focus = first }
    }

    /// Handles a key of `keys` (the dialog's own table unless its owner words the keys its
    /// way): field movement, save and cancel here, editing in the focused field.
    public mutating func handle(key: Key, keys: KeyTable<Action> = FormDialog.keys) -> Outcome {
        guard let action = keys.action(for: key) else { return .ignored }
        return perform(action)
    }

    /// Carries out `action`; `.ignored` when the focused field cannot (↑ in a text field).
    public mutating func perform(_ action: Action) -> Outcome {
        switch action {
        case .cancel:
            return .cancel
        case .submit:
            acceptCompletion()
            return .submit(values)
        case .nextField:
            acceptCompletion()
            focus = (focus + 1) % max(1, fields.count)
        case .previousField:
            focus = (focus + max(1, fields.count) - 1) % max(1, fields.count)
        case .field(let edit):
            guard fields.indices.contains(focus) else { return .ignored }
            switch fields[focus].input {
            case .text(var field):
                guard case .edit(let textEdit) = edit else { return .ignored }
                field.apply(textEdit)
                fields[focus].input = .text(field)
            case .choice(var field):
                field.apply(edit)
                fields[focus].input = .choice(field)
            }
        }
        return .editing
    }

    /// The field with the cursor.
    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// Replaces the text of the field named `name` (text from `$EDITOR`), keeping the rest.
    public mutating func setText(_ text: String, forField name: String) {
        guard let index = fields.firstIndex(where: { $0.name == name }) else { return }
        switch fields[index].input {
        case .text(var field):
            field.setText(text)
            fields[index].input = .text(field)
        case .choice(var field):
            field.setText(text)
            fields[index].input = .choice(field)
        }
    }

    /// Completes a half-typed choice in the focused field before leaving it.
    mutating func acceptCompletion() {
        guard fields.indices.contains(focus), case .choice(var field) = fields[focus].input else { return }
        field.acceptCompletion()
        fields[focus].input = .choice(field)
    }

    /// Rows the dialog needs: a border, one per field and per error, the form error, the keys.
    public var height: Int {
        2 + fields.count + fields.filter { $0.error != nil }.count + (formError == nil ? 0 : 1) + 2
    }

    /// Draws the dialog centred in `area`, over whatever is there.
    public func draw(into canvas: inout Canvas, area: Rect) {
        let box = area.centered(width: min(area.width, 76), height: height)
        let inside = canvas.drawBox(box, title: title)
        guard !inside.isEmpty else { return }
        let labelWidth = min(fields.map { DisplayWidth.of(SafeText.display($0.label)) }.max() ?? 0, inside.width / 3)
        let inputX = inside.x + labelWidth + 2
        let inputWidth = max(1, inside.maxX - inputX)
        var row = 0
        for (index, field) in fields.enumerated() {
            let y = inside.y + row
            let focused = index == focus
            let label = TextLayout.pad(SafeText.display(field.label), to: labelWidth, alignment: .right)
            canvas.put(label, x: inside.x, y: y, style: focused ? .accent : .normal, maxWidth: labelWidth)
            let inputArea = Rect(x: inputX, y: y, width: inputWidth, height: 1)
            switch field.input {
            case .text(let input): input.draw(into: &canvas, area: inputArea, focused: focused)
            case .choice(let input): input.draw(into: &canvas, area: inputArea, focused: focused)
            }
            row += 1
            if let error = field.error {
                canvas.put("! " + error, x: inputX, y: inside.y + row, style: .error, maxWidth: inputWidth)
                row += 1
            }
        }
        if let formError {
            canvas.put("! " + formError, x: inside.x, y: inside.y + row, style: .error, maxWidth: inside.width)
            row += 1
        }
        canvas.put(Self.keyLine, x: inside.x, y: inside.maxY - 1, style: .dim, maxWidth: inside.width)
    }
}
