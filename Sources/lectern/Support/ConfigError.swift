import LecternCore

/// A problem in `config.toml`, with where it is: `config.toml:7: unknown action "foo"`.
struct ConfigError: Error, Equatable, CustomStringConvertible {
    var file: String
    var line: Int?
    var column: Int?
    var message: String

    var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return TerminalSafe.sanitize("\(location): \(message)")
    }
}
