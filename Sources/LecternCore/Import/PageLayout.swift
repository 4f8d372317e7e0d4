/// The kinds of page the importer understands, told apart by their content.
enum PageLayout: Equatable, Sendable {
    case empty
    /// A session page: time slots with talks (labelled or not).
    case session
    /// A session header ("Moderator:") without any time slot; carries the moderator's line number.
    case sessionWithoutSlots(afterLine: Int)
    /// A listing of papers: title line + abstract line pairs.
    case listing

    static func detect(_ lines: [PageLine]) -> PageLayout {
        let text = lines.filter { !$0.text.isEmpty }
        guard !text.isEmpty else { return .empty }
        if text.contains(where: { TimeSlot.looksLikeSlot($0.text) }) { return .session }
        if let moderator = text.first(where: { SessionPageParser.moderator(in: $0.text) != nil }) {
            return .sessionWithoutSlots(afterLine: moderator.number)
        }
        return .listing
    }
}
