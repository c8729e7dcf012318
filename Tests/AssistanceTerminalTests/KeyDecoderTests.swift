import AssistanceTUI
import Testing
@testable import AssistanceTerminal

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape), (0x7F, .backspace),
        (0x08, .backspace), (0x0C, .control("l")), (0x15, .control("u")), (0x11, .control("q")),
        (0x71, .character("q")), (0xE6, .character("æ")), (0x674E, .character("李")),
    ])
    func characterCodes(code: UInt32, key: Key) {
        #expect(KeyDecoder.key(character: code) == key)
    }

    @Test func functionKeyCodes() {
        // The octal values from curses.h.
        #expect(KeyDecoder.key(functionKey: 0o403) == .up)
        #expect(KeyDecoder.key(functionKey: 0o402) == .down)
        #expect(KeyDecoder.key(functionKey: 0o404) == .left)
        #expect(KeyDecoder.key(functionKey: 0o405) == .right)
        #expect(KeyDecoder.key(functionKey: 0o523) == .pageUp)
        #expect(KeyDecoder.key(functionKey: 0o522) == .pageDown)
        #expect(KeyDecoder.key(functionKey: 0o406) == .home)
        #expect(KeyDecoder.key(functionKey: 0o550) == .end)
        #expect(KeyDecoder.key(functionKey: 0o541) == .backTab)
        #expect(KeyDecoder.key(functionKey: 0o632) == .resize)
        #expect(KeyDecoder.key(functionKey: 0o512) == .delete)
        #expect(KeyDecoder.key(functionKey: 0o411) == .function(1))
        #expect(KeyDecoder.key(functionKey: 0o414) == .function(4))
        #expect(KeyDecoder.key(functionKey: 0o631) == nil)
    }

    @Test func noColourEnvironmentTurnsColourOff() {
        // Only reads the variable; the default run has colour unless NO_COLOR is set.
        let options = TerminalOptions.fromEnvironment()
        #expect(options.usesColour == !TerminalOptions.environmentHasValue("NO_COLOR"))
        #expect(options.keyTimeoutMilliseconds == 250)
    }
}
