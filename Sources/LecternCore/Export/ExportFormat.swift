/// The file formats `lectern export` and the TUI's `x` write.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    case ics, bibtex, markdown, json, csv

    /// File name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .ics: return "ics"
        case .bibtex: return "bib"
        case .markdown: return "md"
        case .json: return "json"
        case .csv: return "csv"
        }
    }

    /// The key that picks the format in the explorer's export prompt.
    public var key: Character {
        switch self {
        case .ics: return "i"
        case .bibtex: return "b"
        case .markdown: return "m"
        case .json: return "j"
        case .csv: return "c"
        }
    }

    /// The format's name for people.
    public var label: String {
        switch self {
        case .ics: return "iCalendar"
        case .bibtex: return "BibTeX"
        case .markdown: return "Markdown"
        case .json: return "JSON"
        case .csv: return "CSV"
        }
    }
}
