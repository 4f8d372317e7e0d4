import Foundation
import LecternCore
import LecternRender
import Testing

/// Golden-file comparison of rendered screens: `Goldens/NAME.txt` holds the characters and
/// `Goldens/NAME.roles.txt` one letter per cell for its role, with a legend. `RECORD=1` in the
/// environment rewrites the files and passes; otherwise any difference fails and shows both screens.
enum Golden {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
    static var directory: URL { root.appendingPathComponent("Tests/LecternRenderTests/Goldens") }
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD"] == "1" }

    /// The letter for each role: a–z, then A–Z, in `Role.allCases` order.
    static func letter(_ role: Role) -> Character {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let i = Role.allCases.firstIndex(of: role) ?? 0
        return letters[i % letters.count]
    }

    static var legend: String {
        "legend: " + Role.allCases.map { "\(letter($0))=\($0.rawValue)" }.joined(separator: " ")
    }

    /// One letter per cell (continuation cells included), then the legend.
    static func roles(_ grid: CellGrid) -> String {
        var rows: [String] = []
        for y in 0..<grid.size.height {
            rows.append(String((0..<grid.size.width).map { letter(grid[$0, y].role) }))
        }
        return rows.joined(separator: "\n") + "\n" + legend + "\n"
    }

    static func check(_ name: String, _ grid: CellGrid, sourceLocation: SourceLocation = #_sourceLocation) {
        compare(name + ".txt", grid.text + "\n", sourceLocation: sourceLocation)
        compare(name + ".roles.txt", roles(grid), sourceLocation: sourceLocation)
    }

    static func compare(_ file: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(file)
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
            } catch {
                Issue.record("cannot write golden \(file): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden \(file); run with RECORD=1 to create it.\nactual:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
            Issue.record("""
                golden \(file) differs (first at line \(firstDiff + 1)); RECORD=1 rewrites it.
                --- expected
                \(expected)
                --- actual
                \(actual)
                """, sourceLocation: sourceLocation)
        }
    }
}
