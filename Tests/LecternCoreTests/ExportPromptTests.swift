import Foundation
import Testing
@testable import LecternCore

/// `x`: a format key, then a path with a default name; a file already there is replaced only
/// after a yes; an invalid query exports nothing; a search export carries its query.
@Suite struct ExportPromptTests {
    static func store() -> TestStore {
        TestStore(State(corpus: ExportFixture.corpus()))
    }

    @Test func formatThenPathThenWrite() {
        var store = Self.store()
        let (input, _) = ExportRunner.input(for: store.state)
        var prompt = ExportFeature.State(input: input, baseName: "lectern-bookmarks")
        func shows(_ step: ExportFeature.State.Step) -> (inout State) -> Void {
            prompt.step = step
            let expected = prompt
            return { $0.overlay = .export(expected); $0.status = expected.prompt }
        }
        store.press(.char("x"), shows(.format))
        #expect(prompt.prompt.contains("i iCalendar") && prompt.prompt.contains("c CSV") && prompt.prompt.contains("j JSON"))
        store.press(.char("i"), shows(.path(.ics, "lectern-bookmarks.ics")))
        store.press(.backspace, shows(.path(.ics, "lectern-bookmarks.ic")))
        store.press(.ctrl("u"), shows(.path(.ics, "")))
        var typed = ""
        for c in "~/plan.ics" {
            typed.append(c)
            store.press(.char(c), shows(.path(.ics, typed)))
        }
        store.press(.enter, effects: [.export(.ics, input, path: "~/plan.ics", overwrite: false)]) {
            $0.overlay = nil
            $0.status = nil
        }
    }

    @Test func anExistingFileIsReplacedOnlyAfterYes() {
        var store = Self.store()
        let (input, _) = ExportRunner.input(for: store.state)
        let question = ConfirmFeature.Question.overwriteExport(.csv, input, path: "plan.csv")
        store.send(.exportWouldOverwrite(.csv, input, path: "plan.csv")) {
            $0.overlay = .confirm(question)
            $0.status = "plan.csv exists. Replace it? y/n"
        }
        store.press(.char("y"), effects: [.export(.csv, input, path: "plan.csv", overwrite: true)]) {
            $0.overlay = nil
            $0.status = nil
        }
        store.send(.exportWouldOverwrite(.csv, input, path: "plan.csv")) {
            $0.overlay = .confirm(question)
            $0.status = question.prompt
        }
        store.press(.char("n")) {
            $0.overlay = nil
            $0.status = "Not exported: plan.csv is left as it was"
        }
    }

    /// `remind` from config.toml reaches the calendar `x` writes: each event has its alarm.
    @Test func theConfiguredReminderGoesIntoTheCalendar() {
        var environment = Environment()
        environment.reminder = Reminder(minutes: 15)
        var state = State(corpus: ExportFixture.corpus(), environment: environment)
        for item in state.corpus.items where item.start != nil {
            BookmarkChange.add(Bookmark(itemId: item.id, title: item.title)).apply(to: &state.bookmarks)
        }
        let (input, _) = ExportRunner.input(for: state)
        #expect(input.reminder == Reminder(minutes: 15))
        let text = ICSExporter.render(input, now: Timestamp(epochSeconds: 0, utcOffsetSeconds: 0)).text
        #expect(text.contains("BEGIN:VALARM") && text.contains("TRIGGER:-PT15M"), "\(text)")
        #expect(ExportRunner.input(for: State(corpus: ExportFixture.corpus())).input.reminder == nil)
    }

    @Test func escCancelsAtEitherStep() {
        var store = Self.store()
        let (input, _) = ExportRunner.input(for: store.state)
        let atFormat = ExportFeature.State(input: input, baseName: "lectern-bookmarks")
        var atPath = atFormat
        atPath.step = .path(.markdown, "lectern-bookmarks.md")
        store.press(.char("x")) { $0.overlay = .export(atFormat); $0.status = atFormat.prompt }
        store.press(.char("q")) { _ in }
        store.press(.char("m")) { $0.overlay = .export(atPath); $0.status = atPath.prompt }
        store.press(.escape) {
            $0.overlay = nil
            $0.status = "Export cancelled"
        }
    }

    @Test func anInvalidQueryExportsNothing() {
        var state = State(corpus: ExportFixture.corpus())
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in "foo:bar" { _ = reduce(&state, .keyPressed(.char(c))) }
        #expect(state.search.error != nil)
        _ = reduce(&state, .keyPressed(.enter))
        #expect(reduce(&state, .keyPressed(.char("x"))).isEmpty)
        #expect(state.exportPrompt == nil)
        #expect(state.status?.hasPrefix("Not exported: the query is invalid") == true, "\(state.status ?? "")")
    }

    @Test func aSearchExportCarriesItsQuery() {
        var state = State(corpus: ExportFixture.corpus())
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in "dvorak" { _ = reduce(&state, .keyPressed(.char(c))) }
        _ = reduce(&state, .keyPressed(.enter))
        _ = reduce(&state, .keyPressed(.char("x")))
        #expect(state.exportPrompt?.input.query == "dvorak")
        #expect(state.exportPrompt?.baseName == "lectern-search")
        #expect(state.status?.contains("search result") == true)
    }

    @Test func everyFormatRecordsTheQuery() throws {
        var input = ExportFixture.input
        input.query = "author:dvorak {x}"
        let now = ExportFixture.now
        #expect(MarkdownExporter.render(input).text.contains("\nSearch: author:dvorak {x}\n"))
        let ics = ICSExporter.render(input, now: now).text
        #expect(ics.contains("\r\nX-LECTERN-QUERY:author:dvorak {x}\r\n"))
        #expect(BibTeXExporter.render(input).text.hasPrefix("@comment{lectern search: author:dvorak x}\n"))
        let csv = CSVExporter.render(input).text.components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",abstract,query"))
        #expect(csv[1].hasSuffix(",author:dvorak {x}"))
        let json = try JSONSerialization.jsonObject(with: Data(JSONExporter.render(input).text.utf8)) as? [String: Any]
        #expect(json?["query"] as? String == "author:dvorak {x}")
        // The bookmarks carry no query.
        #expect(!ICSExporter.render(ExportFixture.input, now: now).text.contains("X-LECTERN-QUERY"))
    }
}
