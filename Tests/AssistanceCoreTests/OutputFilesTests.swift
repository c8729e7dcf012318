import Foundation
import Testing
@testable import AssistanceCore
import TestSupport

/// Issue 13, item 5: every set of output files goes through one writer that never follows a
/// symbolic link it did not make, and a failure part-way leaves nothing anywhere.
@Suite struct OutputFilesTests {
    let directory = TemporaryDirectory()

    static let files = [
        OutputFile(name: "a.csv", contents: "id,alias\r\nC-1,Amina\r\n"),
        OutputFile(name: "b.csv", contents: "x\r\n"),
        OutputFile(name: "c.jsonl", contents: "{\"id\":\"C-1\"}\n"),
    ]

    /// The tree a successful write of `files` leaves in a new directory.
    static let written: [String: FileTree.Node] = Dictionary(uniqueKeysWithValues: files.map {
        ($0.name, .file(bytes: Array($0.contents.utf8), mode: 0o600))
    })

    /// Writes `files` into `path`; the error, or nil when it succeeded.
    func write(into path: String, makingParents: Bool = false, calls: OutputCalls = .live) -> ExportError? {
        do {
            try ExportFiles.write(Self.files, into: path, makingParents: makingParents, calls: calls)
            return nil
        } catch {
            return error
        }
    }

    /// `out` inside the temporary directory, made as a directory holding `notes.txt`.
    func existingDirectory() throws -> String {
        let out = directory.file("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o750])
        writeFile(out + "/notes.txt", Array("mine".utf8))
        return out
    }

    static func linkRefusal(_ path: String) -> String {
        "Nothing was written because \(path) is a symbolic link, which output files never follow; remove the link or choose another directory."
    }

    @Test func aNewDirectoryIsPrivateAndHoldsExactlyTheFiles() throws {
        let out = directory.file("out")
        #expect(try ExportFiles.write(Self.files, into: out) == Self.files.map { out + "/" + $0.name })
        var expected = Self.written.reduce(into: [:]) { $0["out/" + $1.key] = $1.value }
        expected["out"] = .directory(mode: 0o700)
        #expect(FileTree(directory.path).nodes == expected)
    }

    @Test func anExistingDirectoryTakesTheFilesBesideWhatItHolds() throws {
        let out = try existingDirectory()
        let before = FileTree(directory.path)
        try ExportFiles.write(Self.files, into: out + "/")
        let tree = FileTree(out)
        #expect(Self.written.allSatisfy { tree.nodes[$0.key] == $0.value })
        #expect(tree.paths == Self.files.map(\.name) + ["notes.txt"])
        let after = FileTree(directory.path)
        #expect(after.nodes["out"] == before.nodes["out"] && after.nodes["out/notes.txt"] == before.nodes["out/notes.txt"])
    }

    @Test func missingParentsAreMadePrivateWhenAsked() throws {
        let out = directory.file("reports/2026/out")
        #expect(write(into: out)?.message == "The directory \(out) could not be created (No such file or directory); check that its parent exists and is writable.")
        #expect(FileTree(directory.path).nodes.isEmpty)
        try ExportFiles.write(Self.files, into: out, makingParents: true)
        let tree = FileTree(directory.path)
        #expect(tree.nodes["reports"] == .directory(mode: 0o700) && tree.nodes["reports/2026"] == .directory(mode: 0o700))
        #expect(tree.paths == ["reports", "reports/2026", "reports/2026/out"] + Self.files.map { "reports/2026/out/" + $0.name })
    }

    /// A link planted where a file will go, to a file outside or to nowhere: following it would
    /// overwrite the victim or create a file wherever the link points.
    @Test func aSymbolicLinkAtAFileNameIsRefusedAndNothingChanges() throws {
        let victim = directory.file("victim")
        writeFile(victim, Array("the victim's bytes".utf8))
        for (name, target) in [("b.csv", victim), ("c.jsonl", directory.file("created-through-the-link"))] {
            let out = directory.file("out-" + name)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: out + "/" + name, withDestinationPath: target)
            let before = FileTree(directory.path)
            #expect(write(into: out)?.message == Self.linkRefusal(out + "/" + name))
            #expect(write(into: out, makingParents: true)?.message == Self.linkRefusal(out + "/" + name))
            #expect(FileTree(directory.path) == before)
        }
        #expect(fileBytes(victim) == Array("the victim's bytes".utf8))
        #expect(!FileManager.default.fileExists(atPath: directory.file("created-through-the-link")))
    }

