import AssistanceTUI
import CNCurses

/// Turns what `wget_wch` returns into a `Key`.
enum KeyDecoder {
    /// The key for a character code (`wget_wch` returned `OK`), or nil for one the UI has no
    /// use for (a NUL, a lone surrogate).
    static func key(character code: UInt32) -> Key? {
        switch code {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(code + 0x60) else { return nil }
            return .control(Character(letter))
        case 0x00, 0x1C...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for a function-key code (`wget_wch` returned `KEY_CODE_YES`), or nil for one
    /// the UI does not use (mouse events, keypad keys without a meaning here).
    static func key(functionKey code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            let first = assist_key_function(1)
            if code >= first, code <= assist_key_function(24) { return .function(Int(code - first) + 1) }
            return nil
        }
    }
}
