import Foundation
import LecternCore
import LecternRender
import LecternStorage
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/lectern/config.toml`:
///
///     theme = "light"
///     remind = "10m"
///     [keys]
///     move-down = ["j", "ctrl-n"]
///     quit = "q"
struct ConfigFile: Equatable {
    var theme: String?
    /// The line `theme = …` is on, for messages about the theme it names.
    var themeLine: Int?
    /// How long before each talk calendar exports remind (`remind = "10m"`); nil: no alarm.
    var remind: Reminder?
    /// Rebindings in file order.
    var keys: [KeyRebinding] = []

    /// `$XDG_CONFIG_HOME/lectern/config.toml`, or `~/.config/lectern/config.toml`.
    static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        UserDirectory.config.url(environment: environment).appendingPathComponent("lectern/config.toml")
    }

    /// Reads the config file; an absent file is an empty config.
    static func load(from url: URL) throws(ConfigError) -> ConfigFile {
        guard FileManager.default.fileExists(atPath: url.path) else { return ConfigFile() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError(file: url.path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: url.path, message: "not UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// Parses the text of a config file named `file` (for messages).
    static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigFile {
        if let problem = TOMLPreflight.check(text) {
            throw ConfigError(file: file, line: problem.line, column: problem.column, message: problem.message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw ConfigError(file: file, message: "\(error)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var config = ConfigFile()
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                guard let name = value.string, !name.isEmpty else {
                    throw ConfigError(file: file, line: lineOf(key: key, in: lines, section: nil), message: "theme must be a theme name or a file path in quotes")
                }
                config.theme = name
                config.themeLine = lineOf(key: key, in: lines, section: nil)
            case "remind":
                let text = value.string ?? value.int.map(String.init)
                guard let text, let parsed = Reminder.parse(text) else {
                    throw ConfigError(file: file, line: lineOf(key: key, in: lines, section: nil),
                                      message: "remind must be \(Reminder.expected), in quotes")
                }
                config.remind = parsed
            case "keys":
                guard let keys = value.table else {
                    throw ConfigError(file: file, line: lineOf(key: key, in: lines, section: nil), message: "[keys] must be a table")
                }
                config.keys = try parseKeys(keys, lines: lines, file: file)
            default:
                throw ConfigError(file: file, line: lineOf(key: key, in: lines, section: nil), message: "unknown setting \"\(TerminalSafe.sanitize(key))\" (expected theme, remind or [keys])")
            }
        }
        return config
    }

    private static func parseKeys(_ table: TOMLTable, lines: [String], file: String, section: String = "keys",
                                  group: Set<KeyContext> = KeyContext.browsing) throws(ConfigError) -> [KeyRebinding] {
        var result: [KeyRebinding] = []
        for name in table.keys {
            // `[keys.search]`, `[keys.help]`, `[keys.confirm]`: the keys of the search bar, the help
            // overlay and a question, which a plain `[keys]` entry leaves as they are.
            if let sub = table[name]?.table, let context = KeyRebinding.subtables[name] {
                result += try parseKeys(sub, lines: lines, file: file, section: "keys." + name, group: [context])
                continue
            }
            let line = lineOf(key: name, in: lines, section: section)
            guard let command = Command(rawValue: name) else {
                throw ConfigError(file: file, line: line, message: "unknown action \"\(TerminalSafe.sanitize(name))\"")
            }
            var names: [String] = []
            if let single = table[name]?.string {
                names = [single]
            } else if let array = table[name]?.array {
                for element in array {
                    guard let s = element.string else {
                        throw ConfigError(file: file, line: line, message: "\(name): expected key names in quotes")
                    }
                    names.append(s)
                }
            } else {
                throw ConfigError(file: file, line: line, message: "\(name): expected a key name or a list of key names")
            }
            var keys: [Key] = []
            for keyName in names {
                guard let key = Key(name: keyName) else {
                    let keyLine = lineOf(text: "\"\(keyName)\"", in: lines, from: line) ?? line
                    throw ConfigError(file: file, line: keyLine, message: "unknown key \"\(TerminalSafe.sanitize(keyName))\" for \(name)")
                }
                keys.append(key)
            }
            let at = line ?? Int.max
            result.append(KeyRebinding(command: command, keys: keys, line: at, group: group))
        }
        return result.sorted { $0.line < $1.line }
    }

    /// The 1-based line where `key = ...` is written, inside `[section]` when given.
    static func lineOf(key: String, in lines: [String], section: String?) -> Int? {
        var current: String?
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                if section == nil, current == key { return i + 1 }
                continue
            }
            guard current == section else { continue }
            if let (written, rest) = leadingKey(line), written == key,
               rest.trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                return i + 1
            }
        }
        return nil
    }

    /// The key a TOML line starts with, as TOML reads it (a bare key, a 'literal' key, or a "basic"
    /// key with its escapes decoded), and the text after it; nil when the line starts with no key.
    static func leadingKey(_ line: String) -> (String, Substring)? {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return nil }
        func rest(from i: Int) -> Substring {
            Substring(String(String.UnicodeScalarView(scalars[i...])))
        }
        if first == "'" {
            guard let end = scalars.dropFirst().firstIndex(of: "'") else { return nil }
            return (String(String.UnicodeScalarView(scalars[1..<end])), rest(from: end + 1))
        }
        if first == "\"" {
            var key = String.UnicodeScalarView()
            var i = 1
            while i < scalars.count {
                let s = scalars[i]
                if s == "\"" { return (String(key), rest(from: i + 1)) }
                if s == "\\", i + 1 < scalars.count {
                    let e = scalars[i + 1]
                    i += 2
                    switch e {
                    case "b": key.append("\u{08}")
                    case "t": key.append("\t")
                    case "n": key.append("\n")
                    case "f": key.append("\u{0C}")
                    case "r": key.append("\r")
                    case "e": key.append("\u{1B}")
                    case "u", "U":
                        let count = e == "u" ? 4 : 8
                        guard i + count <= scalars.count,
                              let v = UInt32(String(String.UnicodeScalarView(scalars[i..<(i + count)])), radix: 16),
                              let u = Unicode.Scalar(v) else { return nil }
                        key.append(u)
                        i += count
                    default: key.append(e)
                    }
                    continue
                }
                key.append(s)
                i += 1
            }
            return nil
        }
        let bare = scalars.prefix { ($0.properties.isASCIIHexDigit || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
            || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        guard !bare.isEmpty else { return nil }
        return (String(String.UnicodeScalarView(bare)), rest(from: bare.count))
    }

    /// The first line at or after `start` containing `text`.
    static func lineOf(text: String, in lines: [String], from start: Int?) -> Int? {
        let first = max(0, (start ?? 1) - 1)
        guard first < lines.count else { return nil }
        for i in first..<lines.count where lines[i].contains(text) { return i + 1 }
        return nil
    }

    /// The default key map with the user's rebindings applied.
    func keyMap(base: KeyMap = .defaults) -> KeyMap {
        var map = base
        for rebinding in keys { map.rebind(rebinding.command, to: rebinding.keys, in: rebinding.group) }
        return map
    }
}
