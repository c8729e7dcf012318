import AssistanceCore

/// The case view (Enter on Cases): the case's details on top and its timeline below — steps
/// done and planned, referrals with their state, notes, amendments and retractions — with
/// the keys a caseworker records with. Esc goes back to the list, still on this case.
public struct CaseScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        /// A movement key: the timeline's selection moves.
        case move(Movement)
        /// A recording key: its form opens, if the person may record.
        case record(Recording)
    }

    /// What a recording key records.
    public enum Recording: Hashable, Sendable {
        /// `a`: record a step, done or planned.
        case recordStep
        /// `D`: mark the selected planned step done.
        case markDone
        /// `r`: make a referral.
        case referral
        /// `n`: add a note.
        case note
        /// `e`: edit the case's details.
        case edit
        /// `x`: amend or retract the selected entry.
        case correct
        /// `C`: close the case.
        case close
    }

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.character("a")], label: "step", description: "Record an assistance step, done or planned.", action: .record(.recordStep)),
        KeyBinding([.character("D")], label: "done", description: "Mark the selected planned step done.", action: .record(.markDone)),
        KeyBinding([.character("r")], label: "referral", description: "Refer the person to an organisation.", action: .record(.referral)),
        KeyBinding([.character("n")], label: "note", description: "Add a note (Ctrl-E in the form writes it in $EDITOR).", action: .record(.note)),
        KeyBinding([.character("e")], label: "edit", description: "Edit the case's details.", action: .record(.edit)),
        KeyBinding([.character("x")], label: "amend/retract", description: "Amend or retract the selected entry, with a reason.", action: .record(.correct)),
        KeyBinding([.character("C")], label: "close case", description: "Close the case, with a reason (asks first).", action: .record(.close)),
    ]) + MovementKeys.list.map { .move($0) }

    /// The case shown.
    public let caseID: String
    /// Its history, oldest first.
    public private(set) var timeline: [TimelineItem] = []
    /// Referral states by the seq of their `referral.sent` entry.
    var referralStatusBySeq: [Int: ReferralStatus] = [:]
    /// Planned, not yet done, steps by seq.
    var plannedStepSeqs: Set<Int> = []
    /// Selection and scroll in the timeline.
    public private(set) var cursor = ListCursor()
    /// Timeline rows that fit, for paging.
    var visibleRows = 10

    /// The view of `caseID`, the newest entry selected.
    public init(caseID: String, context: AppContext) {
        self.caseID = caseID
        load(context, keeping: nil)
        cursor.reset(count: timeline.count, selecting: timeline.count - 1, visibleRows: visibleRows)
    }

    /// The case id.
    public var title: String { caseID }
    /// The screen's key table.
    public var keyHelp: [KeyHelp] { Self.keys.help }

    /// The entry selected in the timeline.
    public var selectedItem: TimelineItem? { timeline.indices.contains(cursor.selection) ? timeline[cursor.selection] : nil }

    /// Catches up with the journal, keeping the selected entry and the scroll.
    public mutating func refresh(context: ScreenContext) {
        visibleRows = Self.timelineRows(in: context.area)
        load(context.app, keeping: selectedItem?.seq)
    }

    /// Reads the timeline and the states shown beside it; selects `seq` when still there.
    mutating func load(_ context: AppContext, keeping seq: Int?) {
        let state = context.state
        timeline = state.timeline(of: caseID)
        referralStatusBySeq = [:]
        plannedStepSeqs = []
        for item in timeline {
            switch item.type {
            case .referralSent:
                if let referral = state.referrals.first(where: { $0.sentSeq == item.seq }) { referralStatusBySeq[item.seq] = referral.status }
            case .stepRecorded:
                if let step = state.step(seq: item.seq), !step.isDone, !step.isRetracted { plannedStepSeqs.insert(item.seq) }
            default: break
            }
        }
        // Sitting on the newest entry follows new ones, as `tail -f` does; otherwise stay put.
        let followsNewest = cursor.count > 0 && cursor.selection == cursor.count - 1
        let kept = seq.flatMap { wanted in timeline.firstIndex { $0.seq == wanted } } ?? cursor.selection
        let index = followsNewest ? timeline.count - 1 : kept
        cursor.reset(count: timeline.count, selecting: index, visibleRows: visibleRows)
    }

    /// Rows of details above the timeline.
    static let detailRows = 6

    /// Timeline rows that fit below the details, a rule and the table header.
    static func timelineRows(in area: Rect) -> Int { max(1, area.height - detailRows - 2) }

    /// Movement in the timeline, or the key table's recording keys.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        visibleRows = Self.timelineRows(in: context.area)
        guard let action = Self.keys.action(for: key) else { return .ignored }
        switch action {
        case .move(let movement): cursor.move(movement, visibleRows: visibleRows)
        case .record(let recording): return record(recording, context: context)
        }
        return .handled
    }

    /// Opens the form for `recording`, first asking whether the person may record, and
    /// saying why not.
    mutating func record(_ recording: Recording, context: ScreenContext) -> ScreenResult {
        if let refusal = context.app.refusal(for: Self.eventType(of: recording)) { return .message(MessageLine(.error, refusal)) }
        let purpose: FormPurpose
        switch recording {
        case .recordStep: purpose = .recordStep(caseID: caseID)
        case .referral: purpose = .sendReferral(caseID: caseID)
        case .note: purpose = .addNote(caseID: caseID)
        case .edit: purpose = .editCase(caseID: caseID)
        case .close: purpose = .closeCase(caseID: caseID)
        case .markDone:
            guard let item = selectedItem, plannedStepSeqs.contains(item.seq) else {
                return .message(MessageLine(.error, "Select a planned step first (marked \"planned\" in the timeline), then press D."))
            }
            purpose = .markStepDone(stepSeq: item.seq)
        case .correct:
            guard let item = selectedItem else { return .message(MessageLine(.error, "Select an entry in the timeline first, then press x.")) }
            guard !item.isRetracted else { return .message(MessageLine(.error, "Entry \(item.seq) is already retracted.")) }
            purpose = .correctEntry(seq: item.seq, type: item.type)
        }
        return .push(FormScreen(purpose: purpose, context: context.app))
    }

    /// The event a recording key records, for the permission check before anything else.
    static func eventType(of recording: Recording) -> EventType {
        switch recording {
        case .recordStep: .stepRecorded
        case .markDone: .stepDone
        case .referral: .referralSent
        case .note: .noteAdded
        case .edit: .caseUpdated
        case .correct: .entryAmended
        case .close: .caseClosed
        }
    }
}
