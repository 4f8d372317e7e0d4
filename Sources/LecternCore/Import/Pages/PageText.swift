import Foundation

/// What the two page readers share: the text of a head, and reading a page with the page importer.
enum PageText {
    /// The head's lines when it is text: no NUL or other control bytes but tab, CR, LF and form
    /// feed, and UTF-8 apart from a sequence cut at the end of the head.
    static func lines(_ head: ArraySlice<UInt8>) -> [String]? {
        var bytes = Array(head)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        for b in bytes where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { return nil }
        if bytes.contains(0x7F) { return nil }
        var text = String(validating: bytes, as: UTF8.self)
        var trim = 0
        while text == nil, trim < 3, !bytes.isEmpty {
            bytes.removeLast()
            trim += 1
            text = String(validating: bytes, as: UTF8.self)
        }
        guard let text else { return nil }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        do {
            builder.add(page: try PageDecoding.parse(data: Data(bytes), fileName: origin.file, year: builder.options.year))
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(file: origin.file, line: 1, expected: "a readable page", found: "\(error)")
        }
    }
}
