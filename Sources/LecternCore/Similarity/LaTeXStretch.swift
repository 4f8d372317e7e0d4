/// Follows `LaTeXCleaner`'s grammar over UTF-8 bytes far enough to find where a stretch of LaTeX
/// ends: the first run of spaces, followed by an ordinary ASCII character, at which the cleaner is
/// outside math, waits for no command argument and has only plain `{…}` groups open. From there,
/// cleaning the rest on its own (behind one `{` per open group) gives the same words as cleaning it
/// all. The text's ASCII bytes must be characters of their own (no combining mark on them), so that
/// bytes and the cleaner's characters agree on everything that matters here. Anything it does not
/// follow exactly (`\sqrt`, `\url`, `\href`, URLs holding `\` or `$`, an argument that is `$`, `}` or
/// not ASCII) makes the stretch run to the end of the text, which is always right.
enum LaTeXStretch {
    /// What a `{` opened.
    private enum Group {
        /// A group in running text: `{\bf x}`.
        case plain
        /// A command's argument, with how many more arguments follow it.
        case argument(more: Int)
        /// The braces after an unknown command, kept as written: `\foo{x}`.
        case unknown
    }

    private static let backslash: UInt8 = 0x5C, dollar: UInt8 = 0x24, open: UInt8 = 0x7B, close: UInt8 = 0x7D
    private static let space: UInt8 = 0x20

