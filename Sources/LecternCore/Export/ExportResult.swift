/// An export's text and what to tell the user about it (e.g. papers left out of a calendar).
public struct ExportResult: Equatable, Sendable {
    public var text: String
    public var notes: [String]
    /// How many items the text holds.
    public var count: Int

    public init(text: String, notes: [String] = [], count: Int) {
        self.text = text
        self.notes = notes
        self.count = count
    }
}
