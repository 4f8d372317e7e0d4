import Foundation
import LecternRender

/// Finds and reads the theme the user asked for: a built-in theme by name, else a TOML file by
/// path, whose bytes go to `ThemeLoader` (which reads no files itself).
enum ThemeFile {
    /// A built-in theme when `nameOrPath` names one, else the theme file at that path.
    static func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if ThemeLoader.builtInNames.contains(nameOrPath) { return try ThemeLoader.builtIn(named: nameOrPath) }
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        guard looksLikePath || FileManager.default.fileExists(atPath: nameOrPath) else {
            throw ThemeLoader.unknownTheme(nameOrPath)
        }
        return try load(path: nameOrPath)
    }

    /// The theme file at `path`.
    static func load(path: String) throws(ThemeError) -> Theme {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ThemeError(.notFound, file: path, message: "no such theme file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(.unreadable, file: path, message: "cannot read the theme file")
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try ThemeLoader.parse(data: data, file: path, defaultName: stem)
    }
}
