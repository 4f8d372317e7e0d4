import Testing
@testable import LecternCore
@testable import LecternRender

/// The status line at 120 columns: a long session title gives way to the message, and a copy
/// question shortens the title it quotes, never its `y/n`; the full text is in `M`.
@Suite struct StatusLineTests {
    static let size = Size(width: 120, height: 40)

    static func state() -> State {
        var corpus = Fixture.corpus
        corpus.sessions[0].title = "Deep Learning Architectures and Everything Else That Fits Into a Session Title This Long"
        corpus.items[0].title = "Relative Positional Encoding for Transformers with Linear Complexity, and a Subtitle That Goes On and On"
        var state = Fixture.state(corpus, size: size)
        state.openEntry(state.sessionEntries[0])
        state.focus = .items
        return state
    }

    @Test func theCopyQuestionKeepsItsYesNoAndTheIdAt120Columns() throws {
        var state = Self.state()
        let item = try #require(state.selectedItem)
        _ = reduce(&state, .keyPressed(.char("y")))
        #expect(state.question == .copy("\(item.title) [\(item.id)]"))
        let grid = render(state, size: Self.size)
        let line = grid.line(Self.size.height - 1)
        #expect(line.contains("to the clipboard (via the terminal)? y/n"), "\(line)")
        #expect(line.contains("[\(item.id)]\u{201D}"), "\(line)")
        #expect(line.contains("Relative Positional"), "\(line)")
        #expect(line.contains("…"), "\(line)")
        Golden.check("copy-question-120x40", grid)
    }

    @Test(arguments: [40, 60, 80, 120])
    func everyQuestionKeepsItsYesNo(width: Int) {
        var state = Self.state()
        let size = Size(width: width, height: 24)
        _ = reduce(&state, .terminalResized(size))
        for question in [ConfirmFeature.Question.quitUnsaved(3), .copy("A Title Long Enough To Be Shortened At Forty Columns [t-rpe]")] {
            state.overlay = .confirm(question)
            state.status = question.prompt
            let line = render(state, size: size).line(size.height - 1)
            #expect(line.trimmingCharacters(in: .whitespaces).hasSuffix("y/n"), "\(width): \(line)")
        }
    }

    @Test func aMessageWithAURLIsShownWholeAndTheSessionTitleShortened() {
        var state = Self.state()
        let url = "https://github.com/NJUST-VIPGroup/Equiangular-Basis-Vectors/tree/main/experiments"
        _ = reduce(&state, .effectFinished(message: "Opening \(url)"))
        let line = render(state, size: Self.size).line(Self.size.height - 1)
        #expect(line.contains("Opening \(url)"), "\(line)")
        #expect(line.contains("Deep Learning"), "\(line)")
        #expect(!line.contains("Session Title This Long"), "\(line)")
    }

    @Test func theMessagesOverlayShowsALongMessageInFull() {
        var state = Self.state()
        let long = "Could not save bookmarks: " + (1...30).map { "reason\($0)" }.joined(separator: " ") + " END"
        _ = reduce(&state, .bookmarks(.saveFailed(long)))
        #expect(!render(state, size: Self.size).line(Self.size.height - 1).contains("END"))
        _ = reduce(&state, .keyPressed(.char("M")))
        let text = render(state, size: Self.size).text
        #expect(text.contains("Messages (1)"))
        for word in long.split(separator: " ") { #expect(text.contains(word), "\(word)") }
        Golden.check("messages-120x40", render(state, size: Self.size))
    }
}
