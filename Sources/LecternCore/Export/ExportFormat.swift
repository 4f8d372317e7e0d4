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
}
