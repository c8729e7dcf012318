import Testing
@testable import AssistanceTUI

@Suite struct SmallWidgetTests {
    @Test func hintBarShowsOnlyHintItemsAndStopsBeforeTheEdge() {
        let items = CasesScreen.keys.help + GlobalKeys.table.help
        let lines = rendered(width: 40, height: 1) { canvas, area in HintBar(items: items).draw(into: &canvas, area: area) }
        #expect(lines == ["Enter open  N new case  / filter"])
    }

    @Test func messageLineSaysErrorInWordsNotOnlyColour() {
        let lines = rendered(width: 40, height: 2) { canvas, area in
            MessageLine(.error, "The journal is read-only.").draw(into: &canvas, area: area.row(0))
            MessageLine(.info, "Saved.").draw(into: &canvas, area: area.row(1))
        }
        #expect(lines == ["Error: The journal is read-only.", "Saved."])
    }

    @Test func tooSmallMessageSaysHowBigItMustBeAndIs() {
        let lines = rendered(width: 40, height: 7) { canvas, _ in TooSmallMessage.draw(into: &canvas) }
        #expect(lines == [
            "",
            "",
            "       The terminal is too small.",
            " It must be at least 80×24; it is 40×7.",
            "        Make the window larger.",
            "",
            "",
        ])
        #expect(TooSmallMessage.applies(width: 79, height: 24))
        #expect(TooSmallMessage.applies(width: 80, height: 23))
        #expect(!TooSmallMessage.applies(width: 80, height: 24))
    }

    @Test func detailPaneAlignsLabelsAndWrapsValues() {
        let pane = DetailPane(items: [
            DetailPane.Item("Alias", "李娜"),
            DetailPane.Item("Note", "Met at the station on Monday evening"),
        ])
        let lines = rendered(width: 24, height: 4) { canvas, area in pane.draw(into: &canvas, area: area) }
        #expect(lines == [
            "Alias: 李娜",
            "Note:  Met at the",
            "       station on Monday",
            "       evening",
        ])
    }

    @Test func confirmDialogAnswersYesNoAndIgnoresOtherKeys() {
        let dialog = ConfirmDialog(title: "Close case", question: "Close this case?")
        #expect(dialog.handle(key: .character("y")) == .confirmed)
        #expect(dialog.handle(key: .escape) == .cancelled)
        #expect(dialog.handle(key: .character("n")) == .cancelled)
        #expect(dialog.handle(key: .enter) == .pending)
        let lines = rendered(width: 44, height: 5) { canvas, area in dialog.draw(into: &canvas, area: area) }
        #expect(lines == [
            "  ┌─ Close case ─────────────────────────┐",
            "  │ Close this case?                     │",
            "  │                                      │",
            "  │ y yes   n no                         │",
            "  └──────────────────────────────────────┘",
        ])
    }

    @Test func helpOverlayListsExactlyTheScreensKeysThenTheGlobalOnes() {
        let overlay = HelpOverlay(screenTitle: "Cases", screenKeys: CasesScreen.keys.help, globalKeys: GlobalKeys.table.help)
        let lines = overlay.lines(width: 200)
        let screenPart = Array(lines.prefix(while: { !$0.isEmpty }))
        #expect(screenPart.count == CasesScreen.keys.bindings.count)
        for (line, binding) in zip(screenPart, CasesScreen.keys.bindings) {
            #expect(line.hasPrefix(binding.keysLabel))
            #expect(line.hasSuffix(binding.description))
        }
        #expect(lines.count == CasesScreen.keys.bindings.count + 2 + GlobalKeys.table.bindings.count)
        #expect(lines[screenPart.count + 1] == "Everywhere")
    }

    @Test func helpOverlayWrapsLongDescriptionsInsteadOfCuttingThem() {
        let overlay = HelpOverlay(screenTitle: "Cases", screenKeys: CasesScreen.keys.help, globalKeys: [])
        let lines = overlay.lines(width: 40)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        // The key column is as wide as the widest keys, at most a third of the width.
        let keyWidth = min(CasesScreen.keys.help.map { DisplayWidth.of($0.keys) }.max() ?? 0, 40 / 3)
        // Each binding's description, read back from its first line and the indented lines after it.
        var descriptions: [String] = []
        for line in lines {
            let text = String(line.dropFirst(keyWidth + 2))
            if line.hasPrefix(String(repeating: " ", count: keyWidth + 2)), !descriptions.isEmpty {
                descriptions[descriptions.count - 1] += " " + text
            } else {
                descriptions.append(text)
            }
        }
        #expect(descriptions == CasesScreen.keys.bindings.map(\.description))
    }

    @Test func wrapBreaksAtSpacesAndInsideOverlongWords() {
        #expect(TextLayout.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(TextLayout.wrap("李娜李娜李", width: 4) == ["李娜", "李娜", "李"])
        #expect(TextLayout.wrap("", width: 4) == [""])
    }
}
