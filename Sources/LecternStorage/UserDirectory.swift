import Foundation

/// The XDG base directories lectern keeps its files in: `$XDG_DATA_HOME` (else `~/.local/share`)
/// for bookmarks and the library, `$XDG_CONFIG_HOME` (else `~/.config`) for `config.toml`.
public enum UserDirectory {
    case data
    case config

    /// The base folder, from `environment` (an empty variable counts as unset).
    public func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let (variable, fallback) = self == .data ? ("XDG_DATA_HOME", ".local/share") : ("XDG_CONFIG_HOME", ".config")
        if let value = environment[variable], !value.isEmpty { return URL(fileURLWithPath: value) }
        return URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(fallback)
    }
}
