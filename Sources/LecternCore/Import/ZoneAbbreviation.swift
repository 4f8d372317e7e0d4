/// A time-zone abbreviation a page may print beside its times, with its UTC offset and IANA zone.
struct ZoneAbbreviation: Sendable {
    var abbreviation: String
    var utcOffsetSeconds: Int
    var identifier: String

    /// The abbreviations the importer understands.
    static let table: [String: ZoneAbbreviation] = {
        let rows: [(String, Int, String)] = [
            ("PDT", -7, "America/Los_Angeles"), ("PST", -8, "America/Los_Angeles"),
            ("MDT", -6, "America/Denver"), ("MST", -7, "America/Denver"),
            ("CDT", -5, "America/Chicago"), ("CST", -6, "America/Chicago"),
            ("EDT", -4, "America/New_York"), ("EST", -5, "America/New_York"),
            ("BST", 1, "Europe/London"),
            ("CEST", 2, "Europe/Berlin"), ("CET", 1, "Europe/Berlin"),
            ("EEST", 3, "Europe/Athens"), ("EET", 2, "Europe/Athens"),
            ("JST", 9, "Asia/Tokyo"), ("KST", 9, "Asia/Seoul"),
            ("UTC", 0, "UTC"), ("GMT", 0, "Etc/GMT"),
        ]
        var table: [String: ZoneAbbreviation] = [:]
        for (abbreviation, hours, identifier) in rows {
            table[abbreviation] = ZoneAbbreviation(abbreviation: abbreviation, utcOffsetSeconds: hours * 3600, identifier: identifier)
        }
        return table
    }()

    static func named(_ text: String) -> ZoneAbbreviation? { table[text.uppercased()] }
}
