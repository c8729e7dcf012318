import Foundation

/// A group of this system other than root's, for tests of `--group`: giving a file to a group
/// one is not in needs root, so those tests also check `geteuid() == 0`.
public enum SharedGroup {
    /// The first of a few groups every Linux has, with its id; nil when none exists.
    public static let existing: (name: String, id: gid_t)? = {
        let candidates: [String] = ["users", "nogroup", "daemon", "staff", "adm"]
        for name in candidates {
            guard let entry = getgrnam(name), entry.pointee.gr_gid != 0 else { continue }
            return (name, entry.pointee.gr_gid)
        }
        return nil
    }()

    /// The permission bits (`mode & 0o7777`) and group of the file or directory at `path`.
    public static func status(of path: String) -> (mode: mode_t, group: gid_t)? {
        var found = stat()
        guard stat(path, &found) == 0 else { return nil }
        return (found.st_mode & 0o7777, found.st_gid)
    }
}
