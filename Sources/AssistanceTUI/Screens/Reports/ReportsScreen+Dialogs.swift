import AssistanceCore

extension ReportsScreen {
    /// Keys while the period or directory dialog is open: Enter uses the values, Esc closes.
    mutating func handleDialog(key: Key, context: ScreenContext) -> ScreenResult {
        guard var dialogForm = form, let dialog else { return .ignored }
        if isWriting { return .handled }
        let outcome = dialogForm.handle(key: key, keys: Self.dialogKeys)
        form = dialogForm
        switch outcome {
        case .ignored:
            return .ignored
        case .editing:
            return .handled
        case .cancel:
            closeDialog()
            return .handled
        case .submit(let values):
            switch dialog {
            case .period: return usePeriod(values, context: context)
            case .directory: return write(into: values["directory"] ?? "")
            }
        }
    }

    /// Reads the period typed; a date that cannot be read, or a last day before the first,
    /// is marked next to its field and everything typed stays for correcting.
    mutating func usePeriod(_ values: [String: String], context: ScreenContext) -> ScreenResult {
        let today = context.app.today
        var errors: [String: String] = [:]
        var first: CalendarDate?
        var last: CalendarDate?
        // Field errors take one line of the dialog, so they are shorter than DateInputError's.
        let notADate = { (text: String) in "'\(text)' is not a date; use YYYY-MM-DD, today, -N or +N." }
        do { first = try DateInput.parse(values["from"] ?? "", today: today) } catch { errors["from"] = notADate(error.text) }
        do { last = try DateInput.parse(values["to"] ?? "", today: today) } catch { errors["to"] = notADate(error.text) }
        if let first, let last, let chosen = ReportPeriod(from: first, to: last) {
            period = chosen
            scroll = 0
            closeDialog()
            recompute(context.app)
            return .handled
        }
        if first != nil, let last {
            errors["to"] = "\(last) is before the first day; give a later last day."
        }
        form?.showErrors(errors)
        return .message(MessageLine(.error, "The period was not changed; correct the field marked with !."))
    }

    /// Asks the runtime to write one CSV file per table of the report as shown.
    mutating func write(into directory: String) -> ScreenResult {
        let files = shownReport.tables.map { OutputFile(name: "\($0.id).csv", contents: $0.csv()) }
        isWriting = true
        return .perform([.writeFiles(directory: directory, files: files)])
    }

    /// Closes the dialog on success and says where the files are; on failure keeps it open
    /// with the reason next to the directory.
    public mutating func receive(_ result: EffectResult) -> ScreenResult {
        guard isWriting else { return .ignored }
        switch result {
        case .filesWritten(let directory, let paths):
            isWriting = false
            closeDialog()
            let files = paths.count == 1 ? "1 CSV file" : "\(paths.count) CSV files"
            return .message(MessageLine(.info, "Wrote \(files) into \(directory)."))
        case .filesNotWritten(let message):
            isWriting = false
            form?.showErrors(["directory": message])
            return .message(MessageLine(.error, message))
        default:
            return .ignored
        }
    }

    /// Closes whichever dialog is open.
    mutating func closeDialog() {
        form = nil
        dialog = nil
    }
}
