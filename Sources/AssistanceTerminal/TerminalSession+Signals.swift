import CNCurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TerminalSession {
    /// The signals that end the program: Ctrl-C arrives as SIGINT in cbreak mode.
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs handlers that restore the terminal and exit, so an interrupted session never
    /// leaves the shell without echo.
    func installSignalHandlers() {
        for signalNumber in Self.endingSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { signalNumber in
                endwin()
                _exit(128 + signalNumber)
            }
            #else
            action.__sigaction_u.__sa_handler = { signalNumber in
                endwin()
                _exit(128 + signalNumber)
            }
            #endif
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            if sigaction(signalNumber, &action, &previous) == 0 {
                previousHandlers[signalNumber] = previous
            }
        }
    }

    /// Puts back the handlers that were there before the session.
    func restoreSignalHandlers() {
        for (signalNumber, previous) in previousHandlers {
            var handler = previous
            sigaction(signalNumber, &handler, nil)
        }
        previousHandlers = [:]
    }
}
