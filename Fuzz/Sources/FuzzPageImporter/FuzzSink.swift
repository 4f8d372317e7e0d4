import LecternCore

/// Runs the sanitizer over every string of a record and keeps the result observable, so the
/// optimizer cannot drop the work.
enum FuzzSink {
    nonisolated(unsafe) static var sink = 0

    static func keep(_ value: Int) { sink &+= value }

    static func check(_ text: String) -> Int {
        let one = TerminalSafe.sanitize(text)
        let many = TerminalSafe.sanitizeMultiline(text)
        precondition(TerminalSafe.isSafe(one), "sanitize left a control character")
        precondition(TerminalSafe.isSafeMultiline(many), "sanitizeMultiline left a control character")
        return one.utf8.count &+ many.utf8.count
    }

    static func visit(_ session: Session) -> Int {
        check(session.id) &+ check(session.title) &+ (session.moderator.map(check) ?? 0)
            &+ check(session.timeZone) &+ (session.zoneAbbreviation.map(check) ?? 0)
    }

    static func visit(_ item: Item) -> Int {
        var n = check(item.id) &+ check(item.title) &+ check(item.abstract)
        for author in item.authors { n &+= check(author) }
        return n
    }
}
