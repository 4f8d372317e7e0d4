import Testing
@testable import LecternCore

/// Sends actions to a state the way the run loop does, and fails on any change of state or any
/// effect that the test did not state (The Composable Architecture's `TestStore`).
struct TestStore {
    private(set) var state: State

    init(_ state: State) {
        self.state = state
    }

    /// Sends `action`; `update` states the whole change to the state and `effects` every effect.
    mutating func send(_ action: Action, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                       _ update: (inout State) -> Void = { _ in }) {
        var expectedState = state
        update(&expectedState)
        let effects = reduce(&state, action)
        #expect(effects == expected, "effects of \(action)", sourceLocation: sourceLocation)
        for difference in TestStore.differences(expectedState, state) {
            Issue.record("after \(action): \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// Sends a key press.
    mutating func press(_ key: Key, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                        _ update: (inout State) -> Void = { _ in }) {
        send(.keyPressed(key), effects: expected, sourceLocation: sourceLocation, update)
    }

    /// Presses `key`, which asks `question`: it is the overlay and the status line shows its prompt,
    /// and nothing else changes.
    mutating func press(_ key: Key, asks question: ConfirmFeature.Question, sourceLocation: SourceLocation = #_sourceLocation) {
        send(.keyPressed(key), sourceLocation: sourceLocation) {
            $0.overlay = .confirm(question)
            $0.status = question.prompt
        }
    }

    /// Each part of the state that differs, with what was expected and what it is: a readable
    /// failure rather than two whole states.
    static func differences(_ expected: State, _ actual: State) -> [String] {
        guard expected != actual else { return [] }
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) {
            if a != b { out.append("\(name): expected \(a), got \(b)") }
        }
        check("browse", expected.browse, actual.browse)
        check("search", expected.search, actual.search)
        check("bookmarks", expected.bookmarks, actual.bookmarks)
        check("undo", expected.marks.undo, actual.marks.undo)
        check("seen", expected.seen, actual.seen)
        check("unsavedChanges", expected.unsavedChanges, actual.unsavedChanges)
        check("overlay", expected.overlay, actual.overlay)
        check("status", expected.status, actual.status)
        check("size", expected.size, actual.size)
        check("environment.now", expected.environment.now, actual.environment.now)
        check("keyMap", expected.keyMap, actual.keyMap)
        if expected.derived != actual.derived { out.append("derived indexes differ") }
        if expected.corpus != actual.corpus { out.append("corpus differs") }
        if out.isEmpty { out.append("the states differ") }
        return out
    }
}
