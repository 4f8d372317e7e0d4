import Foundation

/// Parses session pages and paper listings into corpus records. (Stub until the importer lands.)
public enum PageImporter {
    /// Parses one page. `fileName` is used in provenance and messages.
    public static func parse(data: Data, fileName: String, year: Int = 2021) throws -> PageImport {
        PageImport(sessions: [], items: [], warnings: [])
    }
}

/// What one page yielded.
public struct PageImport: Sendable {
    public var sessions: [Session]
    public var items: [Item]
    public var warnings: [String]
    public init(sessions: [Session], items: [Item], warnings: [String]) {
        self.sessions = sessions
        self.items = items
        self.warnings = warnings
    }
}
