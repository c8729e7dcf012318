#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the terminal session behaves, read from the environment or set by flags.
public struct TerminalOptions: Hashable, Sendable {
    /// False for attributes only (bold, reverse, underline, dim), as `NO_COLOR` asks.
    public var usesColour: Bool
    /// How long a key read waits before the loop gets a tick to poll the journal.
    public var keyTimeoutMilliseconds: Int32

    /// Options with the given values.
    public init(usesColour: Bool = true, keyTimeoutMilliseconds: Int32 = 250) {
        self.usesColour = usesColour
        self.keyTimeoutMilliseconds = keyTimeoutMilliseconds
    }

    /// Options from the environment: colour unless `NO_COLOR` is set to something non-empty
    /// (https://no-color.org).
    public static func fromEnvironment() -> TerminalOptions {
        TerminalOptions(usesColour: !environmentHasValue("NO_COLOR"))
    }

    /// True when the variable is set and not empty.
    static func environmentHasValue(_ name: String) -> Bool {
        guard let value = getenv(name) else { return false }
        return value.pointee != 0
    }
}
