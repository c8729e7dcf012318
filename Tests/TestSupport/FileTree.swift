import Foundation

/// Everything under a directory as it is on disk, read without following any symbolic link:
/// compare two snapshots to show that an operation changed nothing, or exactly what it should.
public struct FileTree: Equatable, Sendable, CustomStringConvertible {
    /// One entry: a directory, a file with its bytes, or a symbolic link with its target.
    public enum Node: Equatable, Sendable {
        case directory(mode: Int)
        case file(bytes: [UInt8], mode: Int)
        case link(to: String)
    }

    /// Each entry by its path relative to the root (`a`, `a/b.csv`), hidden ones included.
    public var nodes: [String: Node]

    /// A snapshot of everything under `root` (not `root` itself).
    public init(_ root: String) {
        nodes = [:]
        collect(root, prefix: "")
    }

    /// The relative paths, sorted.
    public var paths: [String] { nodes.keys.sorted() }

    /// The paths, one per line, for a readable failure.
    public var description: String { paths.joined(separator: "\n") }

    private mutating func collect(_ directory: String, prefix: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names {
            let path = directory + "/" + name
            let relative = prefix + name
            // attributesOfItem describes a symbolic link itself (lstat), never its target.
            let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
            let mode = attributes[.posixPermissions] as? Int ?? -1
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                nodes[relative] = .link(to: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            case .typeDirectory?:
                nodes[relative] = .directory(mode: mode)
                collect(path, prefix: relative + "/")
            default:
                let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
                nodes[relative] = .file(bytes: bytes, mode: mode)
            }
        }
    }
}
