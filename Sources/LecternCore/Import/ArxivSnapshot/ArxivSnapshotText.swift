/// Byte-level shortcuts for the text of a snapshot line, each giving exactly what the general steps
/// give (`PaperCommon.squash`, `TerminalSafe.sanitize`, `LaTeXText.decode`) and nil where it does
/// not know, so the caller takes the general step. The shortcuts read ASCII and the non-ASCII
/// letters, symbols and punctuation that are a whole character on their own (`plainLength`); the
/// general steps work on `Character`s.
enum ArxivSnapshotText {
    /// The length of the UTF-8 sequence at `i` (its lead byte is not ASCII) when the scalar it
    /// encodes is copied as it is by every general step and always begins a character of its own:
    /// neither a space, a control, a bidirectional format nor a mark that joins what precedes it.
    /// 0 for any other scalar (the caller then leaves the text to the general steps).
    @inline(__always)
    static func plainLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = u[i]
        if b >= 0xC2, b <= 0xDF {
            guard i + 1 < u.count else { return 0 }
            let v = UInt32(b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
            // Latin-1 letters and signs (not U+00A0), Latin extended, IPA, spacing modifiers;
            // Greek and Cyrillic without their combining marks.
            return (0xA1...0x2FF).contains(v) || (0x370...0x482).contains(v) || (0x48A...0x52F).contains(v) ? 2 : 0
        }
        if b >= 0xE1, b <= 0xEF, b != 0xED {
            guard i + 2 < u.count else { return 0 }
            let v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
            switch v {
            case 0x1E00...0x1FFF,  // Latin extended additional, Greek extended
                 0x2010...0x2027,  // dashes, quotes, bullets, ellipsis (not the spaces and formats around them)
                 0x2030...0x205E,  // per mille, primes, more punctuation
                 0x2070...0x20CF,  // super- and subscripts, currency
                 0x2100...0x23FF,  // letterlike, number forms, arrows, mathematical operators, technical
                 0x2460...0x27BF,  // enclosed, box drawing, shapes, symbols, dingbats
                 0x27C0...0x2BFF,  // mathematical symbols and arrows
                 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF,  // kana and CJK ideographs
                 0xFF01...0xFF5E:  // full-width forms
                return 3
            default:
                return 0
            }
        }
        return 0
    }

