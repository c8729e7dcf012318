@testable import AssistanceTUI

/// Draws with `body` into a blank canvas of the given size and returns its lines, the way
/// Ratatui's tests compare a buffer with the expected screen.
func rendered(width: Int, height: Int, _ body: (inout Canvas, Rect) -> Void) -> [String] {
    var canvas = Canvas(width: width, height: height)
    body(&canvas, canvas.area)
    return canvas.lines
}

/// Feeds `keys` through `AppModel.update`, answering effects with `answer`, and returns the
/// final model and every effect asked for: the loop as the runner drives it, without a
/// terminal.
func drive(_ model: AppModel, keys: [Key], answer: (Effect) -> [Event] = { _ in [] }) -> (AppModel, [Effect]) {
    var model = model
    var allEffects: [Effect] = []
    for key in keys {
        var queue: [Event] = [.key(key)]
        while !queue.isEmpty {
            let (next, effects) = AppModel.update(model, queue.removeFirst())
            model = next
            allEffects += effects
            for effect in effects { queue += answer(effect) }
        }
    }
    return (model, allEffects)
}

/// Keys for typing `text`, one per character.
func typing(_ text: String) -> [Key] {
    text.map { Key.character($0) }
}

