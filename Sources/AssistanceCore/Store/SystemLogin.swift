import Foundation

/// The operating-system login of the person running the tool: the actor of every entry they append.
///
/// Taken from the password database for the effective user id, never from `USER` or `LOGNAME`,
/// which anyone can set to someone else's name.
public enum SystemLogin {
    /// The login name of the effective user, or `uid-N` when the user has no entry in the password database.
    public static func current() -> String {
        let uid = geteuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid-\(uid)" }
        return String(cString: name)
    }
}

extension SystemLogin {
    /// The person's full name from the password database (the first field of GECOS), or their login.
    public static func displayName() -> String {
        guard let entry = getpwuid(geteuid()), let gecos = entry.pointee.pw_gecos else { return current() }
        let full = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return full.trimmingCharacters(in: .whitespaces).isEmpty ? current() : full
    }
}
