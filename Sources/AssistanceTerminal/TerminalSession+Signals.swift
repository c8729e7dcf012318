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
        // A parent may hand down a mask blocking these (a thread pool that spawned us), and
        // then Ctrl-C or a hang-up would never arrive; unblock them for this thread.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in Self.endingSignals { sigaddset(&unblocked, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
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
