import Foundation
import LecternCore

extension ExportRunner {
    /// Performs the TUI's `x`: builds the export (`prepare`), writes it atomically into `directory`
    /// (default: the current folder) and returns the status-line message (success or the reason it failed).
    public static func run(format: String, state: State, directory: String = FileManager.default.currentDirectoryPath,
                           now: Date = Date()) -> String {
        guard let f = ExportFormat(rawValue: format) else { return unknownFormatMessage(format) }
        let stamp = Timestamp(epochSeconds: Int64(now.timeIntervalSince1970), utcOffsetSeconds: 0)
        let (result, fileName) = prepare(format: f, state: state, now: stamp)
        let path = (directory as NSString).appendingPathComponent(fileName)
        do {
            try AtomicFile.write(Data(result.text.utf8), to: path)
        } catch {
            return "Export failed: \(error.description)"
        }
        return successMessage(result, path: path)
    }
}