    /// `squash(sanitize(text))` of text made of what `plainLength` accepts, printable ASCII, tabs
    /// and line ends: those become single spaces either way. Nil for any other byte.
    static func cleanPlain(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { u -> String? in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x80 {
                    if b > 0x7E || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) { return nil }
                    i += 1
                } else {
                    let n = plainLength(u, i)
                    if n == 0 { return nil }
                    i += n
                }
            }
            return squash(u)
        }
    }

    /// `clean` then `decodeCleaned` of a title or abstract in one pass, for what `cleanPlain`
    /// reads: whether anything was left after cleaning, and the decoded text. Nil for another byte
    /// or what `decodePlain` leaves to `LaTeXText`.
    static func cleanDecodedPlain(_ text: String) -> (empty: Bool, text: String)? {
        var text = text
        return text.withUTF8 { u -> (empty: Bool, text: String)? in
            // One pass: check the bytes, note what LaTeX decoding would change, and squash.
            var special = false
            var bad = false
            let cleaned = [UInt8](unsafeUninitializedCapacity: u.count) { out, n in
                guard let o = out.baseAddress, let p = u.baseAddress else { return }
                var w = 0
                var pending = false
                var previousDash = false
                var i = 0
                let count = u.count
                while i < count {
                    let b = p[i]
                    if b >= 0x21, b <= 0x7E {
                        if pending { o[w] = 0x20; w += 1; pending = false }
                        o[w] = b
                        w += 1
                        i += 1
                        if b == 0x2D {
                            if previousDash { special = true }
                            previousDash = true
                            continue
                        }
                        if b == 0x5C || b == 0x7B || b == 0x7D || b == 0x7E || b == 0x24 { special = true }
                    } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                        pending = w > 0
                        i += 1
                    } else if b >= 0x80, case let length = plainLength(u, i), length > 0 {
                        if pending { o[w] = 0x20; w += 1; pending = false }
                        for k in 0..<length { o[w + k] = p[i + k] }
                        w += length
                        i += length
                    } else {
                        bad = true
                        break
                    }
                    previousDash = false
                }
                n = bad ? 0 : w
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
    /// this returns), for text of printable ASCII and what `plainLength` accepts. Nil when the text
    /// holds another byte, an accent (left to `LaTeXText`, which composes it), or deep nesting.
    static func decodePlain(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { u -> String? in
            var special = false
            var previousDash = false
            var i = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x80 {
                    let n = plainLength(u, i)
                    if n == 0 { return nil }
                    i += n
                    previousDash = false
                    continue
                }
                guard b >= 0x20, b <= 0x7E else { return nil }
                i += 1
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

    /// `LaTeXText`'s decoding of what `decodePlain` reads, byte by byte (each ASCII byte, and each
    /// sequence `plainLength` accepts, is one `Character`).
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
            case 0x5C: // a command
                k += 1
                guard k < n else { out.append(0x5C); break }
                guard command(u, &k, into: &out) else { return nil }
            default:
                out.append(b)
                k += 1
            }
        }
        return out
    }

    /// The bytes of `LaTeXText.letters`, by command name.
    private static let letterBytes: [[UInt8]: [UInt8]] = Dictionary(uniqueKeysWithValues: LaTeXText.letters.map { (Array($0.key.utf8), Array($0.value.utf8)) })
    private static let textCommandBytes: Set<[UInt8]> = Set(LaTeXText.textCommands.map { Array($0.utf8) })
    /// The ASCII accent commands, which are left to `LaTeXText` (their marks are composed).
    private static let accentBytes: Set<UInt8> = Set(LaTeXText.accents.keys.compactMap(\.asciiValue))

    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    /// `LaTeXText.command` after the backslash (at `k`, within the text): math kept, escapes and
    /// letter commands written; false for an accent, which is left to `LaTeXText`.
    private static func command(_ u: UnsafeBufferPointer<UInt8>, _ k: inout Int, into out: inout [UInt8]) -> Bool {
        let n = u.count
        let first = u[k]
        if first == 0x28 || first == 0x5B { // \( ... \) and \[ ... \]
            let close: UInt8 = first == 0x28 ? 0x29 : 0x5D
            var j = k + 1
            while j + 1 < n, !(u[j] == 0x5C && u[j + 1] == close) { j += 1 }
            let end = min(n, j + 2)
            out.append(0x5C)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[k..<end]))
            k = end
            return true
        }
        if accentBytes.contains(first), !(isLetter(first) && k + 1 < n && isLetter(u[k + 1])) { return false }
        if !isLetter(first) {
            // \& \% \{ and the rest: the character itself (a whole one when not ASCII).
            let length = first < 0x80 ? 1 : plainLength(u, k)
            guard length > 0 else { return false }
            switch first {
            case 0x5C, 0x20, 0x2C, 0x3B, 0x3A, 0x21: out.append(0x20) // \\ \  \, \; \: \!
            case 0x2F, 0x2D: break // \/ \-
            default: out.append(contentsOf: UnsafeBufferPointer(rebasing: u[k..<(k + length)]))
            }
            k += length
            return true
        }
        var j = k
        while j < n, isLetter(u[j]) { j += 1 }
        let name = Array(UnsafeBufferPointer(rebasing: u[k..<j]))
        k = j
        if let letter = letterBytes[name] {
            while k < n, u[k] == 0x20 { k += 1 }
            if k + 1 < n, u[k] == 0x7B, u[k + 1] == 0x7D { k += 2 }
            out += letter
            return true
        }
        if textCommandBytes.contains(name) {
            while k < n, u[k] == 0x20 { k += 1 }
            return true
        }
        out.append(0x5C)
        out += name
        return true
    }

    /// `PaperCommon.date` of a plain `YYYY-MM-DD`; nil for anything else.
    static func plainDate(_ text: String) -> String? {
        guard text.utf8.count == 10, Item.isPaperDate(text) else { return nil }
        return text
    }
}
