@testable import AssistanceCore

/// A JSON object from a literal, keys in the order written.
func jsonObject(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { JSONMember($0.key, $0.value) })
}
