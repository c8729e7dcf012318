/// A person who may append to the journal: an operating-system login with a display name
/// and a role.
public struct User: Sendable, Hashable {
    /// The OS login name, for example `mnielsen`.
    public var login: String
    /// The name shown on screen, for example "Mette Nielsen".
    public var displayName: String
    /// What the user may do.
    public var role: Role
    /// The entry that registered the user.
    public var addedSeq: Int
}

/// An organisation the centre refers people to or works with.
public struct Organisation: Sendable, Hashable {
    /// The short id the user chose, `[a-z0-9-]{2,32}`.
    public var id: String
    /// The full name.
    public var name: String
    /// What kind of body it is.
    public var kind: OrganisationKind
    /// How to reach it (phone, e-mail), free text.
    public var contact: String?
    /// Where it is.
    public var city: String?
    /// Whether referrals may still be sent to it.
    public var isActive: Bool
    /// The entry that added it.
    public var addedSeq: Int

    /// Whether `id` has the allowed shape: 2–32 of `a-z`, `0-9` and `-`.
    public static func isValidID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard (2...32).contains(bytes.count) else { return false }
        return bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}

/// The person an entry is appended by: the OS login and, for an admin recording on someone's
/// behalf, the user it is attributed to.
public struct Actor: Sendable, Hashable {
    /// The OS login of whoever runs the tool.
    public var login: String
    /// The registered user an admin records this for, if any.
    public var onBehalfOf: String?

    /// Creates an actor.
    public init(login: String, onBehalfOf: String? = nil) {
        self.login = login
        self.onBehalfOf = onBehalfOf
    }

    /// The user the entry is attributed to.
    public var effectiveLogin: String { onBehalfOf ?? login }
}
