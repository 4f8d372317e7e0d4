import Foundation
@testable import LecternCore

/// Paths the import tests need: the package root, the seed pages, the committed corpus.
enum ImportSupport {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static var seedsFolder: URL {
        if let env = ProcessInfo.processInfo.environment["LECTERN_SEEDS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }

    /// The seed pages, sorted by name.
    static func seedPages() throws -> [(fileName: String, data: Data)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try Data(contentsOf: seedsFolder.appendingPathComponent($0))) }
    }

    static func seed(_ prefix: String) throws -> (fileName: String, data: Data) {
        guard let page = try seedPages().first(where: { $0.fileName.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return page
    }

    static func parseSeed(_ prefix: String, year: Int = 2021) throws -> PageImport {
        let page = try seed(prefix)
        return try PageImporter.parse(data: page.data, fileName: page.fileName, year: year)
    }

    static func page(_ text: String, name: String = "page.txt", year: Int = 2021) throws -> PageImport {
        try PageImporter.parse(data: Data(text.utf8), fileName: name, year: year)
    }
}