    @Test func aDestinationThatIsASymbolicLinkIsRefusedAndItsTargetUntouched() throws {
        let other = directory.file("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        writeFile(other + "/keep.txt", Array("kept".utf8))
        try FileManager.default.createSymbolicLink(atPath: directory.file("out"), withDestinationPath: other)
        try FileManager.default.createSymbolicLink(atPath: directory.file("dangling"), withDestinationPath: directory.file("missing"))
        let before = FileTree(directory.path)
        for path in [directory.file("out"), directory.file("out/"), directory.file("dangling")] {
            #expect(write(into: path)?.message == Self.linkRefusal(path))
        }
        #expect(FileTree(directory.path) == before)
    }

    @Test func aFileInTheWayIsRefused() throws {
        let out = directory.file("out")
        writeFile(out, Array("a file".utf8))
        #expect(write(into: out)?.message == "\(out) exists and is not a directory; choose another output directory.")
        #expect(fileBytes(out) == Array("a file".utf8))
    }

    /// Where the files go in the fault loop.
    enum Destination: String, CaseIterable, Sendable {
        case new, existing, missingParents
    }

    /// SQLite's fault loop: make call 1, 2, 3 … of the write fail in turn until it gets through;
    /// after every failure the whole temporary tree is as it was, with no file and no private
    /// directory left in the destination or beside it.
    @Test(arguments: Destination.allCases) func aFailureAtAnyStepLeavesNothingBehind(_ destination: Destination) throws {
        let out = destination == .existing ? try existingDirectory() : directory.file(destination == .new ? "out" : "deep/er/out")
        let before = FileTree(directory.path)
        var failures: [OutputOperation] = []
        for number in 1...200 {
            let fault = OutputFault(failing: number)
            guard let error = write(into: out, makingParents: destination == .missingParents, calls: fault.calls) else {
                #expect(fault.failed.isEmpty, "a failed \(fault.failed) was ignored")
                break
            }
            #expect(error.message.hasPrefix("Nothing was written") || error.message.hasPrefix("The directory "))
            #expect(FileTree(directory.path) == before, "call \(number) (\(fault.failed)) left files behind")
            failures += fault.failed
        }
        // The loop reached every step: the second file's create and write, the moves, the syncs.
        #expect(failures.filter { $0 == .write }.count == Self.files.count)
        #expect(failures.contains(destination == .existing ? .renameat2 : .renameat))
        #expect(failures.filter { $0 == .fsync }.count == Self.files.count + 2)
        #expect(FileTree(out).paths.filter { $0 != "notes.txt" } == Self.files.map(\.name))
    }

    @Test func aFullDiskAfterTheFirstFileLeavesNothing() throws {
        let out = directory.file("out")
        let before = FileTree(directory.path)
        let fault = OutputFault(failing: 2, of: .write, with: ENOSPC)
        #expect(write(into: out, calls: fault.calls)?.message == "Nothing was written to \(out) because writing b.csv failed (No space left on device); check that you may write there and that the disk has room, then try again.")
        #expect(fault.made.filter { $0 == .fsync }.count == 1, "a.csv was written and synced before the disk filled")
        #expect(FileTree(directory.path) == before)
    }

    /// Where the kernel or file system has no `RENAME_NOREPLACE` (NFS), files are hard-linked
    /// into an existing directory instead, which never replaces anything either.
    @Test func withoutRenameNoReplaceTheFilesAreLinkedIn() throws {
        let out = try existingDirectory()
        let fault = OutputFault(failing: 1, of: .renameat2, with: EINVAL, persistent: true)
        #expect(write(into: out, calls: fault.calls) == nil)
        #expect(fault.made.filter { $0 == .linkat }.count == Self.files.count)
        #expect(FileTree(out).paths == Self.files.map(\.name) + ["notes.txt"])
        #expect(Self.written.allSatisfy { FileTree(out).nodes[$0.key] == $0.value })
    }

    /// Something that appears at a name after it was checked is never replaced, and the files
    /// already moved are taken back.
    @Test func whatAppearsWhileWritingIsNeverReplaced() throws {
        let out = try existingDirectory()
        for linking in [false, true] {
            let planted = out + "/b.csv"
            try? FileManager.default.removeItem(atPath: planted)
            let move: OutputOperation = linking ? .linkat : .renameat2
            let fault = OutputFault(failing: linking ? 1 : 0, of: .renameat2, with: EINVAL, persistent: true) { operation, count in
                if operation == move, count == 2 { writeFile(planted, Array("planted".utf8)) }
            }
            #expect(write(into: out, calls: fault.calls)?.message
                    == "Nothing was written because \(planted) appeared while the files were being written; move it away or choose another output directory.")
            #expect(FileTree(out).paths == ["b.csv", "notes.txt"])
            #expect(fileBytes(planted) == Array("planted".utf8))
        }

        let other = directory.file("other")
        let fresh = directory.file("fresh")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        let fault = OutputFault { operation, _ in
            if operation == .renameat { try? FileManager.default.createSymbolicLink(atPath: fresh, withDestinationPath: other) }
        }
        #expect(write(into: fresh, calls: fault.calls)?.message
                == "Nothing was written because \(fresh) appeared while the files were being written; move it away or choose another output directory.")
        #expect(FileTree(other).nodes.isEmpty)
        #expect(FileTree(directory.path).paths == ["fresh", "other", "out", "out/b.csv", "out/notes.txt"])
    }

    @Test func theDestinationIsSplitIntoItsParentAndItsOwnName() {
        let split = { (path: String) in [OutputTarget(path).parent, OutputTarget(path).name] }
        #expect(split("out") == [".", "out"])
        #expect(split("out/") == [".", "out"])
        #expect(split("/tmp/a/b//") == ["/tmp/a", "b"])
        #expect(split("/out") == ["/", "out"])
        #expect(split("/") == ["/", "."])
        #expect(split("../x") == ["..", "x"])
    }
}
