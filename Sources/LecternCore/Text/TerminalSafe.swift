/// Makes untrusted text safe to show on a terminal. (Stub: drops C0/C1 controls and bidi overrides.)
public enum TerminalSafe {
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out.append(" ")
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
