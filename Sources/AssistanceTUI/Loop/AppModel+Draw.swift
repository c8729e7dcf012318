extension AppModel {
    /// Draws the whole frame: tab bar, the current screen, message line, hint line, and any
    /// overlay; below 80×24 only the message saying how big the terminal must be.
    public func draw(into canvas: inout Canvas) {
        if TooSmallMessage.applies(width: canvas.width, height: canvas.height) {
            TooSmallMessage.draw(into: &canvas)
            return
        }
        canvas.fill(canvas.area)
        drawStatusLine(into: &canvas)
        drawTabBar(into: &canvas)
        drawReadOnlyBanner(into: &canvas)
        currentStack.draw(into: &canvas, area: screenArea, app: context)
        let (_, bottom) = area.splitBottom(2)
        HintBar(items: hintItems).draw(into: &canvas, area: bottom.row(1))
        if let message {
            drawMessage(message, into: &canvas, area: bottom)
        } else if let save {
            drawMessage(MessageLine(.info, save.sentence), into: &canvas, area: bottom)
        }
        if showsHelp { helpOverlay.draw(into: &canvas, area: screenArea) }
        quitConfirmation?.draw(into: &canvas, area: screenArea)
    }

    /// The message line; a sentence too long for one line takes the hint line too, until
    /// the next key, so a refusal is never cut short.
    func drawMessage(_ message: MessageLine, into canvas: inout Canvas, area: Rect) {
        let prefix = message.kind == .error ? "Error: " : ""
        let lines = TextLayout.wrap(prefix + message.text, width: max(1, area.width))
        guard lines.count > 1 else {
            message.draw(into: &canvas, area: area.row(0))
            return
        }
        let style: Style = message.kind == .error ? .error : .normal
        for (row, line) in lines.prefix(area.height).enumerated() {
            canvas.fill(area.row(row))
            canvas.put(line, in: area, row: row, style: style)
        }
    }

    /// A drawn frame of the model's size, for tests and for the runner.
    public func render() -> Canvas {
        var canvas = Canvas(width: width, height: height)
        draw(into: &canvas)
        return canvas
    }

    /// The top line: the journal's file name, who is at the terminal and their role, and
    /// what needs attention, written out so it reads without colour.
    func drawStatusLine(into canvas: inout Canvas) {
        let line = area.row(0)
        canvas.fill(line, style: .header)
        let counts = context.attention
        // Counts first, so a long name is what gets cut, never what needs attention.
        let attention = "\(counts.overdueReferrals) overdue · \(counts.reflectionsEndingSoon) reflection ending ≤7d"
        let needsAttention = counts.overdueReferrals + counts.reflectionsEndingSoon > 0
        let start = max(line.x, line.maxX - DisplayWidth.of(attention))
        canvas.put(attention, x: start, y: line.y, style: needsAttention ? .warning : .header, maxWidth: line.maxX - start)
        let who = context.journalName + " · " + context.userLabel
        canvas.put(TextLayout.truncate(who, to: max(0, start - line.x - 1)), x: line.x, y: line.y, style: .header)
    }

    /// The banner under the tabs when the journal can only be read, saying why.
    func drawReadOnlyBanner(into canvas: inout Canvas) {
        guard let reason = context.readOnlyReason else { return }
        let line = area.row(2)
        canvas.fill(line, style: .error)
        canvas.put("Read-only: " + reason, in: line, style: .error)
    }

    /// The second line: each home screen's number and title, the current one bracketed and
    /// reversed so it shows without colour.
    func drawTabBar(into canvas: inout Canvas) {
        let bar = area.row(1)
        canvas.fill(bar, style: .header)
        var x = bar.x
        for (index, stack) in tabs.enumerated() {
            let title = "\(index + 1) \(stack.screens[0].title)"
            let isCurrent = index == selectedTab
            let text = isCurrent ? "[" + title + "]" : " " + title + " "
            guard x < bar.maxX else { break }
            x += canvas.put(text, x: x, y: bar.y, style: isCurrent ? .selected : .header, maxWidth: bar.maxX - x)
        }
    }
}
