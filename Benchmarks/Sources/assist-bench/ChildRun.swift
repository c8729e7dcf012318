import Foundation

/// The benchmark running itself again as a child, for figures that need a fresh process
/// (peak memory, the first frame of a real start).
enum ChildRun {
    /// Runs `assist-bench ARGUMENTS` and returns what it printed; throws, naming the command
    /// to run by hand, when it fails.
    static func output(of arguments: [String]) throws -> String {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = arguments
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        // Read before waiting: a child that fills the pipe would otherwise never exit.
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        guard child.terminationStatus == 0 else {
            let command = (["assist-bench"] + arguments).joined(separator: " ")
            throw BenchmarkError("The child '\(command)' failed (exit \(child.terminationStatus)); run it by hand to see why.")
        }
        return printed
    }
}
