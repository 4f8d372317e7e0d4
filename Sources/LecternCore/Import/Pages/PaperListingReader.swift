import Foundation

/// Trending-paper listings (a title line, then an abstract line), read by the page importer as they always were.
public enum PaperListingReader: SourceReader {
    public static let formatName = "trending-paper listing"

    /// Shortest line taken for an abstract when a listing has no page chrome to recognise it by.
    static let abstractLength = 160

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        guard let lines = PageText.lines(head) else { return false }
        if lines.first(where: { !$0.isEmpty }).map({ $0.lowercased().hasPrefix("get trending papers") }) == true { return true }
        // Without chrome: a title-sized line, then an abstract-sized one (or the head ends inside it).
        let content = lines.filter { !$0.isEmpty }
        guard let title = content.first, title.count <= 400, !title.hasPrefix("#"), !title.hasPrefix("{"),
              !title.hasPrefix("<"), !title.hasPrefix("["), content.count >= 2 else { return false }
        let abstract = content[1]
        return abstract.count >= abstractLength || (content.count == 2 && abstract.utf8.count >= head.count / 2)
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        try PageText.read(bytes, origin: origin, into: &builder)
    }
}
