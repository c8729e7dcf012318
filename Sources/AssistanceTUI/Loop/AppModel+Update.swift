extension AppModel {
    /// The app's one state transition: the model after `event`, and the effects for the runtime
    /// to carry out. Pure: it reads no file and touches no terminal, so tests drive it with
    /// key lists.
    public static func update(_ model: AppModel, _ event: Event) -> (AppModel, [Effect]) {
        var model = model
        let effects = model.apply(event)
        model.noteSaveStarted(by: effects)
        return (model, effects)
    }

    /// Applies `event` in place and returns the effects it asks for.
    mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case .tick:
            // While a save is in flight the store is the save's: its answer brings any news.
            return save == nil ? [.checkForChanges] : []
        case .saveWaiting:
            if save?.stage == .saving { save?.stage = .waitingForJournal }
            return []
        case .journalChanged(let newContext):
            context = newContext
            // Only the tab shown catches up now; each hidden one does when next shown, so a
            // change costs one screen's query rather than five.
            for index in tabs.indices where index != selectedTab { tabs[index].isStale = true }
            tabs[selectedTab].refreshAll(context: screenContext)
            return []
        case .resized(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
            return []
        case .effectResult(let result):
            return receive(result)
        case .key(let key):
            return apply(key: key)
        }
    }

    /// Routes a key: an open question or help overlay first, then the screen, then the
    /// global keys.
    mutating func apply(key: Key) -> [Effect] {
        if key == .resize { return [] }
        message = nil
        if let question = quitConfirmation {
            switch question.handle(key: key) {
            case .confirmed: return [.quit]
            case .cancelled: quitConfirmation = nil
            case .pending: break
            }
            return []
        }
        if showsHelp {
            showsHelp = false
            return []
        }
        if save != nil, let effects = apply(keyWhileSaving: key) { return effects }
        let capturing = currentScreen.capturesTextInput
        if capturing, GlobalKeys.worksDuringTextInput(key), let action = GlobalKeys.table.action(for: key) {
            return perform(action)
        }
        var screen = currentStack.top
        let result = screen.handle(key: key, context: screenContext)
        currentStack.top = screen
        if case .ignored = result {
            if capturing, case .character = key { return [] }
            // In a form ← and → belong to the text; never let them close it.
            if capturing, key == .left || key == .right { return [] }
            guard let action = GlobalKeys.table.action(for: key) else { return [] }
            return perform(action)
        }
        return apply(result)
    }

    /// Carries out what a screen answered.
    mutating func apply(_ result: ScreenResult) -> [Effect] {
        switch result {
        case .ignored, .handled:
            return []
        case .push(let screen):
            currentStack.push(screen)
        case .pop:
            currentStack.pop()
        case .perform(let effects):
            return effects
        case .message(let line):
            message = line
        case .popWithMessage(let line):
            currentStack.pop()
            message = line
        }
        return []
    }

    /// Carries out a global key's action.
    mutating func perform(_ action: GlobalAction) -> [Effect] {
        switch action {
        case .showHelp:
            showsHelp = true
        case .quit:
            guard tabs.contains(where: \.hasUnsavedInput) else { return [.quit] }
            quitConfirmation = ConfirmDialog(
                title: "Quit",
                question: "A form holds input that has not been saved. Quit and lose it?")
        case .goToScreen(let index):
            if tabs.indices.contains(index) { selectedTab = index }
        case .nextScreen:
            selectedTab = (selectedTab + 1) % tabs.count
        case .previousScreen:
            selectedTab = (selectedTab + tabs.count - 1) % tabs.count
        case .redraw:
            return [.redraw]
        case .back:
            currentStack.pop()
        case .open:
            var screen = currentStack.top
            let result = screen.handle(key: .enter, context: screenContext)
            currentStack.top = screen
            return apply(result)
        case .reload:
            return [.reload]
        case .showOverdueReferrals:
            showOverdueReferrals()
        case .showReflectionsEnding:
            currentStack.push(ReflectionsEndingScreen(context: context))
        }
        return []
    }
}
