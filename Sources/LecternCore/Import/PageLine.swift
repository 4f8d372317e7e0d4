/// One line of a source page, trimmed, with its 1-based line number and the column its text starts at.
struct PageLine: Sendable {
    var number: Int
    var column: Int
    var text: String

    /// Splits page bytes into lines: drops a BOM, accepts LF, CRLF and CR, and trims spaces and tabs.
    static func split(_ raw: String) -> [PageLine] {
        var text = raw
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        var lines: [PageLine] = []
        var current = String.UnicodeScalarView()
        var number = 1
        var previousWasCR = false
        func flush() {
            let line = String(current)
            var leading = 0
            for s in line.unicodeScalars {
                if s == " " || s == "\t" || s == "\u{A0}" || s == "\u{FEFF}" { leading += 1 } else { break }
            }
            let trimmed = line.trimmingPageSpace()
            lines.append(PageLine(number: number, column: leading + 1, text: trimmed))
            current = String.UnicodeScalarView()
        }
        for s in text.unicodeScalars {
            if s == "\n" {
                if previousWasCR { previousWasCR = false; continue }
                flush(); number += 1
            } else if s == "\r" {
                flush(); number += 1
                previousWasCR = true
                continue
            } else {
                current.append(s)
            }
            previousWasCR = false
        }
        if !current.isEmpty { flush() }
        return lines
    }
}

extension String {
    /// Trims spaces, tabs, no-break spaces and stray BOMs at both ends.
    func trimmingPageSpace() -> String {
        let scalars = Array(unicodeScalars)
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\t" || s == "\u{A0}" || s == "\u{FEFF}" || s == "\u{0B}" || s == "\u{0C}"
        }
        var lo = 0
        var hi = scalars.count
        while lo < hi, isSpace(scalars[lo]) { lo += 1 }
        while hi > lo, isSpace(scalars[hi - 1]) { hi -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }
}
