import Foundation

/// The path of `name` in `Tests/Fixtures`, files committed for tests (a journal written by an
/// earlier version, say). Copy a fixture before changing it.
public func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

/// Copies the fixture `name` to `destination`, private to its owner (0600, as journals must
/// be; a checkout leaves files 0644), and returns `destination`.
@discardableResult
public func copyFixture(_ name: String, to destination: String) throws -> String {
    try FileManager.default.copyItem(atPath: fixturePath(name), toPath: destination)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: destination)
    return destination
}
