/// Byte-level shortcuts for the text of a snapshot line that is ASCII, each giving exactly what the
/// general steps give (`PaperCommon.squash`, `TerminalSafe.sanitize`, `LaTeXText.decode`) and nil
/// where it does not know, so the caller takes the general step. Most of a snapshot is ASCII, and
/// the general steps work on `Character`s.
enum ArxivSnapshotText {
    /// `squash(sanitize(text))` of text made of printable ASCII, tabs and line ends: those become
    /// single spaces either way. Nil for any other byte.
    static func cleanASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { u -> String? in
            for b in u where b > 0x7E || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) { return nil }
            return squash(u)
        }
    }

    /// `clean` then `decodeCleaned` of a title or abstract in one pass, for printable ASCII with
    /// tabs and line ends: whether anything was left after cleaning, and the decoded text. Nil for
    /// another byte or what `decodeASCII` leaves to `LaTeXText`.
    static func cleanDecodedASCII(_ text: String) -> (empty: Bool, text: String)? {
        var text = text
        return text.withUTF8 { u -> (empty: Bool, text: String)? in
            // One pass: check the bytes, note what LaTeX decoding would change, and squash.
            var special = false
            var previousDash = false
            var bad = false
            let cleaned = [UInt8](unsafeUninitializedCapacity: u.count) { out, n in
                var pending = false
                for b in u {
                    switch b {
                    case 0x21...0x7E:
                        if pending { out[n] = 0x20; n += 1; pending = false }
                        out[n] = b
                        n += 1
                        if b == 0x2D {
                            if previousDash { special = true }
                            previousDash = true
                            continue
                        }
                        if b == 0x5C || b == 0x7B || b == 0x7D || b == 0x7E || b == 0x24 { special = true }
                    case 0x20, 0x09, 0x0A, 0x0D:
                        pending = n > 0
                    default:
                        bad = true
                        n = 0
                        return
                    }
                    previousDash = false
                }
            }
            guard !bad else { return nil }
            if cleaned.isEmpty { return (true, "") }
            if !special { return (false, String(decoding: cleaned, as: UTF8.self)) }
            guard let out = cleaned.withUnsafeBufferPointer(decoded) else { return nil }
            return (false, out.withUnsafeBufferPointer(squash))
        }
    }

    /// `squash`, as bytes.
    static func squashed(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: u.count) { out, n in
            var pending = false
            for b in u {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    pending = n > 0
                } else {
                    if pending { out[n] = 0x20; n += 1; pending = false }
                    out[n] = b
                    n += 1
                }
            }
        }
    }

    /// Runs of spaces, tabs and line ends made one space, ends trimmed (ASCII, and any other byte kept).
    static func squash(_ u: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: u.count) { out in
            var n = 0
            var pending = false
            for b in u {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    pending = n > 0
                } else {
                    if pending { out[n] = 0x20; n += 1; pending = false }
                    out[n] = b
                    n += 1
                }
            }
            return n
        }
    }

    /// What decoding LaTeX makes of text: `LaTeXText.decode(text)`, then sanitized (a no-op on what
    /// this returns), for printable ASCII text. Nil when the text holds another byte, a command
    /// other than `\(`, `\[` (accents and the rest are left to `LaTeXText`), or deep nesting.
    static func decodeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { u -> String? in
            var special = false
            var previousDash = false
            for b in u {
                guard b >= 0x20, b <= 0x7E else { return nil }
                switch b {
                case 0x5C, 0x7B, 0x7D, 0x7E, 0x24: special = true
                case 0x2D:
                    if previousDash { special = true }
                    previousDash = true
                    continue
                default: break
                }
                previousDash = false
            }
            if !special { return squash(u) }
            guard let out = decoded(u) else { return nil }
            return out.withUnsafeBufferPointer(squash)
        }
    }

    /// `LaTeXText`'s decoding of printable ASCII, byte by byte (each byte is one `Character`).
    private static func decoded(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 16)
        let n = u.count
        var k = 0
        var depth = 0
        while k < n {
            let b = u[k]
            switch b {
            case 0x7D: // }
                k += 1
                if depth > 0 { depth -= 1 }
            case 0x7B: // {
                k += 1
                if depth >= LaTeXText.maxDepth { return nil }
                depth += 1
            case 0x24: // $...$ or $$...$$, copied
                let double = k + 1 < n && u[k + 1] == 0x24
                let open = double ? 2 : 1
                var j = k + open
                while j < n {
                    if u[j] == 0x5C, j + 1 < n { j += 2; continue }
                    if u[j] == 0x24 {
                        if !double { break }
                        if j + 1 < n, u[j + 1] == 0x24 { break }
                    }
                    j += 1
                }
                let end = min(n, j + open)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[k..<end]))
                k = end
            case 0x7E: // ~
                out.append(0x20)
                k += 1
            case 0x2D: // -, --, ---
                var run = 0
                while k < n, u[k] == 0x2D { run += 1; k += 1 }
                if run == 2 {
                    out += [0xE2, 0x80, 0x93]
                } else if run == 3 {
                    out += [0xE2, 0x80, 0x94]
                } else {
                    out.append(contentsOf: repeatElement(0x2D, count: run))
                }
            case 0x5C: // \( ... \) and \[ ... \] kept; other commands are LaTeXText's
                k += 1
                guard k < n else { out.append(0x5C); break }
                let first = u[k]
                guard first == 0x28 || first == 0x5B else { return nil }
                let close: UInt8 = first == 0x28 ? 0x29 : 0x5D
                var j = k + 1
                while j + 1 < n, !(u[j] == 0x5C && u[j + 1] == close) { j += 1 }
                let end = min(n, j + 2)
                out.append(0x5C)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[k..<end]))
                k = end
            default:
                out.append(b)
                k += 1
            }
        }
        return out
    }

    /// `PaperCommon.date` of a plain `YYYY-MM-DD`; nil for anything else.
    static func plainDate(_ text: String) -> String? {
        guard text.utf8.count == 10, Item.isPaperDate(text) else { return nil }
        return text
    }
}
