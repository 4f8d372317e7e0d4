import Foundation
@testable import LecternCore

/// A small corpus with the characters exports must keep: & { " , newlines and ř.
enum ExportFixture {
    static let tricky = "Fast & {curly} \"quoted\", with commas\nand a newline: Dvořák"

    static func corpus() -> Corpus {
        let session = Session(id: "deep-learning-1", title: "Deep Learning 1; & more, really", moderator: "Graham Taylor",
                              start: Timestamp(year: 2021, month: 7, day: 20, hour: 17, minute: 0, utcOffsetSeconds: -7 * 3600),
                              end: Timestamp(year: 2021, month: 7, day: 20, hour: 18, minute: 0, utcOffsetSeconds: -7 * 3600),
                              timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: Provenance(file: "000.txt", line: 5))
        func at(_ h: Int, _ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: h, minute: m, utcOffsetSeconds: -7 * 3600) }
        let items = [
            Item(id: "poolingformer-long-document-modeling-with-pooling-attention", kind: .oral,
                 title: "Poolingformer: Long Document Modeling with Pooling Attention", authors: ["Hang Zhang", "Yeyun Gong"],
                 abstract: "Pooling attention. " + tricky, sessionId: "deep-learning-1", start: at(17, 0), end: at(17, 20),
                 source: Provenance(file: "000.txt", line: 10)),
            Item(id: "tricky-title", kind: .spotlight, title: "Ties & {Braces}, \"Quotes\" – Dvořák", authors: ["Antonín Dvořák", "B. Smith"],
                 abstract: "Short; with a backslash \\ and 50% of #1 ~ ^ _ $.", sessionId: "deep-learning-1", start: at(17, 10), end: at(17, 25),
                 source: Provenance(file: "000.txt", line: 20)),
            Item(id: "a-paper-with-latex", kind: .paper, title: "Bounds in $\\ell_2$ for Caf\\'e", authors: [],
                 abstract: "We show $\\ell_2$ bounds at 50\\% cost.", source: Provenance(file: "004.txt", line: 3)),
        ]
        return Corpus(sources: ["000.txt", "004.txt"], sessions: [session], items: items)
    }

    static func bookmarks() -> Bookmarks {
        var b = Bookmarks()
        BookmarkChange.add(Bookmark(itemId: "poolingformer-long-document-modeling-with-pooling-attention", title: "Poolingformer")).apply(to: &b)
        BookmarkChange.add(Bookmark(itemId: "tricky-title", title: "Ties", priority: .maybe, note: tricky)).apply(to: &b)
        BookmarkChange.add(Bookmark(itemId: "a-paper-with-latex", title: "Bounds", note: "read, then \"cite\"")).apply(to: &b)
        BookmarkChange.add(Bookmark(itemId: "gone-from-corpus", title: "A talk that vanished", note: "still wanted")).apply(to: &b)
        return b
    }

    static var input: ExportInput { .bookmarked(corpus: corpus(), bookmarks: bookmarks()) }
    static let now = Timestamp(year: 2026, month: 1, day: 2, hour: 3, minute: 4, utcOffsetSeconds: 0)
}
