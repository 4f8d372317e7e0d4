import Testing
@testable import LecternCore

/// The search bar's cursor, readline's keys and the history of accepted queries, key by key.
@Suite struct SearchBarTests {
    static func typing(_ text: String) -> TestStore {
        var state = CopyConfirmationTests.stateOnATalk()
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in text { _ = reduce(&state, .keyPressed(.char(c))) }
        return TestStore(state)
    }

    /// Presses `keys` and returns the query with `|` at the cursor.
    static func edit(_ text: String, _ keys: [Key]) -> String {
        var state = typing(text).state
        for key in keys { _ = reduce(&state, .keyPressed(key)) }
        var query = Array(state.search.query)
        query.insert("|", at: state.search.cursor)
        return String(query)
    }

    @Test func leftAndHomeMoveTheCursorAndTypingGoesThere() {
        var store = Self.typing("talk")
        store.press(.left) { $0.search.cursor = 3 }
        store.press(.home) { $0.search.cursor = 0 }
        store.press(.char(" ")) {
            $0.search.query = " talk"
            $0.search.cursor = 1
        }
        store.press(.end) { $0.search.cursor = 5 }
        store.press(.backspace) {
            $0.search.query = " tal"
            $0.search.cursor = 4
        }
    }

    @Test func readlineKeysMoveAndDelete() {
        #expect(Self.edit("deep speech model", [.ctrl("a")]) == "|deep speech model")
        #expect(Self.edit("deep speech model", [.ctrl("a"), .ctrl("e")]) == "deep speech model|")
        #expect(Self.edit("deep speech model", [.ctrl("b"), .ctrl("b"), .ctrl("f")]) == "deep speech mode|l")
        #expect(Self.edit("deep speech model", [.alt("b")]) == "deep speech |model")
        #expect(Self.edit("deep speech model", [.alt("b"), .alt("b")]) == "deep |speech model")
        #expect(Self.edit("deep speech model", [.home, .alt("f")]) == "deep| speech model")
        #expect(Self.edit("deep speech model", [.home, .alt("f"), .alt("f")]) == "deep speech| model")
        #expect(Self.edit("deep speech model", [.alt("b"), .ctrl("k")]) == "deep speech |")
        #expect(Self.edit("deep speech model", [.alt("b"), .ctrl("u")]) == "|model")
        #expect(Self.edit("deep speech model", [.alt("b"), .ctrl("w")]) == "deep |model")
        #expect(Self.edit("deep speech model", [.alt("b"), .backspace]) == "deep speech|model")
        #expect(Self.edit("deep speech model", [.alt("b"), .delete]) == "deep speech |odel")
        #expect(Self.edit("ab", [.home, .backspace, .left]) == "|ab")
        #expect(Self.edit("ab", [.end, .delete, .right]) == "ab|")
        #expect(Self.edit("ab", [.ctrl("u"), .char("c")]) == "c|")
    }

    @Test func upAndDownBringBackAcceptedQueries() {
        var state = Self.typing("one").state
        for key: Key in [.enter, .char("/"), .ctrl("u")] + "two".map({ .char($0) }) + [.enter, .char("/"), .ctrl("u")] + "thr".map({ .char($0) }) {
            _ = reduce(&state, .keyPressed(key))
        }
        #expect(state.search.history == ["one", "two"])
        var store = TestStore(state)
        store.press(.up) {
            $0.search.query = "two"
            $0.search.cursor = 3
            $0.search.recalled = 1
            $0.search.draft = "thr"
        }
        store.press(.up) {
            $0.search.query = "one"
            $0.search.recalled = 0
        }
        // The oldest stays at the top.
        store.press(.up)
        store.press(.down) {
            $0.search.query = "two"
            $0.search.recalled = 1
        }
        store.press(.down) {
            $0.search.query = "thr"
            $0.search.recalled = nil
            $0.search.draft = ""
        }
        store.press(.down)
        // Accepting a query again moves it to the end, once.
        store.press(.up) {
            $0.search.query = "two"
            $0.search.recalled = 1
            $0.search.draft = "thr"
        }
        store.press(.up) {
            $0.search.query = "one"
            $0.search.recalled = 0
        }
        store.press(.enter) {
            $0.search.editing = false
            $0.search.recalled = nil
            $0.search.draft = ""
            $0.search.history = ["two", "one"]
            $0.browse.focus = .items
        }
    }
}

/// Esc and a key typed right after it arrive as Alt with that key.
@Suite struct AltKeyRoutingTests {
    @Test func anAltKeyBoundNowhereIsEscThenTheKey() {
        var state = SearchBarTests.typing("talk").state
        _ = reduce(&state, .keyPressed(.alt("q")))
        // Esc left the search bar and cleared it; q then asked to quit.
        #expect(!state.search.editing && state.search.query.isEmpty)
        var other = SearchBarTests.typing("talk").state
        #expect(reduce(&other, .keyPressed(.escape)) == [])
        #expect(reduce(&other, .keyPressed(.char("q"))) == [.quit])
        var quitting = SearchBarTests.typing("talk").state
        #expect(reduce(&quitting, .keyPressed(.alt("q"))) == [.quit])
    }
}

/// Whether a list of times needs each row's day.
@Suite struct ListDayTests {
    static func at(_ day: Int, _ hour: Int) -> Timestamp {
        Timestamp(year: 2021, month: 7, day: day, hour: hour, minute: 0, utcOffsetSeconds: -7 * 3600)
    }

    @Test func aListSpanningMidnightInTheDisplayZoneNeedsDays() {
        // 17:00 PDT Tuesday is 02:00 CEST Wednesday; 05:00 PDT is 14:00 CEST Tuesday.
        #expect(TimeFormatting.spanDays([Self.at(20, 5), Self.at(20, 17)], in: "Europe/Berlin"))
        #expect(!TimeFormatting.spanDays([Self.at(20, 5), Self.at(20, 17)], in: "America/Los_Angeles"))
        #expect(!TimeFormatting.spanDays([Timestamp](), in: "UTC"))
    }
}
