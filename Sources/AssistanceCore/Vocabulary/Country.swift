import Foundation

/// A country by its ISO 3166-1 alpha-2 code, shown by its English short name.
///
/// Only officially assigned codes exist, so a stored nationality is always displayable.
public struct Country: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The two upper-case letters, for example `NG`.
    public let code: String
    /// The English short name, for example "Nigeria".
    public let name: String

    /// The country with this code (any letter case), or nil if the code is not assigned.
    public init?(code: String) {
        guard let index = Country.indexByCode[code.uppercased()] else { return nil }
        self.code = countryTable[index].code
        self.name = countryTable[index].name
    }

    /// Every assigned country, sorted by code.
    public static let all: [Country] = countryTable.map { Country(uncheckedCode: $0.code, name: $0.name) }

    /// The country whose code or name is `text` (ignoring case), or else the one country whose
    /// name `text` is once both are folded (``NameFolding``: "cote d'ivoire", "Turkiye"), or
    /// a sentence saying how to name one.
    public static func parse(_ text: String) throws(VocabularyError) -> Country {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if let country = Country(code: wanted) { return country }
        let lowered = wanted.lowercased()
        if let match = all.first(where: { $0.name.lowercased() == lowered }) { return match }
        let query = NameQuery(wanted)
        let folded = all.filter { query.equalsAField(of: NameFolding.key([$0.name])) }
        if folded.count == 1 { return folded[0] }
        throw VocabularyError(termName: "country", text: text, allowed: [])
    }

    /// Countries whose code equals `prefix` or whose name (or a word of it) starts with it,
    /// folded as every filter folds (``NameFolding``: "cote" finds "Côte d'Ivoire"), exact
    /// code first then by name; for completion as a person types.
    public static func matching(prefix: String) -> [Country] {
        let wanted = prefix.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { return all.sorted { $0.name < $1.name } }
        let query = NameQuery(wanted)
        var exact: [Country] = []
        var named: [Country] = []
        for country in all {
            if country.code.caseInsensitiveCompare(wanted) == .orderedSame {
                exact.append(country)
                continue
            }
            let words = country.name.split(separator: " ").map(String.init)
            if query.startsAField(of: NameFolding.key([country.name] + words)) {
                named.append(country)
            }
        }
        return exact + named.sorted { $0.name < $1.name }
    }

    /// The name.
    public var description: String { name }

    /// Orders by name, the way lists show countries.
    public static func < (lhs: Country, rhs: Country) -> Bool { lhs.name < rhs.name }

    private init(uncheckedCode: String, name: String) {
        self.code = uncheckedCode
        self.name = name
    }

    private static let indexByCode: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, entry) in countryTable.enumerated() { index[entry.code] = position }
        return index
    }()
}
