/// Makes untrusted text safe to show on a terminal.
///
/// Every string that comes from a corpus, a page, a configuration or a bookmark file passes through
/// `sanitize(_:)` (one line: a title, a list row, the status line) or `sanitizeMultiline(_:)` (an
/// abstract) before it is drawn or printed to a terminal. The rules:
///
/// - An escape sequence is removed as a whole and replaced by one `␛` (U+241B): `ESC [ … final`
///   (CSI), `ESC ] … BEL|ST` (OSC, including OSC 0/2 titles and OSC 52 clipboard writes),
///   `ESC P|X|^|_ … ST` (DCS, SOS, PM, APC), two-character escapes such as `ESC c` or `ESC ( B`,
///   and their 8-bit forms starting with U+009B, U+009D, U+0090, U+0098, U+009E, U+009F.
///   A string sequence that is never terminated runs to the end of the text, as on a terminal;
///   CAN and SUB abort it.
/// - Other C0 controls and DEL are shown as Control Pictures (`␀`, `␇`, `␈`, `␡`, …). In one-line
///   text a TAB becomes one space and a line end (LF, CR, CRLF, U+2028, U+2029) becomes one space;
///   in multi-line text a TAB becomes a space and every line end becomes `\n`.
/// - Other C1 controls (U+0080–U+009F) and the bidirectional formatting characters (embeddings and
///   overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F, U+061C) are shown as
///   `⟨U+XXXX⟩`, so that they are visible and cannot reorder the line.
/// - U+FFFD (the replacement for invalid UTF-8) and all other text are kept as they are. Invalid
///   scalars cannot occur in a Swift `String`.
public enum TerminalSafe {
    /// The placeholder shown for a removed escape sequence.
    public static let escapePlaceholder: Character = "\u{241B}"

    /// Text safe to draw on one terminal line.
    public static func sanitize(_ text: String) -> String {
        // Text with nothing to change is returned as it is, not rebuilt (most non-ASCII text).
        if isSafe(text) { return text }
        return clean(text, multiline: false)
    }

    /// Text safe to draw on several terminal lines: like `sanitize(_:)`, but line ends become `\n`.
    public static func sanitizeMultiline(_ text: String) -> String {
        if isSafeMultiline(text) { return text }
        return clean(text, multiline: true)
    }

    /// True when `text` contains nothing `sanitize(_:)` would change (no control, escape, line end or
    /// bidirectional formatting character).
    public static func isSafe(_ text: String) -> Bool {
        if isPlainASCII(text, allowNewline: false) { return true }
        for s in text.unicodeScalars where !isPlain(s) {
            return false
        }
        return true
    }

    /// True when `text` contains nothing `sanitizeMultiline(_:)` would change.
    public static func isSafeMultiline(_ text: String) -> Bool {
        if isPlainASCII(text, allowNewline: true) { return true }
        for s in text.unicodeScalars where s.value != 0x0A && !isPlain(s) {
            return false
        }
        return true
    }

    // MARK: - Classification

    /// A scalar no text export may carry: a C0 or C1 control, DEL, a bidirectional formatting
    /// character, or a Unicode line or paragraph separator. Exporters drop or replace these.
    public static func isControlOrBidi(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    /// A scalar that needs no treatment in one-line text.
    @inline(__always)
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if v < 0x061C { return true }
        return !isBidiControl(v) && v != 0x2028 && v != 0x2029
    }

    @inline(__always)
    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The ASCII fast path: printable ASCII only (plus LF when allowed).
    @inline(__always)
    static func isPlainASCII(_ text: String, allowNewline: Bool) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            for b in bytes {
                if b >= 0x20 && b < 0x7F { continue }
                if allowNewline && b == 0x0A { continue }
                return false
            }
            return true
        }
    }

    // MARK: - Slow path

    private static let ESC: UInt32 = 0x1B
    private static let BEL: UInt32 = 0x07
    private static let CAN: UInt32 = 0x18
    private static let SUB: UInt32 = 0x1A
    private static let ST8: UInt32 = 0x9C

    /// Kinds of escape sequence bodies.
    private enum Body {
        case csi
        case osc
        case string
        case none
    }

    private static func clean(_ text: String, multiline: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + 8)
        let placeholder: Unicode.Scalar = "\u{241B}"
        let lineEnd: Unicode.Scalar = multiline ? "\n" : " "
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            let v = s.value
            if isPlain(s) {
                out.append(s)
                i += 1
                continue
            }
            switch v {
            case ESC:
                i = skipEscape(scalars, from: i)
                out.append(placeholder)
            case 0x9B:
                i = skipBody(.csi, scalars, from: i + 1)
                out.append(placeholder)
            case 0x9D:
                i = skipBody(.osc, scalars, from: i + 1)
                out.append(placeholder)
            case 0x90, 0x98, 0x9E, 0x9F:
                i = skipBody(.string, scalars, from: i + 1)
                out.append(placeholder)
            case 0x0D:
                // CR, CRLF: one line end.
                out.append(lineEnd)
                i += (i + 1 < n && scalars[i + 1].value == 0x0A) ? 2 : 1
            case 0x0A, 0x2028, 0x2029:
                out.append(lineEnd)
                i += 1
            case 0x09:
                out.append(" ")
                i += 1
            case 0x00..<0x20:
                out.append(controlPicture(v))
                i += 1
            case 0x7F:
                out.append("\u{2421}")
                i += 1
            default:
                // Other C1 controls and bidirectional formatting characters.
                out.append(contentsOf: codePointLabel(v).unicodeScalars)
                i += 1
            }
        }
        return String(out)
    }

    /// The Control Picture for a C0 control (U+2400 + value).
    private static func controlPicture(_ v: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(0x2400 + v) ?? "\u{FFFD}"
    }

    /// `⟨U+202E⟩` for a scalar value.
    static func codePointLabel(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "\u{27E8}U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "\u{27E9}"
    }

    /// Skips the 7-bit escape sequence starting with ESC at `start`; returns the index after it.
    private static func skipEscape(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let next = start + 1
        guard next < s.count else { return next }
        switch s[next].value {
        case 0x5B: return skipBody(.csi, s, from: next + 1)   // [
        case 0x5D: return skipBody(.osc, s, from: next + 1)   // ]
        case 0x50, 0x58, 0x5E, 0x5F: return skipBody(.string, s, from: next + 1) // P X ^ _
        default: return skipBody(.none, s, from: next)
        }
    }

    /// Skips a sequence body starting at `start`; returns the index after the sequence.
    private static func skipBody(_ body: Body, _ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        let n = s.count
        switch body {
        case .none:
            // ESC, intermediates 0x20–0x2F, one final 0x30–0x7E.
            while i < n, (0x20...0x2F).contains(s[i].value) { i += 1 }
            if i < n, (0x30...0x7E).contains(s[i].value) { i += 1 }
            return i
        case .csi:
            // Parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E. Anything else ends it.
            while i < n {
                let v = s[i].value
                if (0x20...0x3F).contains(v) { i += 1; continue }
                if (0x40...0x7E).contains(v) { return i + 1 }
                if v == CAN || v == SUB { return i + 1 }
                return i
            }
            return i
        case .osc, .string:
            while i < n {
                let v = s[i].value
                if v == BEL && body == .osc { return i + 1 }
                if v == ST8 || v == CAN || v == SUB { return i + 1 }
                if v == ESC {
                    if i + 1 < n && s[i + 1].value == 0x5C { return i + 2 } // ESC \ (ST)
                    return i // a new sequence starts: this one ends here
                }
                i += 1
            }
            return i
        }
    }
}
