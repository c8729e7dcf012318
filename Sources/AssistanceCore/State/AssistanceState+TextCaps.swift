extension AssistanceState {
    /// The caps on a case's texts and lists, for a new case, an update and an amendment
    /// alike: each text within its ``FreeTextField`` cap, at most
    /// ``FreeTextField/maximumLanguages`` languages, and each form of exploitation once.
    /// Together they bound a case's entry line (see ``JournalLimits/maximumLineLength``).
    func checkCaseTexts(
        legalName: String?, shelter: String?, languages: [String]?, exploitationForms: [ExploitationForm]?
    ) throws(CommandError) {
        try FreeTextField.legalName.check(legalName)
        try FreeTextField.shelter.check(shelter)
        if let languages {
            guard languages.count <= FreeTextField.maximumLanguages else {
                throw CommandError(
                    field: FreeTextField.language.key,
                    message: "A case may list at most \(FreeTextField.maximumLanguages) languages; \(languages.count) were given.")
            }
            for (index, language) in languages.enumerated() { try FreeTextField.language.check(language, entry: index + 1) }
        }
        if let exploitationForms {
            for (index, form) in exploitationForms.enumerated() where exploitationForms[..<index].contains(form) {
                throw CommandError(field: "exploitation", message: "Each form of exploitation may be given once; \(form.rawValue) is given twice.")
            }
        }
    }

    /// The caps on the texts an amendment changes, and no blank alias, note or name: the new
    /// value must pass what the amended event's value had to.
    func checkAmendedTexts(_ changes: FieldReader, of type: EventType) throws(CommandError) {
        guard case .object(let members) = changes.data else { return }
        for member in members {
            guard let field = Self.amendedText(member.key, of: type), let text = member.value.stringValue else { continue }
            if ["alias", "text", "name"].contains(member.key) {
                try requireText(text, field)
            } else {
                try field.check(text)
            }
        }
    }

    /// The free-text field an amendment's `key` changes on an entry of `type`, whose cap the
    /// new value must keep as the original had to; nil for keys that are not free text.
    static func amendedText(_ key: String, of type: EventType) -> FreeTextField? {
        switch (type, key) {
        case (.caseOpened, "alias"), (.caseUpdated, "alias"): .alias
        case (.caseOpened, "legal_name"), (.caseUpdated, "legal_name"): .legalName
        case (.caseOpened, "shelter"), (.caseUpdated, "shelter"): .shelter
        case (.stepRecorded, "note"), (.stepDone, "note"): .stepNote
        case (.noteAdded, "text"): .caseNote
        case (.referralSent, "note"): .referralNote
        case (.referralFollowUp, "note"): .followUpNote
        case (.organisationAdded, "name"): .organisationName
        case (.organisationAdded, "contact"): .contact
        case (.organisationAdded, "city"): .city
        default: nil
        }
    }
}
