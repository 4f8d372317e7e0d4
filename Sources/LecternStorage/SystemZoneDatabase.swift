import Foundation
import LecternCore

/// The system's tz database: TZif files under `TZDIR` or `/usr/share/zoneinfo`, read for Core's
/// `ZoneAbbreviationDatabase`.
public enum SystemZoneDatabase {
    /// The folder the zone files are read from.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
    }

    /// A database reading `directory()`; only regular files that start like a TZif file count.
    public static func make(directory: String = SystemZoneDatabase.directory()) -> ZoneAbbreviationDatabase {
        ZoneAbbreviationDatabase { identifier in
            guard ZoneAbbreviationDatabase.isPlausibleName(identifier) else { return nil }
            let path = directory + "/" + identifier
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size < 1 << 20,
                  let data = try? AtomicFile.read(path), data.starts(with: Array("TZif".utf8)) else { return nil }
            return [UInt8](data)
        }
    }

    /// The process's database, read lazily zone by zone; the run loop hands it to Core in `Environment.zones`.
    public static let shared: ZoneAbbreviationDatabase = make()

    /// The system database when there is one (it knows `UTC`), for checking zone names; nil on a
    /// system without tz data, where no name can be checked.
    public static var available: ZoneAbbreviationDatabase? {
        shared.knows("UTC") || shared.knows("Etc/UTC") ? shared : nil
    }

    /// The IANA id of the user's zone: `TZ` as written when it names a zone (`TZ=UTC` is `UTC`,
    /// not Foundation's `GMT`), else the system's zone.
    public static func userZone(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if var tz = environment["TZ"], !tz.isEmpty {
            if tz.hasPrefix(":") { tz.removeFirst() }
            if TimeZone(identifier: tz) != nil { return tz }
        }
        return TimeZone.current.identifier
    }

}
