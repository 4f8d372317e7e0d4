/// Catches the TOML table headers that make the bundled TOML parser assert (and so abort the whole
/// program) instead of throwing: a header whose key starts with neither a bare-key character nor a
/// quote, such as `[,roles]` or `[[ ,x]]`. Run it before handing text to TOMLKit.
public enum TOMLPreflight {
    /// A problem found: 1-based line and column, and what was expected.
    public struct Problem: Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The first header that would crash the parser, if any.
    public static func check(_ text: String) -> Problem? {
        var inMultilineString = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let chars = Array(line.unicodeScalars)
            // Multi-line strings may hold anything; track them roughly by their delimiters.
            let fences = line.components(separatedBy: "\"\"\"").count - 1 + line.components(separatedBy: "'''").count - 1
            if inMultilineString {
                if fences % 2 == 1 { inMultilineString = false }
                continue
            }
            if fences % 2 == 1 { inMultilineString = true }
            var i = 0
            while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
            guard i < chars.count, chars[i] == "[" else { continue }
            i += 1
            if i < chars.count, chars[i] == "[" { i += 1 }
            // Each key of the header (separated by dots outside quotes) must start well.
            var expectKey = true
            var quote: Unicode.Scalar?
            while i < chars.count {
                let c = chars[i]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == " " || c == "\t" {
                    // spaces around keys are allowed
                } else if expectKey {
                    if c == "\"" || c == "'" {
                        quote = c
                    } else if !isBareKeyCharacter(c) {
                        return Problem(line: index + 1, column: i + 1,
                                       message: "expected a table name (letters, digits, - or _, or a quoted name) after \"[\"")
                    }
                    expectKey = false
                } else if c == "." {
                    expectKey = true
                } else if c == "]" {
                    break
                }
                i += 1
            }
        }
        return nil
    }

    static func isBareKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
    }
}
