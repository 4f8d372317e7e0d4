import Testing
@testable import LecternCore

/// `y` writes to the clipboard through the terminal (OSC 52) only after the user confirms.
@Suite struct CopyConfirmationTests {
    static func stateOnATalk() -> State {
        let session = Session(id: "s", title: "S", moderator: nil,
                              start: Timestamp(year: 2021, month: 7, day: 20, hour: 5, minute: 0, utcOffsetSeconds: -25_200),
                              end: Timestamp(year: 2021, month: 7, day: 20, hour: 6, minute: 0, utcOffsetSeconds: -25_200),
                              timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: Provenance(file: "f", line: 1))
        let talk = Item(id: "talk", kind: .oral, title: "A Talk", authors: ["A"], abstract: "x", sessionId: "s",
                        start: session.start, end: session.end, source: Provenance(file: "f", line: 2))
        var state = State(corpus: Corpus(sessions: [session], items: [talk]), size: Size(width: 120, height: 40))
        _ = reduce(&state, .keyPressed(.enter))
        return state
    }

    @Test func anyOtherKeyCancelsAndDoesNothingElse() {
        var store = TestStore(Self.stateOnATalk())
        let question = ConfirmFeature.Question.copy("A Talk [talk]")
        store.press(.char("y"), asks: question)
        // `q` would quit; while the question waits it only answers no.
        store.press(.char("q")) {
            $0.overlay = nil
            $0.status = "Not copied"
        }
    }
}

/// `o` opens the web link of the abstract (offering each when there are several), without the
/// punctuation that ends its sentence.
@Suite struct OpenLinkTests {
    static func state(abstract: String) -> State {
        var state = CopyConfirmationTests.stateOnATalk()
        let id = state.corpus.items[0].id
        state.corpus.items[0].abstract = abstract
        state.selectItem(id: id)
        return state
    }

    @Test func theFirstLinkOpensWithoutTheFullStop() {
        var state = Self.state(abstract: "Code is at https://github.com/cvg/GeoCalib. See also http://example.org.")
        // Two links: o offers both, and 1 opens the first.
        #expect(reduce(&state, .keyPressed(.char("o"))).isEmpty)
        #expect(state.status == "Open which link? 1 github.com/cvg/GeoCalib  2 example.org  (other key: none)")
        #expect(reduce(&state, .keyPressed(.char("1"))) == [.openURL("https://github.com/cvg/GeoCalib")])
    }

    @Test func balancedParenthesesStayInTheLink() {
        var state = Self.state(abstract: "(see https://en.wikipedia.org/wiki/Transformer_(model)).")
        #expect(reduce(&state, .keyPressed(.char("o"))) == [.openURL("https://en.wikipedia.org/wiki/Transformer_(model)")])
    }

    @Test func noLinkSaysSo() {
        var state = Self.state(abstract: "No links here.")
        #expect(reduce(&state, .keyPressed(.char("o"))).isEmpty)
        #expect(state.status == "No link in this item")
    }
}
