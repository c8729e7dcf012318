/// Line 1 of a journal: which format the file is in, and which journal it is.
public struct JournalHeader: Sendable, Hashable {
    /// Always `assist-journal`.
    public var format: String
    /// The line format's version: 2 for journals this program creates, whose every entry line
    /// carries a `sum`; 1 for journals created before lines had one (they keep working, and
    /// every line appended to them has one). This program reads both.
    public var version: Int
    /// 32 lowercase hexadecimal digits chosen at random when the journal was created, so that
    /// two journals (or a journal and its restored backup) can be told apart.
    public var journalID: String
    /// When the journal was created.
    public var created: Timestamp
    /// Whether `assist demo` wrote the journal (`"demo":true` after `created`): only such a
    /// journal may `assist demo --force` replace.
    public var isDemo: Bool

    /// The format name every journal carries.
    public static let formatName = "assist-journal"
    /// The version this program writes.
    public static let currentVersion = 2
    /// The versions this program reads.
    public static let readableVersions = 1...2

    /// Creates a header.
    public init(
        format: String = JournalHeader.formatName, version: Int = JournalHeader.currentVersion, journalID: String, created: Timestamp,
        isDemo: Bool = false
    ) {
        self.format = format
        self.version = version
        self.journalID = journalID
        self.created = created
        self.isDemo = isDemo
    }

    /// A header for a new journal with a fresh random id.
    static func fresh(created: Timestamp, isDemo: Bool = false) -> JournalHeader {
        var generator = SystemRandomNumberGenerator()
        var identifier: [UInt8] = []
        for _ in 0..<16 {
            let byte = UInt8.random(in: 0...255, using: &generator)
            identifier.append(JSONWriter.hexDigit(byte >> 4))
            identifier.append(JSONWriter.hexDigit(byte & 0x0F))
        }
        return JournalHeader(journalID: String(decoding: identifier, as: UTF8.self), created: created, isDemo: isDemo)
    }

    /// The header line's bytes, ending in `\n`.
    var lineBytes: [UInt8] {
        var output: [UInt8] = []
        JSONWriter.appendASCII("{\"format\":", to: &output)
        JSONWriter.appendString(format, to: &output)
        JSONWriter.appendASCII(",\"version\":", to: &output)
        JSONWriter.appendInteger(version, to: &output)
        JSONWriter.appendASCII(",\"id\":", to: &output)
        JSONWriter.appendString(journalID, to: &output)
        JSONWriter.appendASCII(",\"created\":\"", to: &output)
        created.appendISO8601(to: &output)
        JSONWriter.appendASCII(isDemo ? "\",\"demo\":true}\n" : "\"}\n", to: &output)
        return output
    }

    /// Reads a header line (without its `\n`); the error is a reason phrase for `.notAJournal`.
    static func decode(_ line: UnsafeRawBufferPointer) -> Result<JournalHeader, JournalLineProblem> {
        guard let value = try? JSONParser.parse(line), case .object = value else {
            return .failure(JournalLineProblem("its first line is not a JSON object"))
        }
        guard value["format"]?.stringValue == formatName else {
            return .failure(JournalLineProblem("its first line does not name the \(formatName) format"))
        }
        guard let version = value["version"]?.intValue else {
            return .failure(JournalLineProblem("its header has no format version"))
        }
        guard readableVersions.contains(version) else {
            return .failure(JournalLineProblem(
                "it has format version \(version), and this program reads only versions \(readableVersions.map(String.init).joined(separator: " and "))"))
        }
        guard let identifier = value["id"]?.stringValue, identifier.utf8.count == 32,
            identifier.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
        else { return .failure(JournalLineProblem("its header has no valid journal id")) }
        guard let createdText = value["created"]?.stringValue, let created = Timestamp(iso8601: createdText) else {
            return .failure(JournalLineProblem("its header has no valid creation time"))
        }
        let isDemo = value["demo"]?.boolValue == true
        return .success(JournalHeader(format: formatName, version: version, journalID: identifier, created: created, isDemo: isDemo))
    }
}

/// Why one line of a journal was not accepted, as a phrase without the line's content.
struct JournalLineProblem: Error, Sendable, Equatable {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
