/// What `--help` says about the files `export` and `report --out` write (`ExportFiles`):
/// one text, so the two commands cannot come to describe the same writer differently.
enum OutputFilesHelp {
    /// The rule, in sentences.
    static let text = """
        Files are readable by you alone (0600) and are written into a private directory first, then moved \
        into place when all are complete, so a failure leaves nothing behind. A missing directory is created \
        (0700); an existing one takes the files beside what it holds, but nothing is written if any of their \
        names is taken. A symbolic link as the directory, or at a file's name, is refused.
        """
}
