#if canImport(Glibc)
import Glibc
#endif

/// The process that holds a journal's lock, as far as the system can tell: Linux lists every
/// `flock` in `/proc/locks` with the holder's process id, and `/proc/PID/comm` names the program.
public struct JournalLockHolder: Sendable, Hashable, CustomStringConvertible {
    /// The holding process's id.
    public var processID: Int32
    /// The holding program's name (`assist`, `flock`), or nil when it cannot be read.
    public var command: String?

    /// A holder with the given id and program name.
    public init(processID: Int32, command: String?) {
        self.processID = processID
        self.command = command
    }

    /// "process 1234 (assist)", or "process 1234" without a name.
    public var description: String {
        "process \(processID)" + (command.map { " (\($0))" } ?? "")
    }

    /// The process holding an exclusive `flock` on the file `status` describes, or nil when
    /// the system does not say (no `/proc`, or the lock was let go meanwhile).
    static func find(for status: FileStatus, system: SystemCalls) -> JournalLockHolder? {
        guard let table = system.readSmallFile("/proc/locks", limit: 4 << 20),
              let processID = processID(inLocksTable: String(decoding: table, as: UTF8.self), for: status)
        else { return nil }
        let name = system.readSmallFile("/proc/\(processID)/comm", limit: 256).flatMap(Self.programName)
        return JournalLockHolder(processID: processID, command: name)
    }

    /// The holder's id from the text of `/proc/locks`: the first `FLOCK` line (not a waiter,
    /// whose line has `->`) whose device and inode are the file's, for example
    /// `3: FLOCK  ADVISORY  WRITE 8353 fe:00:16220189 0 EOF`.
    static func processID(inLocksTable table: String, for status: FileStatus) -> Int32? {
        let (major, minor) = deviceNumbers(status.device)
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK" else { continue }
            let place = fields[5].split(separator: ":")
            guard place.count == 3, UInt64(place[0], radix: 16) == major, UInt64(place[1], radix: 16) == minor,
                  UInt64(place[2]) == status.inode, let processID = Int32(fields[4]), processID > 0
            else { continue }
            return processID
        }
        return nil
    }

    /// The major and minor numbers of a Linux `st_dev` (glibc's `gnu_dev_major`/`gnu_dev_minor`).
    static func deviceNumbers(_ device: UInt64) -> (major: UInt64, minor: UInt64) {
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        let minor = (device & 0xff) | ((device >> 12) & ~0xff)
        return (major, minor)
    }

    /// The name in a `comm` file, without its newline; nil when empty or when it holds anything
    /// but printable ASCII (any process may name itself, and the name goes into a sentence).
    static func programName(_ bytes: [UInt8]) -> String? {
        let name = bytes.last == 0x0A ? bytes.dropLast() : bytes[...]
        guard !name.isEmpty, name.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }
}

extension SystemCalls {
    /// The whole of a small file (`/proc` files report size 0, so it is read to its end), or
    /// nil when it cannot be opened or read, or is longer than `limit` bytes.
    func readSmallFile(_ path: String, limit: Int) -> [UInt8]? {
        guard case .success(let descriptor) = open(path, O_RDONLY | O_CLOEXEC, 0) else { return nil }
        defer { _ = close(descriptor) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while contents.count <= limit {
            let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0, Int64(contents.count)) }
            guard case .success(let count) = read else { return nil }
            if count == 0 { return contents }
            contents += chunk[..<count]
        }
        return nil
    }
}
