import AssistanceCore

extension FormCatalogue {
    /// The organisation forms of the directory: a new one, an edit prefilled with what the
    /// journal holds, or the active/inactive switch.
    static func organisationForm(for purpose: FormPurpose, context: AppContext) -> FormDialog {
        let kinds = choices(OrganisationKind.self)
        switch purpose {
        case .editOrganisation(let organisationID):
            let found = context.state.organisation(organisationID)
            return FormDialog(title: "Edit \(organisationID)", fields: [
                .text("name", label: "Name", value: found?.name ?? ""),
                .choice("kind", label: "Kind", choices: kinds, selected: found?.kind.rawValue),
                .text("contact", label: "Contact", value: found?.contact ?? ""),
                .text("city", label: "City", value: found?.city ?? ""),
            ])
        case .setOrganisationActive(let organisationID, let isActive):
            return FormDialog(title: (isActive ? "Reactivate " : "Mark inactive: ") + organisationID, fields: [
                .choice("active", label: "Active", choices: activeChoices, selected: isActive ? "yes" : "no"),
            ])
        default:
            return FormDialog(title: "New organisation", fields: [
                .text("id", label: "Short id (a-z, 0-9, -)"),
                .text("name", label: "Name"),
                .choice("kind", label: "Kind", choices: kinds),
                .text("contact", label: "Contact"),
                .text("city", label: "City"),
            ])
        }
    }

    /// Active or not, as the `active` key stores it.
    static let activeChoices = [Choice(token: "yes", label: "Active"), Choice(token: "no", label: "Inactive")]
}

extension CommandBuilder {
    /// The organisation command; only what differs from the journal goes into an edit.
    static func organisationCommand(for purpose: FormPurpose, reader: inout FieldParser, context: AppContext) -> Command {
        switch purpose {
        case .editOrganisation(let organisationID):
            let existing = context.state.organisation(organisationID)
            var changes = OrganisationChanges()
            let name = reader.text("name")
            if name != existing?.name { changes.name = name }
            if let kind = reader.required("kind", OrganisationKind.self), kind != existing?.kind { changes.kind = kind }
            let contact = reader.text("contact")
            if contact != (existing?.contact ?? "") { changes.contact = contact }
            let city = reader.text("city")
            if city != (existing?.city ?? "") { changes.city = city }
            return .updateOrganisation(id: organisationID, changes: changes)
        case .setOrganisationActive(let organisationID, _):
            let isActive = reader.text("active") != "no" && reader.text("active").lowercased() != "inactive"
            return .updateOrganisation(id: organisationID, changes: OrganisationChanges(isActive: isActive))
        default:
            return .addOrganisation(
                id: reader.text("id"), name: reader.text("name"), kind: reader.required("kind", OrganisationKind.self) ?? .other,
                contact: reader.optionalText("contact"), city: reader.optionalText("city"))
        }
    }
}
