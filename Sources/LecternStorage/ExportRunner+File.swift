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
}
