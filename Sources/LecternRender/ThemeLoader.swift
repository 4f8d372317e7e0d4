import CLecternData
import Foundation
import TOMLKit

/// Reads themes: the built-in ones embedded in the binary, or the text of a TOML file the caller
/// has read (`parse(data:file:defaultName:)`).
///
/// A theme file has optional top-level `name`, `description` and `glyphs` (`"unicode"` or
/// `"ascii"`) keys and a `[roles]` table mapping role names (see `Role`) to inline tables with
/// `fg` and `bg` (`"default"`, an ANSI name such as `"bright-blue"`, `"#rrggbb"`, or a palette
/// index 0–255) and the attributes `bold`, `underline`, `reverse`, `dim` (booleans).
/// Problems are reported as `ThemeError` with the file and line.
public enum ThemeLoader {
    /// Names of the built-in themes, in the order `lectern themes` lists them.
    public static var builtInNames: [String] {
        (0..<lectern_theme_count()).compactMap { i in lectern_theme_name(i).map { String(cString: $0) } }
    }

    /// The source text of a built-in theme.
    public static func builtInSource(named name: String) -> String? {
        for i in 0..<lectern_theme_count() {
            guard let cName = lectern_theme_name(i), String(cString: cName) == name,
                  let bytes = lectern_theme_bytes(i) else { continue }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: lectern_theme_length(i)), as: UTF8.self)
        }
        return nil
    }

    /// The theme used when none is chosen.
    public static let defaultName = "dark"

    /// A built-in theme by name.
    public static func builtIn(named name: String) throws(ThemeError) -> Theme {
        guard let source = builtInSource(named: name) else {
            throw ThemeError(.notFound, file: name, message: "no built-in theme named \"\(name)\"; built-in themes: \(builtInNames.joined(separator: ", "))")
        }
        return try parse(source, file: name + ".toml", defaultName: name)
    }

    /// Every built-in theme. A broken built-in theme is a build mistake that the tests catch.
    public static func builtInThemes() throws(ThemeError) -> [Theme] {
        var themes: [Theme] = []
        for name in builtInNames { themes.append(try builtIn(named: name)) }
        return themes
    }

    /// A theme file's bytes: UTF-8 TOML. `file` is used in error messages. Reading the file is the
    /// caller's (the executable's) business: this module touches no files.
    public static func parse(data: Data, file: String, defaultName: String = "custom") throws(ThemeError) -> Theme {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(.invalid, file: file, message: "expected UTF-8 text")
        }
        return try parse(text, file: file, defaultName: defaultName)
    }

    /// The error for a name that is neither a built-in theme nor a theme file.
    public static func unknownTheme(_ nameOrPath: String) -> ThemeError {
        ThemeError(.notFound, file: nameOrPath, message: "no built-in theme or theme file named \"\(nameOrPath)\"; built-in themes: \(builtInNames.joined(separator: ", "))")
    }

    static let topLevelKeys: Set<String> = ["name", "description", "glyphs", "roles"]
    static let styleKeys: Set<String> = ["fg", "bg", "bold", "underline", "reverse", "dim"]

    /// Parses theme TOML. `file` is used in error messages.
    public static func parse(_ text: String, file: String, defaultName: String = "custom") throws(ThemeError) -> Theme {
        if let problem = TOMLPreflight.check(text) {
            throw ThemeError(.syntax, file: file, line: problem.line, column: problem.column, message: "not valid TOML: \(problem.message)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(.syntax, file: file, line: error.source.begin.line, column: error.source.begin.column,
                             message: "not valid TOML: \(error.description)")
        } catch {
            throw ThemeError(.syntax, file: file, message: "not valid TOML")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func fail(_ message: String, key: String, after: Int = 0) -> ThemeError {
            let (line, column) = locate(key, in: lines, after: after)
            return ThemeError(.invalid, file: file, line: line, column: column, message: message)
        }

        for key in table.keys.sorted() where !topLevelKeys.contains(key) {
            throw fail("unknown key \"\(key)\"; expected name, description, glyphs or [roles]", key: key)
        }
        var theme = Theme(name: defaultName)
        if let v = table["name"] {
            guard let s = v.string else { throw fail("\"name\" must be a string", key: "name") }
            theme.name = s
        }
        if let v = table["description"] {
            guard let s = v.string else { throw fail("\"description\" must be a string", key: "description") }
            theme.description = s
        }
        if let v = table["glyphs"] {
            guard let s = v.string, let g = Glyphs(name: s) else {
                throw fail("\"glyphs\" must be \"unicode\" or \"ascii\"", key: "glyphs")
            }
            theme.glyphs = g
        }
        guard let rolesValue = table["roles"] else { return theme }
        guard let roles = rolesValue.table else { throw fail("\"roles\" must be a table", key: "roles") }
        let rolesLine = locate("[roles]", in: lines, after: 0).line
        for key in roles.keys.sorted() {
            guard let role = role(named: key) else {
                throw fail("unknown role \"\(key)\"; expected one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))", key: key, after: rolesLine)
            }
            let roleLine = locate(key, in: lines, after: rolesLine).line
            guard let value = roles[key], let spec = value.table else {
                throw fail("role \"\(key)\" must be a table such as { fg = \"red\", bold = true }", key: key, after: rolesLine)
            }
            var style = Style()
            for attribute in spec.keys.sorted() {
                guard styleKeys.contains(attribute), let v = spec[attribute] else {
                    throw fail("unknown attribute \"\(attribute)\" for role \"\(key)\"; expected fg, bg, bold, underline, reverse or dim", key: attribute, after: max(0, roleLine - 1))
                }
                switch attribute {
                case "fg", "bg":
                    let color: Color?
                    if let i = v.int {
                        color = (0...255).contains(i) ? .indexed(UInt8(i)) : nil
                    } else if let s = v.string {
                        color = Color(name: s)
                    } else {
                        color = nil
                    }
                    guard let color else {
                        let shown = v.string.map { "\"\($0)\"" } ?? v.int.map(String.init) ?? "this value"
                        // The value as written, else (escapes in it) the attribute's key: the line either way.
                        let quoted = v.string.map { "\"\($0)\"" }
                        let probe = quoted.flatMap { locate($0, in: lines, after: max(0, roleLine - 1)).line > 0 ? $0 : nil } ?? attribute
                        throw fail("unknown colour \(shown) for \(key).\(attribute); expected default, an ANSI name (black, red, green, yellow, blue, magenta, cyan, white, bright-…), #rrggbb, or 0-255",
                                   key: probe, after: max(0, roleLine - 1))
                    }
                    if attribute == "fg" { style.foreground = color } else { style.background = color }
                default:
                    guard let b = v.bool else {
                        throw fail("\(key).\(attribute) must be true or false", key: attribute, after: max(0, roleLine - 1))
                    }
                    switch attribute {
                    case "bold": style.bold = b
                    case "underline": style.underline = b
                    case "reverse": style.reverse = b
                    default: style.dim = b
                    }
                }
            }
            theme.styles[role] = style
        }
        return theme
    }

    /// The role a theme key names: the role's name (`borderFocused`), or the same in kebab or
    /// snake case (`border-focused`).
    static func role(named key: String) -> Role? {
        let folded = key.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "").lowercased()
        return Role.allCases.first { $0.rawValue.lowercased() == folded }
    }

    /// 1-based line and column where `key` first appears as a key (or, for a quoted value or a
    /// table header, as text) at or after 1-based line `after`; (0, 0) when not found.
    static func locate(_ key: String, in lines: [String], after: Int) -> (line: Int, column: Int) {
        let start = max(0, after - 1)
        guard start < lines.count else { return (0, 0) }
        let plainKey = !(key.hasPrefix("\"") || key.hasPrefix("["))
        for i in start..<lines.count {
            let line = lines[i]
            var searchFrom = line.startIndex
            while let r = line.range(of: key, range: searchFrom..<line.endIndex) {
                searchFrom = r.upperBound
                if plainKey {
                    // It must be a whole key: not part of a longer word, followed by `=`.
                    if r.lowerBound > line.startIndex {
                        let before = line[line.index(before: r.lowerBound)]
                        if before.isLetter || before.isNumber || before == "-" || before == "_" { continue }
                    }
                    let rest = line[r.upperBound...].drop { $0 == " " || $0 == "\t" }
                    guard rest.first == "=" || rest.first == "]" || rest.first == "." else { continue }
                }
                return (i + 1, line.distance(from: line.startIndex, to: r.lowerBound) + 1)
            }
        }
        return (0, 0)
    }
}
