// A helper process for the journal's concurrency tests: appends entries to a journal the
// way a real writer does, so several of them can race for the lock.
//
// Usage: journal-test-writer <journal path> <entry count> <writer name> [file size limit in bytes]
// With a limit, RLIMIT_FSIZE is set and SIGXFSZ ignored first, so a write past the limit
// fails with EFBIG instead of killing the process. On failure the error's description is
// printed to standard error and the exit status is 1.
import AssistanceCore

#if canImport(Glibc)
import Glibc
#endif

/// Writes `message` and a newline to standard error (file descriptor 2).
func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[2]) else {
    printError("usage: journal-test-writer <journal path> <entry count> <writer name> [file size limit]")
    exit(2)
}
let path = arguments[1]
let writer = arguments[3]
if arguments.count >= 5, let limit = UInt64(arguments[4]) {
    signal(SIGXFSZ, SIG_IGN)
    var bounds = rlimit(rlim_cur: rlim_t(limit), rlim_max: rlim_t(limit))
    setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &bounds)
}

do {
    let journal = try JournalFile.open(at: path)
    for index in 1...max(count, 1) where count > 0 {
        _ = try journal.append(actor: writer) { _ in
            let data: JSONValue = .object([JSONMember("writer", .string(writer)), JSONMember("index", .int(index))])
            return ([EventDraft(type: "test.appended", data: data)], ())
        }
    }
} catch {
    printError("\(error)")
    exit(1)
}
