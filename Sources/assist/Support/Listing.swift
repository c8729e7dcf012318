import Foundation
import AssistanceCore

/// Prints a list as an aligned table, a JSON array of objects or CSV, from one set of records.
enum Listing {
    /// Prints `records` (one string per heading) in `format`; `jsonValue` types each cell for JSON,
    /// given its column index and text (empty text becomes null).
    static func print(
        headings: [String], records: [[String]], numericColumns: Set<Int> = [], format: OutputFormat,
        jsonValue: (Int, String) -> JSONValue = { _, text in .string(text) }
    ) {
        switch format {
        case .text:
            var table = TextTable(headings.map { $0.uppercased().replacingOccurrences(of: "_", with: " ") }, numericColumns: numericColumns)
            for record in records { table.append(record) }
            Swift.print(table.render())
        case .csv:
            var csv = CSVWriter(header: headings)
            for record in records { csv.appendRecord(record) }
            Swift.print(csv.text, terminator: "")
        case .json:
            let objects = records.map { record in
                JSONValue.object(zip(headings.indices, record).map { index, text in
                    JSONMember(headings[index], text.isEmpty ? .null : jsonValue(index, text))
                })
            }
            Swift.print(JSONWriter.encodeString(.array(objects)))
        }
    }
}
