import Foundation

/// What one run of the `assist` binary printed and how it exited.
public struct RunResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
}

/// Runs the built `assist` binary (or another of the package's executables) in tests, with a
/// private environment (no user journal is ever touched).
public struct AssistBinary: Sendable {
    /// The `assist` executable beside the test bundle in the build folder.
    public static let url = builtExecutable(named: "assist")

    /// The package's executable `name` beside the test bundle in the build folder.
    public static func builtExecutable(named name: String) -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/.build/debug/" + name)
    }

    /// The executable run.
    public var executable: URL
    /// Environment for the child: the journal and data home inside `home`, a fixed zone.
    public var environment: [String: String]

    /// Runs `executable` (`assist` unless told) with its home in `home` and, if given, `journal` as `ASSIST_JOURNAL`.
    public init(home: String, journal: String? = nil, executable: URL = AssistBinary.url) {
        self.executable = executable
        var environment = ["HOME": home, "XDG_DATA_HOME": home + "/data", "TZ": "UTC", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        if let journal { environment["ASSIST_JOURNAL"] = journal }
        self.environment = environment
    }

    /// Runs `assist arguments…`, feeding `input` to standard input, and waits for it to exit.
    public func run(_ arguments: [String], input: String = "") throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), error = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
        let errorData = LockedData()
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            errorData.set(error.fileHandleForReading.readDataToEndOfFile())
            finished.signal()
        }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        finished.wait()
        return RunResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.value, as: UTF8.self))
    }
}

/// Data handed from a reader thread to the test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ newValue: Data) { lock.withLock { data = newValue } }
    var value: Data { lock.withLock { data } }
}
