import Foundation

/// Parses session pages and paper listings into corpus records, detecting the layout from the content.
public enum PageImporter {
    /// Parses one page. `fileName` is used in provenance and messages; `year` completes the page's dates.
    /// Throws an `ImportError` when nothing usable is on the page; records it had to skip are in `skipped`.
    public static func parse(data: Data, fileName: String, year: Int = 2021) throws -> PageImport {
        guard (1...9999).contains(year) else {
            throw ImportError(file: fileName, line: 1, column: 1, expected: "a year between 1 and 9999 (see --year)", found: String(year))
        }
        let text = try decodeUTF8(data, fileName: fileName)
        let lines = PageLine.split(text)
        switch PageLayout.detect(lines) {
        case .empty:
            throw ImportError(file: fileName, line: 1, column: 1,
                              expected: "a session page (a title, \"Moderator:\" and time slots) or a paper listing (title and abstract lines)",
                              found: "an empty page")
        case .sessionWithoutSlots(let after):
            throw ImportError(file: fileName, line: after + 1, column: 1, expected: TimeSlot.example)
        case .session:
            return try SessionPageParser(lines: lines, file: fileName, year: year).parse()
        case .listing:
            return try PaperListingParser(lines: lines, file: fileName).parse()
        }
    }

    /// Parses pages in order and assembles them into one corpus with ids unique across all of them.
    public static func importPages(_ pages: [(fileName: String, data: Data)], year: Int = 2021) throws -> (corpus: Corpus, pages: [PageImport]) {
        var imports: [PageImport] = []
        for page in pages {
            imports.append(try PageDecoding.parse(data: page.data, fileName: page.fileName, year: year))
        }
        return (CorpusAssembler.assemble(imports, sources: pages.map(\.fileName)), imports)
    }

    /// The page as text, or an error naming the line and column of the first byte that is not UTF-8.
    static func decodeUTF8(_ data: Data, fileName: String) throws -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                throw ImportError(file: fileName, line: line, column: column, expected: "UTF-8 text", found: "a byte that is not UTF-8")
            }
        }
        throw ImportError(file: fileName, line: line, column: column, expected: "UTF-8 text")
    }
}
