#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character set of the person's locale, read before the terminal session switches
/// `LC_CTYPE` to UTF-8 for its own sake: what the terminal itself can show.
enum LocaleCodeset {
    /// True when the locale from the environment (`LANG`, `LC_ALL`, `LC_CTYPE`) is UTF-8, so
    /// the Reports screen may draw its bars with block characters.
    static func isUTF8() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
