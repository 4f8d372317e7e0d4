import Foundation

/// Time-zone abbreviations (`CEST`, `PDT`) from a tz database (TZif files). Foundation on Linux only
/// offers `GMT+2`. Core reads no files: the edge hands in `source`, which returns a zone's TZif bytes
/// (LecternStorage's `SystemZoneDatabase` reads `TZDIR` or `/usr/share/zoneinfo`). Parsed zones are
/// cached per identifier; the answer for a zone and instant never changes.
public final class ZoneAbbreviationDatabase: @unchecked Sendable, Equatable {
    /// The TZif bytes of a zone, nil when the database has no such zone.
    public typealias Source = @Sendable (_ identifier: String) -> [UInt8]?

    private let source: Source
    private let lock = NSLock()
    private var zones: [String: Zone?] = [:]

    /// A database reading zones through `source`.
    public init(source: @escaping Source) {
        self.source = source
    }

    /// Two databases are the same when they are one object (what a zone answers never changes).
    public static func == (a: ZoneAbbreviationDatabase, b: ZoneAbbreviationDatabase) -> Bool { a === b }

    /// A database that knows no zone (abbreviations fall back to `UTC+2` labels).
    public static let empty = ZoneAbbreviationDatabase { _ in nil }

    /// Whether the database has zone `identifier` (an IANA name such as `Europe/Berlin`).
    public func knows(_ identifier: String) -> Bool { zone(identifier) != nil }

    /// The abbreviation zone `identifier` uses at `epochSeconds`, where its UTC offset is `offset`;
    /// nil when the database has none or only a numeric one (`+05`).
    public func lookup(_ identifier: String, epochSeconds: Int64, offset: Int) -> String? {
        guard let zone = zone(identifier) else { return nil }
        var candidate: Int?
        if let i = zone.transitions.lastIndex(where: { $0 <= epochSeconds }), i < zone.typeIndices.count {
            let t = Int(zone.typeIndices[i])
            if t < zone.types.count, zone.types[t].offset == offset { candidate = t }
        }
        if candidate == nil {
            for i in zone.typeIndices.indices.reversed() {
                let t = Int(zone.typeIndices[i])
                if t < zone.types.count, zone.types[t].offset == offset { candidate = t; break }
            }
        }
        if candidate == nil { candidate = zone.types.firstIndex { $0.offset == offset } }
        guard let c = candidate else { return nil }
        let abbr = zone.types[c].abbreviation
        guard let first = abbr.first, first.isLetter else { return nil }
        return abbr
    }

    struct ZoneType: Sendable {
        var offset: Int
        var abbreviation: String
    }

    struct Zone: Sendable {
        var transitions: [Int64] = []
        var typeIndices: [UInt8] = []
        var types: [ZoneType] = []
    }

    func zone(_ identifier: String) -> Zone? {
        guard Self.isPlausibleName(identifier) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let cached = zones[identifier] { return cached }
        let zone = source(identifier).flatMap(Self.parse)
        zones[identifier] = zone
        return zone
    }

    /// A relative name with no `..` component: never a path out of the database.
    public static func isPlausibleName(_ identifier: String) -> Bool {
        !identifier.isEmpty && !identifier.hasPrefix("/") && !identifier.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
            && !identifier.utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// Parses a TZif file (version 1, or the 64-bit block of versions 2 and later).
    static func parse(_ b: [UInt8]) -> Zone? {
        func u32(_ i: Int) -> Int? {
            guard i + 4 <= b.count else { return nil }
            return Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
        }
        func header(_ at: Int) -> (isut: Int, isstd: Int, leap: Int, time: Int, type: Int, char: Int)? {
            guard at + 44 <= b.count, b[at] == 0x54, b[at + 1] == 0x5A, b[at + 2] == 0x69, b[at + 3] == 0x66,
                  let a = u32(at + 20), let s = u32(at + 24), let l = u32(at + 28), let t = u32(at + 32),
                  let y = u32(at + 36), let c = u32(at + 40) else { return nil }
            return (a, s, l, t, y, c)
        }
        guard let h1 = header(0) else { return nil }
        var at = 44
        var h = h1
        var timeSize = 4
        if b[4] >= 0x32 {
            at += h1.time * 5 + h1.type * 6 + h1.char + h1.leap * 8 + h1.isstd + h1.isut
            guard let h2 = header(at) else { return nil }
            h = h2
            at += 44
            timeSize = 8
        }
        let need = h.time * (timeSize + 1) + h.type * 6 + h.char
        guard at + need <= b.count else { return nil }
        var zone = Zone()
        for i in 0..<h.time {
            var v: Int64 = 0
            for k in 0..<timeSize { v = v << 8 | Int64(b[at + i * timeSize + k]) }
            if timeSize == 4 { v = Int64(Int32(truncatingIfNeeded: v)) }
            zone.transitions.append(v)
        }
        at += h.time * timeSize
        zone.typeIndices = Array(b[at..<(at + h.time)])
        at += h.time
        let charsAt = at + h.type * 6
        for i in 0..<h.type {
            let p = at + i * 6
            let raw = UInt32(b[p]) << 24 | UInt32(b[p + 1]) << 16 | UInt32(b[p + 2]) << 8 | UInt32(b[p + 3])
            let offset = Int(Int32(bitPattern: raw))
            var j = charsAt + Int(b[p + 5])
            var chars: [UInt8] = []
            while j < charsAt + h.char, b[j] != 0 { chars.append(b[j]); j += 1 }
            zone.types.append(ZoneType(offset: offset, abbreviation: String(decoding: chars, as: UTF8.self)))
        }
        return zone
    }
}
