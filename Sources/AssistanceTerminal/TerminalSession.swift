import AssistanceTUI
import CNCurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal while the UI runs: set up with `newterm`, read from with `wget_wch`, painted
/// from a `Canvas`, and always restored by `end()`, on every path out including SIGINT and
/// SIGTERM.
///
/// This and its extensions are the only code that calls ncurses.
public final class TerminalSession {
    /// The ncurses screen made by `newterm`.
    let screen: OpaquePointer
    /// Its standard window.
    let window: UnsafeMutablePointer<WINDOW>
    /// The streams ncurses writes to and reads from, and whether this session opened them.
    let output: UnsafeMutablePointer<FILE>
    let input: UnsafeMutablePointer<FILE>
    let ownsStreams: Bool
    /// The options in force.
    public let options: TerminalOptions
    /// The canvas on the terminal now, so `paint` can send only cells that changed.
    var lastPainted: Canvas?
    /// The signal handlers in place before the session, put back by `end()`.
    var previousHandlers: [Int32: sigaction] = [:]
    /// True once the terminal is restored.
    public private(set) var hasEnded = false

    /// A session on the process's own terminal (standard input and output).
    ///
    /// Throws when either is not a terminal, or `TERM` is missing or unknown, instead of
    /// letting ncurses print its own message and exit.
    public convenience init(options: TerminalOptions = .fromEnvironment()) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        guard let type = getenv("TERM"), type.pointee != 0 else { throw TerminalError.missingTerminalType }
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else { throw TerminalError.notATerminal }
        try self.init(terminalType: String(cString: type), output: output, input: input, ownsStreams: false,
                      options: options, handlesSignals: true)
    }

    /// A session of `terminalType` on the given streams; the headless tests use `/dev/null`.
    init(terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
         ownsStreams: Bool, options: TerminalOptions, handlesSignals: Bool) throws {
        Self.chooseUnicodeLocale()
        guard let screen = newterm(terminalType, output, input) else {
            if ownsStreams {
                fclose(output)
                fclose(input)
            }
            throw TerminalError.unknownTerminalType(terminalType)
        }
        set_term(screen)
        self.screen = screen
        window = assist_stdscr()
        self.output = output
        self.input = input
        self.ownsStreams = ownsStreams
        self.options = options
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        wtimeout(window, options.keyTimeoutMilliseconds)
        setUpColours()
        if handlesSignals { installSignalHandlers() }
    }

    /// A headless session writing to `/dev/null`, for tests that paint and read back.
    static func headless(terminalType: String = "xterm-256color", options: TerminalOptions = TerminalOptions()) throws -> TerminalSession {
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw TerminalError.notATerminal
        }
        return try TerminalSession(terminalType: terminalType, output: output, input: input, ownsStreams: true,
                                   options: options, handlesSignals: false)
    }

    deinit { end() }

    /// `setlocale(LC_ALL, "")` so ncurses speaks the user's encoding, then `C.UTF-8` for
    /// `LC_CTYPE` if that is not UTF-8; otherwise Danish letters print as `~F ~X ~E`.
    static func chooseUnicodeLocale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        assist_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Waits up to the key timeout for a key; nil when none came (time to poll) or the key
    /// means nothing to the UI.
    public func readKey() -> Key? {
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        if status == KEY_CODE_YES { return KeyDecoder.key(functionKey: Int32(bitPattern: UInt32(character))) }
        if status == OK { return KeyDecoder.key(character: UInt32(character)) }
        return nil
    }

    /// Hands the terminal to another program (`$EDITOR`) while `body` runs, then takes it back
    /// and repaints everything.
    public func suspend<Result>(_ body: () throws -> Result) rethrows -> Result {
        def_prog_mode()
        endwin()
        defer {
            reset_prog_mode()
            invalidate()
        }
        return try body()
    }

    /// Restores the terminal; safe to call more than once.
    public func end() {
        guard !hasEnded else { return }
        hasEnded = true
        endwin()
        delscreen(screen)
        restoreSignalHandlers()
        if ownsStreams {
            fclose(output)
            fclose(input)
        }
    }
}
