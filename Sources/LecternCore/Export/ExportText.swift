/// Text rules every export follows.
public enum ExportText {
    /// The lines of a text: LF, CRLF and a lone CR each end one. Every text format writes a line
    /// break its own way (ICS `\\n`, a Markdown quote line, LF inside a CSV field); BibTeX has
    /// none inside a field and writes a space; JSON keeps the characters as stored.
    public static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            defer { lastWasCR = s == "\r" }
            if s == "\n" && lastWasCR { continue }
            if s == "\r" || s == "\n" {
                out.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
        }
        out.append(String(current))
        return out
    }
}
