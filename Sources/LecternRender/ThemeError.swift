import LecternCore

/// A theme that cannot be used: where (file, line, column; 0 when unknown) and what was expected.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem, so the caller can choose an exit code (66 for `notFound`, 65 otherwise).
    public enum Reason: Hashable, Sendable {
        case notFound
        case unreadable
        case syntax
        case invalid
    }

    public var reason: Reason
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ reason: Reason, file: String, line: Int = 0, column: Int = 0, message: String) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `dark.toml:12:9: unknown colour "purpl"; expected ...`.
    public var description: String {
        var place = file
        if line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        // The file name and the message quote the user's text: nothing in them reaches a terminal raw.
        return TerminalSafe.sanitize(place + ": " + message)
    }
}
