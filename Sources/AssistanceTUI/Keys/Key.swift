/// A key press as the UI sees it, independent of ncurses key codes.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, any script).
    case character(Character)
    /// Enter or Return.
    case enter
    /// Esc on its own (ncurses waits 25 ms to tell it from a key sequence).
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Backspace (DEL or Ctrl-H from the terminal).
    case backspace
    /// Delete, forward.
    case delete
    /// Control with a lower-case letter: `.control("l")` is Ctrl-L.
    case control(Character)
    /// A function key, `.function(1)` for F1.
    case function(Int)
    /// The terminal changed size.
    case resize

    /// The key's name as the hint bar and help overlay show it.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .control(let letter): return "Ctrl-" + String(letter).uppercased()
        case .function(let number): return "F\(number)"
        case .resize: return "Resize"
        }
    }
}
