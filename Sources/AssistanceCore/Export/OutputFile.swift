/// One file a set of output files holds (an export, a report's tables): its name inside the
/// directory and its text. `ExportFiles` writes them.
public struct OutputFile: Hashable, Sendable {
    /// The file name, without a directory (`cases_by_sex.csv`).
    public var name: String
    /// The whole text, written as UTF-8.
    public var contents: String

    /// A file called `name` holding `contents`.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
