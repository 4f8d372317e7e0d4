import Foundation

/// What the two page readers share: the text of a head, and reading a page with the page importer.
enum PageText {
    /// The head's lines when it is mostly text: at most a quarter of its bytes are controls (a page
    /// may carry hostile escape sequences, NULs and broken UTF-8, which the page importer reads
    /// leniently and sanitises; zeros and executables are refused here). Invalid UTF-8 reads as U+FFFD.
    static func lines(_ head: ArraySlice<UInt8>) -> [String]? {
        var bytes = Array(head)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let controls = bytes.reduce(0) { n, b in
            n + ((b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F ? 1 : 0)
        }
        if controls * 4 > bytes.count { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
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
