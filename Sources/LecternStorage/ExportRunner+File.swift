import Foundation
import LecternCore

extension ExportRunner {
    /// Performs the TUI's `x`: renders `input` as `format`, writes it atomically to `fileName` in
    /// `directory` (default: the current folder) and returns the status-line message (success or
    /// the reason it failed).
    public static func run(_ format: ExportFormat, _ input: ExportInput, fileName: String,
                           directory: String = FileManager.default.currentDirectoryPath, now: Date = Date()) -> String {
        let stamp = Timestamp(epochSeconds: Int64(now.timeIntervalSince1970), utcOffsetSeconds: 0)
        let result = Exporter.render(format, input, now: stamp)
        let path = (directory as NSString).appendingPathComponent(fileName)
        do {
            try AtomicFile.write(Data(result.text.utf8), to: path)
        } catch {
            return "Export failed: \(error.description)"
        }
        return successMessage(result, path: path)
    }

    /// Where `path` points: `~/` is the home folder, a relative path is taken from `directory`.
    public static func resolve(_ path: String, directory: String = FileManager.default.currentDirectoryPath) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = NSHomeDirectory() + p.dropFirst() }
        return p.hasPrefix("/") ? p : (directory as NSString).appendingPathComponent(p)
    }

    /// Writes `input` as `format` to `path` (see `resolve`), unless a file is there and
    /// `overwrite` is false: then nothing is written and the answer is `.exists`.
    public static func write(_ format: ExportFormat, _ input: ExportInput, path: String, overwrite: Bool,
                             directory: String = FileManager.default.currentDirectoryPath, now: Date = Date()) -> WriteOutcome {
        let full = resolve(path, directory: directory)
        if !overwrite, FileManager.default.fileExists(atPath: full) { return .exists }
        let stamp = Timestamp(epochSeconds: Int64(now.timeIntervalSince1970), utcOffsetSeconds: 0)
        let result = Exporter.render(format, input, now: stamp)
        do {
            try AtomicFile.write(Data(result.text.utf8), to: full)
        } catch {
            return .done("Export failed: \(error.description)")
        }
        return .done(successMessage(result, path: full))
    }

    /// What `write` did.
    public enum WriteOutcome: Equatable, Sendable {
        /// Written, or failed: the status line's message.
        case done(String)
        /// A file is at the path and was left alone.
        case exists
    }
}
