import Testing
@testable import AssistanceTUI

/// Every key a person can press: printable ASCII, letters of other scripts, the named keys,
/// Ctrl with each letter and F1–F12.
let everyKey: [Key] = {
    let printable = (0x20...0x7E).map { Key.character(Character(UnicodeScalar($0)!)) }
    let named: [Key] = [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backspace, .delete]
    let control = "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
    return printable + [.character("æ"), .character("Ø"), .character("李")] + named + control + (1...12).map { Key.function($0) }
}()

/// True when a screen left the key to the global keys.
func isIgnored(_ result: ScreenResult) -> Bool {
    if case .ignored = result { return true }
    return false
}

/// `screen` drawn in `context`, as text and styles, to tell whether a key changed anything.
func drawn(_ screen: some Screen, _ context: ScreenContext) -> Canvas {
    var canvas = Canvas(width: context.area.maxX, height: context.area.maxY)
    screen.draw(into: &canvas, context: context)
    return canvas
}

/// Checks that `screen` answers exactly the keys `table` binds: each of them does something
/// (the screen does not leave it to the global keys), and every other key is left alone and
/// changes nothing drawn.
func expectAnswersExactly<Action>(_ screen: some Screen, _ table: KeyTable<Action>, context: ScreenContext,
                                  _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let before = drawn(screen, context)
    for key in everyKey {
        var pressed = screen
        let result = pressed.handle(key: key, context: context)
        if table.action(for: key) != nil {
            #expect(!isIgnored(result), "\(what): \(key.label) is in the table, but nothing answers it", sourceLocation: sourceLocation)
        } else {
            #expect(isIgnored(result), "\(what): \(key.label) is answered, but not in the table", sourceLocation: sourceLocation)
            #expect(drawn(pressed, context) == before, "\(what): \(key.label) changed the screen", sourceLocation: sourceLocation)
        }
    }
}

/// Checks that the help a table shows names no key twice.
func expectNoKeyListedTwice<Action>(_ table: KeyTable<Action>, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let listed = table.bindings.filter(\.showsInHelp).flatMap(\.keys)
    #expect(Set(listed).count == listed.count, "\(what) lists a key twice", sourceLocation: sourceLocation)
}
