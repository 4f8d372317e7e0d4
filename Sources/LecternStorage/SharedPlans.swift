import Foundation
import LecternCore

/// Other people's plans (`lectern bookmarks import`), one file each in the data folder's
/// `shared/`, written atomically like the bookmarks. A file that cannot be read is skipped with a
/// warning and left where it is.
public struct SharedPlans: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// `$XDG_DATA_HOME/lectern/shared`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        UserDirectory.data.url(environment: environment).appendingPathComponent("lectern/shared").path
    }

    /// The file of the plan named `name`: its name made safe for a file name.
    public func path(of name: String) -> String {
        let safe = String(name.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "-" })
        return folder + "/" + (safe.isEmpty ? "plan" : safe) + ".json"
    }

    /// Saves `plan`, replacing an earlier one of the same name.
    public func save(_ plan: SharedPlan) throws(StorageError) {
        try AtomicFile.makeFolder(folder)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(plan)) ?? Data()
        try AtomicFile.write(data, to: path(of: plan.name), mode: 0o600)
    }

    /// Every saved plan by name order, and a warning for each file that could not be read.
    public func load() -> (plans: [SharedPlan], warnings: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ([], []) }
        var plans: [SharedPlan] = [], warnings: [String] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = folder + "/" + name
            do {
                guard let data = try AtomicFile.read(path) else { continue }
                plans.append(try JSONDecoder().decode(SharedPlan.self, from: data))
            } catch let error as StorageError {
                warnings.append(error.description)
            } catch {
                warnings.append("\(path): not a shared plan lectern wrote; skipped")
            }
        }
        return (plans, warnings)
    }
}
