/// Renders an export in any format. Pure: no I/O.
public enum Exporter {
    /// `now` stamps calendars (DTSTAMP); `booktitle` overrides the conference name in BibTeX.
    public static func render(_ format: ExportFormat, _ input: ExportInput, now: Timestamp, booktitle: String? = nil) -> ExportResult {
        switch format {
        case .ics: return ICSExporter.render(input, now: now)
        case .bibtex: return BibTeXExporter.render(input, booktitle: booktitle)
        case .markdown: return MarkdownExporter.render(input)
        case .json: return JSONExporter.render(input)
        case .csv: return CSVExporter.render(input)
        }
    }
}
