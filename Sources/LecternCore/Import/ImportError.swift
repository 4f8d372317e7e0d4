/// A problem in a source page: where it is (file, 1-based line and column) and what was expected there.
public struct ImportError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    /// What the importer expected at this place, e.g. `a time slot such as "Tue 20 July 17:00 - 17:20 PDT"`.
    public var expected: String
    /// What it found instead, when that helps.
    public var found: String?

    public init(file: String, line: Int, column: Int = 1, expected: String, found: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.expected = expected
        self.found = found
    }

    public var description: String {
        var text = "\(file):\(line):\(column): expected \(expected)"
        if let found {
            let shown = found.count > 60 ? String(found.prefix(57)) + "..." : found
            text += ", found \"\(TerminalSafe.sanitize(shown))\""
        }
        return text
    }
}
