/// A free-text field of a command: its data key, how a sentence names it, and the cap on its
/// length from ``TextLimits``. The core's checks, the command line's help and the forms read
/// the same value, so a cap is stated where it is enforced and cannot drift from it.
///
/// Lengths are counted in Unicode scalars, as ``TextLimits`` says.
public struct FreeTextField: Sendable, Hashable {
    /// The key in the event's data, for example `display_name`.
    public let key: String
    /// How a refusal names the field, for example "display name".
    public let name: String
    /// The most Unicode scalars the field may hold.
    public let cap: Int
    /// The name with its article, "an alias", for "an alias may have at most 200".
    let withArticle: String
    /// What to do instead of writing so much, a sentence.
    let advice: String

    init(key: String, name: String, article: String = "a", cap: Int, advice: String) {
        self.key = key
        self.name = name
        self.cap = cap
        withArticle = "\(article) \(name)"
        self.advice = advice
    }

    private static func named(_ key: String, _ name: String, article: String = "a") -> FreeTextField {
        FreeTextField(key: key, name: name, article: article, cap: TextLimits.shortText, advice: "Shorten it.")
    }

    private static func explanation(_ key: String, _ name: String) -> FreeTextField {
        FreeTextField(key: key, name: name, cap: TextLimits.reason, advice: "Shorten it, and write the details in a case note.")
    }

    // Names, places and contacts: TextLimits.shortText.
    /// A user's display name.
    public static let displayName = named("display_name", "display name")
    /// An organisation's name.
    public static let organisationName = named("name", "organisation name", article: "an")
    /// How to reach an organisation.
    public static let contact = named("contact", "contact")
    /// An organisation's city.
    public static let city = named("city", "city")
    /// The name a person goes by in the shelter.
    public static let alias = named("alias", "alias", article: "an")
    /// A person's full legal name.
    public static let legalName = named("legal_name", "legal name")
    /// Where a person stays.
    public static let shelter = named("shelter", "shelter")
    /// One entry of a case's languages.
    public static let language = named("languages", "language")

    // Reasons and short notes on a referral or a closing: TextLimits.reason.
    /// Why a correction, extension, reopening, decline or withdrawal was made.
    public static let reason = explanation("reason", "reason")
    /// Why a referral is sent without the person's consent to sharing.
    public static let consentOverride = explanation("consent_override", "reason for overriding consent")
    /// A note on a referral, on its acceptance or on its completion.
    public static let referralNote = explanation("note", "referral note")
    /// What was said or agreed in a follow-up contact.
    public static let followUpNote = explanation("note", "follow-up note")
    /// A note on closing a case.
    public static let closingNote = explanation("note", "closing note")

    // Notes: TextLimits.note.
    /// A case note.
    public static let caseNote = FreeTextField(key: "text", name: "note", cap: TextLimits.note, advice: "Split it into several notes.")
    /// A step's note, when it is recorded or marked done.
    public static let stepNote = FreeTextField(
        key: "note", name: "step note", cap: TextLimits.note, advice: "Shorten it, and write the rest in a case note.")

    /// How many languages a case may list: far more than anyone speaks, and it keeps a case's
    /// line within ``JournalLimits/maximumLineLength``.
    public static let maximumLanguages = 20

    /// "at most 20 000 characters", for help texts and hints.
    public var capPhrase: String { "at most \(Self.grouped(cap)) characters" }

    /// Refuses `text` when it holds more Unicode scalars than the cap; nil passes. `entry`
    /// names the position of a list entry ("Language 3 is …").
    public func check(_ text: String?, entry: Int? = nil) throws(CommandError) {
        // Every scalar takes at least one UTF-8 byte, and a native string knows its byte
        // count without a scan: replay checks every text, and nearly all are far below the cap.
        guard let text, text.utf8.count > cap else { return }
        let length = text.unicodeScalars.count
        guard length > cap else { return }
        let subject = entry.map { "\(name.prefix(1).uppercased())\(name.dropFirst()) \($0)" } ?? "The \(name)"
        throw CommandError(
            field: key,
            message: "\(subject) is \(Self.grouped(length)) characters long; \(withArticle) may have at most \(Self.grouped(cap)). \(advice)")
    }

    /// `31245` as "31 245": the digits in groups of three, as the refusals and help print them.
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number.magnitude))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: " ")
    }
}
