/// A small RFC 4180 reader written for the tests, independent of ``CSVWriter``: quoted
/// fields may hold commas, doubled quotes and line breaks; records end with CRLF.
enum CSVParser {
    /// The records of `text`; nil when a quote is left open or text follows a closing quote.
    static func records(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var characters = Array(text.unicodeScalars)[...]
        var quoted = false
        var fieldStarted = false
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard characters.first == "," || characters.first == "\r" || characters.first == nil else { return nil }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted:
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard characters.popFirst() == "\n" else { return nil }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        guard !quoted else { return nil }
        if fieldStarted || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
