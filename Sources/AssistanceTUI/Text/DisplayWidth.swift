/// How many terminal columns text takes, per grapheme cluster, the way terminals draw it.
///
/// Written for the job rather than calling `wcwidth`, whose answer depends on the C library and
/// the locale: combining marks and the tails of emoji ZWJ sequences take no column, East Asian
/// Wide and Fullwidth characters and emoji take two, everything else one.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        if let first = scalars.first, scalars.count == 1, first.value < 0x300 {
            return isControl(first.value) ? 0 : 1
        }
        var total = 0
        var previous: Unicode.Scalar?
        var afterJoiner = false
        for scalar in scalars {
            defer { previous = scalar }
            let value = scalar.value
            if afterJoiner {
                afterJoiner = false
                continue
            }
            switch value {
            case 0x200D:
                afterJoiner = total > 0
            case 0xFE0F:
                if total == 1, let previous, previous.properties.isEmoji { total = 2 }
            case 0x1F3FB...0x1F3FF where total > 0:
                continue
            case 0x1F1E6...0x1F1FF:
                if let previous, (0x1F1E6...0x1F1FF).contains(previous.value) { continue }
                total += 2
            default:
                total += width(of: scalar)
            }
        }
        return min(total, 2)
    }

    /// The columns a whole string takes.
    public static func of(_ text: String) -> Int {
        var total = 0
        for grapheme in text { total += of(grapheme) }
        return total
    }

    /// The columns one scalar takes on its own.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return isControl(value) ? 0 : 1 }
        if DisplayWidthTable.contains(value, in: DisplayWidthTable.zero) { return 0 }
        if DisplayWidthTable.contains(value, in: DisplayWidthTable.wide) { return 2 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if value >= 0x1F000, properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// C0 and C1 control characters and DEL, which take no column (they are escaped before
    /// drawing anyway).
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
