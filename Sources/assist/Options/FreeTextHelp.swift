import AssistanceCore
import ArgumentParser

extension ArgumentHelp {
    /// The help of an option or argument that takes free text: `summary` (a sentence without
    /// its full stop) followed by the field's cap, read from the same ``FreeTextField`` the core
    /// checks, so that `--help` always states the cap that is enforced.
    static func freeText(_ summary: String, _ field: FreeTextField, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp("\(summary) (\(field.capPhrase)).", valueName: valueName)
    }
}
