/// One unfolded iCalendar content line (RFC 5545 3.1): `NAME;PARAM=value:VALUE`, with the physical
/// line it started on.
struct ContentLine: Sendable, Equatable {
    var name: String
    var parameters: [String: String]
    var value: String
    var line: Int

    /// The content lines of a calendar: CRLF or LF endings, folded lines (a line break followed by a
    /// space or tab) joined. Lines that are not `NAME...:VALUE` are returned as failures with their line.
    static func split(_ text: String) -> [Result<ContentLine, ImportErrorPlace>] {
        var out: [Result<ContentLine, ImportErrorPlace>] = []
        var current = ""
        var currentLine = 0
        var number = 0
        func flush() {
            guard currentLine > 0 else { return }
            if let parsed = parse(current, line: currentLine) { out.append(.success(parsed)) }
            else if !current.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(.failure(ImportErrorPlace(line: currentLine, text: current)))
            }
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var physical = Substring(raw)
            if physical.hasSuffix("\r") { physical = physical.dropLast() }
            if let first = physical.first, first == " " || first == "\t", currentLine > 0 {
                current += physical.dropFirst()
            } else {
                flush()
                current = String(physical)
                currentLine = number
            }
        }
        flush()
        return out
    }

    static func parse(_ text: String, line: Int) -> ContentLine? {
        // The name runs to the first ';' or ':'; parameter values may be quoted and hold ':' or ';'.
        let s = Array(text.unicodeScalars)
        var i = 0
        var name = ""
        while i < s.count, s[i] != ";", s[i] != ":" { name.unicodeScalars.append(s[i]); i += 1 }
        guard !name.isEmpty, i < s.count, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0) }) else {
            return nil
        }
        var parameters: [String: String] = [:]
        while i < s.count, s[i] == ";" {
            i += 1
            var key = ""
            while i < s.count, s[i] != "=", s[i] != ":", s[i] != ";" { key.unicodeScalars.append(s[i]); i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                var quoted = false
                while i < s.count {
                    if s[i] == "\"" { quoted.toggle(); i += 1; continue }
                    if !quoted, s[i] == ";" || s[i] == ":" { break }
                    value.unicodeScalars.append(s[i])
                    i += 1
                }
            }
            parameters[key.uppercased()] = value
        }
        guard i < s.count, s[i] == ":" else { return nil }
        let value = String(String.UnicodeScalarView(s[(i + 1)...]))
        return ContentLine(name: name.uppercased(), parameters: parameters, value: value, line: line)
    }

    /// TEXT values unescaped (RFC 5545 3.3.11): `\\n` and `\\N` are line breaks, `\\,` `\\;` `\\\\` themselves.
    static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var out = ""
        var escaping = false
        for c in value {
            if escaping {
                switch c {
                case "n", "N": out.append("\n")
                default: out.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        if escaping { out.append("\\") }
        return out
    }
}

/// Where a content line could not be read.
struct ImportErrorPlace: Error, Equatable, Sendable {
    var line: Int
    var text: String
}
