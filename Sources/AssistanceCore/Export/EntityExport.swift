/// One entity's records for export: column names and one typed value per column, written
/// as a CSV file with a header row or as JSON lines.
public struct ExportTable: Sendable, Hashable {
    /// The entity, also the file's base name (`cases`, `steps`, …).
    public var name: String
    /// Column names, the event data keys where there is one.
    public var columns: [String]
    /// The records, each with one value per column.
    public var records: [[JSONValue]]

    /// The records as RFC 4180 CSV with a header row: null as an empty field, lists joined
    /// with `;`, booleans as `true`/`false`; text neutralised and escaped by ``CSVWriter``.
    public func csv() -> String {
        var writer = CSVWriter(header: columns)
        for record in records { writer.appendRecord(record.map(Self.csvField)) }
        return writer.text
    }

    /// One JSON object per record, one per line, with unsafe characters as `\u` escapes.
    public func jsonLines() -> String {
        records.map { record in
            JSONWriter.encodeString(.object(zip(columns, record).map { JSONMember($0, $1) }), escaping: .terminalSafe) + "\n"
        }.joined()
    }

    /// Numbers and booleans are the tool's own and stay as they are; strings, lists and
    /// objects hold stored text.
    private static func csvField(_ value: JSONValue) -> CSVWriter.Field {
        switch value {
        case .null, .bool, .int, .double: .computed(csvText(value))
        case .string, .array, .object: .text(csvText(value))
        }
    }

    private static func csvText(_ value: JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .array(let items): items.map(csvText).joined(separator: ";")
        case .object: JSONWriter.encodeString(value)
        }
    }
}

/// The current state of every entity as export tables (cases, steps, referrals,
/// organisations, notes, users), linked by ids. Retracted records are kept and marked, so
/// that ids in other files still resolve.
public enum EntityExport {
    /// The six tables; full legal names only when `includeNames` is true (the column is left
    /// out otherwise, so a file shared by mistake holds none).
    public static func tables(from state: AssistanceState, includeNames: Bool) -> [ExportTable] {
        [cases(state, includeNames: includeNames), steps(state), referrals(state), organisations(state), notes(state), users(state)]
    }

    private static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    private static func date(_ value: CalendarDate?) -> JSONValue { value.map { .string($0.description) } ?? .null }

    private static func cases(_ state: AssistanceState, includeNames: Bool) -> ExportTable {
        var columns = ["id", "alias"]
        if includeNames { columns.append("legal_name") }
        columns += [
            "sex", "birth_year", "birth_date", "age_group", "nationality", "languages", "exploitation", "identified_on", "identified_by",
            "shelter", "caseworker", "risk", "consent_processing", "consent_sharing", "reflection_starts_on", "reflection_ends_on",
            "reflection_extensions", "status", "closing_reason", "closed_on", "retracted",
        ]
        let records = state.cases.map { item -> [JSONValue] in
            var record: [JSONValue] = [.string(item.id), .string(item.alias)]
            if includeNames { record.append(text(item.legalName)) }
            record += [
                .string(item.sex.rawValue), item.birthYear.map { .int($0) } ?? .null, date(item.birthDate), text(item.ageGroup?.rawValue),
                text(item.nationality?.code), .array(item.languages.map { .string($0) }),
                .array(item.exploitationForms.map { .string($0.rawValue) }), date(item.identifiedOn), .string(item.identifiedBy.rawValue),
                text(item.shelter), text(item.caseworker), text(item.riskLevel?.rawValue), .bool(item.consentToProcessing),
                .bool(item.consentToSharing), date(item.reflection?.startsOn), date(item.reflection?.endsOn),
                item.reflection.map { .int($0.extensions) } ?? .null, .string(item.status.rawValue), text(item.closingReason?.rawValue),
                date(item.closedOn), .bool(item.isRetracted),
            ]
            return record
        }
        return ExportTable(name: "cases", columns: columns, records: records)
    }

    private static func steps(_ state: AssistanceState) -> ExportTable {
        let columns = ["seq", "case", "kind", "date", "done", "done_on", "org", "note", "done_note", "author", "retracted"]
        let records = state.steps.map { step -> [JSONValue] in
            [
                .int(step.seq), .string(step.caseID), .string(step.kind.rawValue), date(step.date), .bool(step.isDone), date(step.doneOn),
                text(step.organisationID), text(step.note), text(step.doneNote), .string(step.author), .bool(step.isRetracted),
            ]
        }
        return ExportTable(name: "steps", columns: columns, records: records)
    }

    private static func referrals(_ state: AssistanceState) -> ExportTable {
        let columns = [
            "id", "case", "org", "service", "made_on", "respond_by", "status", "accepted_on", "answered_on", "service_date",
            "outcome_reason", "note", "follow_ups", "consent_override_reason", "author", "retracted",
        ]
        let records = state.referrals.map { referral -> [JSONValue] in
            [
                .string(referral.id), .string(referral.caseID), .string(referral.organisationID), .string(referral.serviceKind.rawValue),
                date(referral.madeOn), date(referral.respondBy), .string(referral.status.rawValue), date(referral.acceptedOn),
                date(referral.answeredOn), date(referral.serviceDate), text(referral.outcomeReason), text(referral.note),
                .int(referral.followUps.filter { !$0.isRetracted }.count), text(referral.consentOverrideReason), .string(referral.author),
                .bool(referral.isRetracted),
            ]
        }
        return ExportTable(name: "referrals", columns: columns, records: records)
    }

    private static func organisations(_ state: AssistanceState) -> ExportTable {
        let records = state.organisations.map { organisation -> [JSONValue] in
            [
                .string(organisation.id), .string(organisation.name), .string(organisation.kind.rawValue), text(organisation.contact),
                text(organisation.city), .bool(organisation.isActive),
            ]
        }
        return ExportTable(name: "organisations", columns: ["id", "name", "kind", "contact", "city", "active"], records: records)
    }

    private static func notes(_ state: AssistanceState) -> ExportTable {
        let records = state.notes.map { note -> [JSONValue] in
            [.int(note.seq), .string(note.caseID), .string(note.timestamp.iso8601), .string(note.author), .string(note.text), .bool(note.isRetracted)]
        }
        return ExportTable(name: "notes", columns: ["seq", "case", "recorded_at", "author", "text", "retracted"], records: records)
    }

    private static func users(_ state: AssistanceState) -> ExportTable {
        let records = state.users.map { user -> [JSONValue] in [.string(user.login), .string(user.displayName), .string(user.role.rawValue)] }
        return ExportTable(name: "users", columns: ["login", "display_name", "role"], records: records)
    }
}
