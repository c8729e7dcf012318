import Foundation

/// A fresh private directory under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The directory's absolute path.
    public let path: String

    /// Creates the directory (mode 0700) in `base`: the system's temporary directory unless
    /// told; a fixed base such as `/tmp` gives a path of the same length on every machine, for
    /// tests that compare a screen showing it.
    public init(in base: String = NSTemporaryDirectory()) {
        var template = Array((base + "/assist-test-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        precondition(created != nil, "mkdtemp failed")
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `name` inside the directory.
    public func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
