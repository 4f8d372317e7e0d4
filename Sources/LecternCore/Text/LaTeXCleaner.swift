/// Turns the LaTeX found in abstracts into readable text for display. (Stub: returns the text.)
public enum LaTeXCleaner {
    public static func clean(_ text: String) -> String { text }
}