    /// The end of the stretch starting at `start` (after a space, or where the text or the previous
    /// stretch ends) with `depth` plain groups open, and the plain groups open there.
    static func end(in b: UnsafeBufferPointer<UInt8>, from start: Int, depth: Int) -> (end: Int, depth: Int) {
        let n = b.count
        var groups = [Group](repeating: .plain, count: depth)
        var special = 0   // open groups that are not plain
        var math = false
        // Math was opened by a `$`: the cleaner opened it because a `$` follows somewhere, so a
        // stretch must run on to that `$`.
        var dollarMath = false
        var afterCommand = -1   // where the last command ended
        var i = start

        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        func isAlphanumeric(_ c: UInt8) -> Bool { isLetter(c) || (c >= 0x30 && c <= 0x39) }
        func at(_ k: Int) -> UInt8? { k < n ? b[k] : nil }

        /// Reads an argument as `readArgument` does, at `k`: spaces skipped, then a group, a command
        /// or one character. Returns where reading goes on, nil when it cannot follow. `styleOnly`: the
        /// command only sets the style of its argument.
        func argument(at k: Int, more: Int, styleOnly: Bool = false) -> Int? {
            var k = k
            while k < n, b[k] == space { k += 1 }
            guard k < n else { return k }
            switch b[k] {
            case open:
                // The argument of `\textbf` and the like is read as a plain group, only its style differs.
                if styleOnly {
                    groups.append(.plain)
                } else {
                    groups.append(.argument(more: more))
                    special += 1
                }
                return k + 1
            case backslash:
                // The command is the argument. Its own argument groups are plain only inside a command
                // that just sets a style; elsewhere (or with more to read after it), give up.
                return more == 0 && styleOnly ? k : nil
            case dollar, close, 0x80...:
                // A special character read as text, or a non-ASCII one (which may be several bytes).
                return nil
            default:
                k += (b[k] == 0x0D && at(k + 1) == 0x0A) ? 2 : 1
                return more == 0 ? k : argument(at: k, more: more - 1)
            }
        }

        /// Whether an unescaped `$` follows the one at `k` (as `closingDollar`).
        func closingDollar(_ k: Int) -> Bool {
            var k = k + 1
            if at(k) == dollar { k += 1 }
            while k < n {
                if b[k] == backslash { k += 2; continue }
                if b[k] == dollar { return true }
                k += 1
            }
            return false
        }

        func startsWith(_ s: StaticString, at k: Int) -> Bool {
            let count = s.utf8CodeUnitCount
            guard k + count <= n else { return false }
            return s.withUTF8Buffer { p in (0..<count).allSatisfy { b[k + $0] == p[$0] } }
        }

        while i < n {
            let c = b[i]
            switch c {
            case backslash:
                guard i + 1 < n else { return (n, groups.count) }
                let d = b[i + 1]
                if isLetter(d) {
                    var j = i + 1
                    while j < n, isLetter(b[j]) { j += 1 }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self)
                    i = j
                    let table = LaTeXSymbols.self
                    var reads = -1   // arguments the command reads (-1: none)
                    var styleOnly = false
                    if table.accents[name] != nil,
                       name.count > 1 || at(i) == open || (at(i) == space && at(i + 1).map(isLetter) == true) {
                        reads = 0
                    } else if table.letters[name] != nil {
                        if at(i) == space { i += 1 }
                    } else if table.words[name] != nil {
                        // a symbol
                    } else if table.boldArgument.contains(name) || table.italicArgument.contains(name)
                                || table.plainArgument.contains(name) {
                        reads = 0
                        styleOnly = true
                    } else if table.boldSwitch.contains(name) || table.italicSwitch.contains(name)
                                || table.plainSwitch.contains(name) {
                        if at(i) == space { i += 1 }
                    } else {
                        switch name {
                        case "frac", "dfrac", "tfrac": reads = 1
                        case "mathbb", "mathds", "mathbbm", "mathcal", "mathscr": reads = 0
                        case "sqrt", "url", "href": return (n, groups.count)
                        default:
                            if at(i) == open {
                                groups.append(.unknown)
                                special += 1
                                i += 1
                            }
                        }
                    }
                    if reads >= 0 {
                        guard let k = argument(at: i, more: reads, styleOnly: styleOnly) else { return (n, groups.count) }
                        i = k
                    }
                } else {
                    let width = (d == 0x0D && at(i + 2) == 0x0A) ? 2 : 1
                    i += 1 + width
                    switch d {
                    case 0x28, 0x5B:                // \( \[
                        if !math { dollarMath = false }
                        math = true
                    case 0x29, 0x5D:                // \) \]
                        // Closing math a `$` opened: cleaned alone, that `$` would have nothing to close it.
                        if math && dollarMath { return (n, groups.count) }
                        math = false
                    default:
                        if width == 1, LaTeXSymbols.accents[String(UnicodeScalar(d))] != nil {
                            guard let k = argument(at: i, more: 0) else { return (n, groups.count) }
                            i = k
                        }
                    }
                }
                afterCommand = i
            case open:
                groups.append(.plain)
                i += 1
            case close:
                i += 1
                guard let group = groups.popLast() else { continue }   // a stray brace is text
                switch group {
                case .plain:
                    break
                case .argument(let more):
                    special -= 1
                    if more > 0 {
                        guard let k = argument(at: i, more: more - 1) else { return (n, groups.count) }
                        i = k
                    }
                case .unknown:
                    special -= 1
                    if at(i) == open {
                        groups.append(.unknown)
                        special += 1
                        i += 1
                    }
                }
            case dollar:
                let width = at(i + 1) == dollar ? 2 : 1
                if math {
                    math = false
                    i += width
                } else if closingDollar(i) {
                    math = true
                    dollarMath = true
                    i += width
                } else {
                    i += 1
                }
            case 0x5F where math, 0x5E where math:   // _ ^
                guard let k = argument(at: i + 1, more: 0) else { return (n, groups.count) }
                i = k
            case 0x68 where !math, 0x77 where !math:  // h w: a URL takes everything up to white space or a brace
                if (i == start || !isAlphanumeric(b[i - 1])),
                   startsWith("http://", at: i) || startsWith("https://", at: i) || startsWith("www.", at: i) {
                    var k = i
                    while k < n {
                        let u = b[k]
                        if u == space || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C
                            || u == open || u == close || u == 0x3C || u == 0x3E || u == 0x22 { break }
                        if u == backslash || u == dollar { return (n, groups.count) }
                        k += 1
                    }
                }
                i += 1
            case space:
                var j = i
                while j < n, b[j] == space { j += 1 }
                if !math, special == 0, afterCommand != i, j < n {
                    let next = b[j]
                    if next > space, next < 0x7F, next != backslash, next != dollar, next != open, next != close {
                        return (j, groups.count)
                    }
                }
                i = j
            default:
                i += 1
            }
        }
        return (n, groups.count)
    }
}
