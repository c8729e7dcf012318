import Foundation
import AssistanceCore

/// Prints a list as an aligned table, a JSON array of objects or CSV, from one set of records.
///
/// Every form is safe to print: the table and the CSV show unsafe characters as visible
/// escapes (``SafeText``), the JSON as `\u` escapes, and CSV text that a spreadsheet would
/// run as a formula is neutralised; the numeric columns are the tool's own numbers and stay
/// numbers.
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
            for record in records {
                csv.appendRecord(record.enumerated().map { index, text in
                    numericColumns.contains(index) ? .computed(text) : .text(text)
                })
            }
            Swift.print(csv.text, terminator: "")
        case .json:
            let objects = records.map { record in
                JSONValue.object(zip(headings.indices, record).map { index, text in
                    JSONMember(headings[index], text.isEmpty ? .null : jsonValue(index, text))
                })
            }
            printJSON(.array(objects))
        }
    }
}

/// Prints `value` as one JSON document on one line, every unsafe character of its strings
/// written as a `\u` escape so that nothing stored can drive the terminal.
func printJSON(_ value: JSONValue) {
    print(JSONWriter.encodeString(value, escaping: .terminalSafe))
}
