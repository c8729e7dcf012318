/// An entry's command as `Command.decode` gives it, or why it could not be decoded: replay
/// decodes it with the line, in the background, and `AssistanceState.apply` uses it as is.
typealias DecodedCommand = Result<(command: Command, createdID: String?), CommandError>

extension Result where Success == (command: Command, createdID: String?), Failure == CommandError {
    /// Decodes `entry`'s command from its type and data.
    static func decoding(_ entry: JournalEntry) -> DecodedCommand {
        do {
            return .success(try Command.decode(type: entry.type, data: entry.data))
        } catch {
            return .failure(error)
        }
    }
}
