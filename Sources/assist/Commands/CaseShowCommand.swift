import AssistanceCore
import ArgumentParser
import AssistanceTUI

extension CaseCommand {
    /// `assist case show ID [--format text|json]`: the case's details and its whole timeline.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a case's details and its timeline.")
        @OptionGroup var journalOptions: JournalOptions
        @Argument(help: "The case id.") var id: String
        @Option(help: "How to print the case; a case and its timeline have no CSV form.") var format: DocumentFormat = .text

        func run() throws {
            let state = try journalOptions.openStore().state
            let today = Parse.today
            guard let record = state.case(id), let row = state.caseRow(id, today: today) else {
                throw OptionValueError(option: "case", problem: "There is no case \(id); 'assist cases --status all' lists them.")
            }
            let fields = CaseFields.describe(record, row: row, state: state)
            let timeline = state.timeline(of: id)
            if format == .json {
                let items = timeline.map { item in
                    JSONValue.object([
                        .init("seq", .int(item.seq)), .init("ts", .string(item.timestamp.iso8601)),
                        .init("author", .string(item.author)), .init("type", .string(item.type.rawValue)),
                        .init("summary", .string(item.summary)), .init("detail", item.detail.map(JSONValue.string) ?? .null),
                        .init("retracted", .bool(item.isRetracted)), .init("amended_by", .array(item.amendedBy.map(JSONValue.int))),
                    ])
                }
                let object = JSONValue.object(fields.map { JSONMember($0.key, $0.json) } + [JSONMember("timeline", .array(items))])
                printJSON(object)
                return
            }
            let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
            for field in fields where !field.text.isEmpty {
                print(TextLayout.pad(field.label, to: labelWidth) + "  " + SafeText.display(field.text))
            }
            print("")
            var table = TextTable(["SEQ", "WHEN", "WHO", "WHAT"], numericColumns: [0])
            for item in timeline {
                var what = item.summary
                if let detail = item.detail, !detail.isEmpty { what += " — " + detail }
                if item.isRetracted { what = "[retracted] " + what }
                if !item.amendedBy.isEmpty { what += " [amended by " + item.amendedBy.map { "#\($0)" }.joined(separator: ", ") + "]" }
                table.append([String(item.seq), LocalTime.minute(item.timestamp), item.authorName, what])
            }
            print(table.render())
        }
    }
}

/// One labelled field of a case, as text for people and as JSON for scripts.
struct CaseField {
    var key: String
    var label: String
    var text: String
    var json: JSONValue
}

/// The fields `case show` prints, in the order a caseworker reads them.
enum CaseFields {
    static func describe(_ record: Case, row: CaseRow, state: AssistanceState) -> [CaseField] {
        func field(_ key: String, _ label: String, _ text: String?, _ json: JSONValue? = nil) -> CaseField {
            CaseField(key: key, label: label, text: text ?? "", json: json ?? (text.map(JSONValue.string) ?? .null))
        }
        let reflection: String? = record.reflection.map { period in
            var text = "\(period.startsOn) to \(period.endsOn)"
            if let left = row.reflectionDaysLeft { text += " (\(left) days left)" }
            return text
        }
        return [
            field("id", "Case", record.id),
            field("alias", "Alias", record.alias),
            field("legal_name", "Legal name", record.legalName),
            field("status", "Status", record.status.label + (record.closingReason.map { " (\($0.label.lowercased()))" } ?? ""),
                  .string(record.status.rawValue)),
            field("sex", "Sex", record.sex.label, .string(record.sex.rawValue)),
            field("birth_year", "Born", (record.birthDate?.description ?? record.birthYear.map(String.init)),
                  record.birthYear.map(JSONValue.int)),
            field("age_group", "Age group", row.ageGroup?.label, row.ageGroup.map { .string($0.rawValue) }),
            field("nationality", "Nationality", record.nationality?.name, record.nationality.map { .string($0.code) }),
            field("languages", "Languages", record.languages.joined(separator: ", "), .array(record.languages.map(JSONValue.string))),
            field("exploitation", "Exploitation", record.exploitationForms.map(\.label).joined(separator: ", "),
                  .array(record.exploitationForms.map { .string($0.rawValue) })),
            field("identified_on", "Identified", "\(record.identifiedOn) by \(record.identifiedBy.label.lowercased())",
                  .string(record.identifiedOn.description)),
            field("identified_by", "", nil, .string(record.identifiedBy.rawValue)),
            field("shelter", "Shelter", record.shelter),
            field("caseworker", "Caseworker", record.caseworker.map { state.displayName(of: $0) }, record.caseworker.map(JSONValue.string)),
            field("risk", "Risk", record.riskLevel?.label, record.riskLevel.map { .string($0.rawValue) }),
            field("consent_processing", "Consent", "processing: \(record.consentToProcessing ? "yes" : "no"), sharing: \(record.consentToSharing ? "yes" : "no")",
                  .bool(record.consentToProcessing)),
            field("consent_sharing", "", nil, .bool(record.consentToSharing)),
            field("reflection", "Reflection", reflection,
                  record.reflection.map { .object([.init("starts_on", .string($0.startsOn.description)), .init("ends_on", .string($0.endsOn.description))]) }),
            field("open_referrals", "Referrals", "\(row.openReferrals) open, \(row.overdueReferrals) overdue", .int(row.openReferrals)),
            field("overdue_referrals", "", nil, .int(row.overdueReferrals)),
            field("next_step", "Next step", row.nextPlannedStep.map { "\($0.kind.label) on \($0.date)" },
                  row.nextPlannedStep.map { .object([.init("seq", .int($0.seq)), .init("kind", .string($0.kind.rawValue)), .init("date", .string($0.date.description))]) }),
            field("last_activity", "Last activity", LocalTime.minute(row.lastActivity), .string(row.lastActivity.iso8601)),
        ]
    }
}
