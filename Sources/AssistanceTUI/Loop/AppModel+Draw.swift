extension AppModel {
    /// Draws the whole frame: tab bar, the current screen, message line, hint line, and any
    /// overlay; below 80×24 only the message saying how big the terminal must be.
    public func draw(into canvas: inout Canvas) {
        if TooSmallMessage.applies(width: canvas.width, height: canvas.height) {
            TooSmallMessage.draw(into: &canvas)
            return
        }
        canvas.fill(canvas.area)
        drawTabBar(into: &canvas)
        currentStack.draw(into: &canvas, area: screenArea)
        let (_, bottom) = area.splitBottom(2)
        message?.draw(into: &canvas, area: bottom.row(0))
        HintBar(items: hintItems).draw(into: &canvas, area: bottom.row(1))
        if showsHelp { helpOverlay.draw(into: &canvas, area: screenArea) }
        quitConfirmation?.draw(into: &canvas, area: screenArea)
    }

    /// A drawn frame of the model's size, for tests and for the runner.
    public func render() -> Canvas {
        var canvas = Canvas(width: width, height: height)
        draw(into: &canvas)
        return canvas
    }

    /// The top line: each home screen's number and title, the current one bracketed and
    /// reversed so it shows without colour.
    func drawTabBar(into canvas: inout Canvas) {
        let bar = area.row(0)
        canvas.fill(bar, style: .header)
        var x = bar.x + canvas.put("assist ", x: bar.x, y: bar.y, style: .header)
        for (index, stack) in tabs.enumerated() {
            let title = "\(index + 1) \(stack.screens[0].title)"
            let isCurrent = index == selectedTab
            let text = isCurrent ? "[" + title + "]" : " " + title + " "
            guard x < bar.maxX else { break }
            x += canvas.put(text, x: x, y: bar.y, style: isCurrent ? .selected : .header, maxWidth: bar.maxX - x)
        }
    }
}
