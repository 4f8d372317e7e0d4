import Foundation

/// ICML session pages (a title, "Moderator:", time slots), read by the page importer as they always were.
public enum SessionPageReader: SourceReader {
    public static let formatName = "ICML session page"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        guard let lines = PageText.lines(head) else { return false }
        return lines.contains { line in
            line.hasPrefix("Moderator:") || TimeSlot.looksLikeSlot(line)
        }
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        try PageText.read(bytes, origin: origin, into: &builder)
    }
}
