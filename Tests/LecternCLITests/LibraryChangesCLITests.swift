import Foundation
import Testing

/// `lectern library changes`: a real schedule added, edited the way a conference edits its
/// schedule (a talk moved, one retitled, one cancelled, one added), and added again.
@Suite struct LibraryChangesCLITests {
    typealias Home = LibraryCLITests.Home

    /// DebConf 23 with event 35 an hour later and retitled, event 211 gone and a new event 9999.
    static func edited(into folder: URL) throws -> String {
        var xml = try String(contentsOfFile: LibraryCLITests.schedule("debconf23.xml"), encoding: .utf8)
        let opening = try #require(xml.range(of: "<event id=\"35\""))
        let end = try #require(xml.range(of: "</event>", range: opening.upperBound..<xml.endIndex))
        var event = String(xml[opening.lowerBound..<end.upperBound])
        let original = event
        event = event.replacingOccurrences(of: "<date>2023-09-10T05:00:00+00:00</date>", with: "<date>2023-09-10T06:00:00+00:00</date>")
            .replacingOccurrences(of: "<start>10:30</start>", with: "<start>11:30</start>")
            .replacingOccurrences(of: "<title>Opening Ceremony</title>", with: "<title>Opening Ceremony and Welcome</title>")
        #expect(event != original)
        let added = original.replacingOccurrences(of: "id=\"35\"", with: "id=\"9999\"")
            .replacingOccurrences(of: "455d075f-48c0-2ec2-24b3-f5add30c383a", with: "00000000-0000-4000-8000-000000009999")
            .replacingOccurrences(of: "<title>Opening Ceremony</title>", with: "<title>A Late Addition</title>")
            .replacingOccurrences(of: "debconf23-35-opening-ceremony", with: "debconf23-9999-a-late-addition")
        xml.replaceSubrange(opening.lowerBound..<end.upperBound, with: event + "\n" + added)
        let gone = try #require(xml.range(of: "<event id=\"211\""))
        let goneEnd = try #require(xml.range(of: "</event>", range: gone.upperBound..<xml.endIndex))
        xml.removeSubrange(gone.lowerBound..<goneEnd.upperBound)
        let path = folder.appendingPathComponent("debconf23-edited.xml").path
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func reAddingAnEditedScheduleListsWhatChanged() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try home.run("library", "add", LibraryCLITests.schedule("debconf23.xml")).status == 0)
        let first = try home.run("library", "changes", "debconf23")
        #expect(first.status == 0 && first.stdout.isEmpty && first.stderr.contains("no changes"))
        #expect(try home.run("bookmark", "add", "debconf23-35", "debconf23-211").status == 0)

        let replaced = try home.run("library", "add", try Self.edited(into: home.dir))
        #expect(replaced.status == 0)
        #expect(replaced.stdout.contains("1 new, 1 changed, 1 gone"), "\(replaced.stdout)")

        let text = try home.run("library", "changes", "debconf23")
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("3 changes since the import of ") == true)
        #expect(lines.contains("★ MOVED 10:30→11:30; RETITLED  Opening Ceremony and Welcome (was: Opening Ceremony)  [debconf23-35]"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("  NEW  A Late Addition  [debconf23-9999]") }, "\(lines)")
        #expect(lines.last?.hasPrefix("★ CANCELLED  ") == true && lines.last?.hasSuffix("[debconf23-211]") == true, "\(lines)")

        let json = try home.run("library", "changes", "debconf23", "--json")
        let doc = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let changes = try #require(doc["changes"] as? [[String: Any]])
        let byId = Dictionary(uniqueKeysWithValues: changes.map { ($0["id"] as? String ?? "", $0) })
        #expect(byId["debconf23-35"]?["kinds"] as? [String] == ["moved", "retitled"])
        #expect((byId["debconf23-35"]?["before"] as? [String: Any])?["start"] as? String == "2023-09-10T10:30:00+05:30")
        #expect((byId["debconf23-35"]?["after"] as? [String: Any])?["start"] as? String == "2023-09-10T11:30:00+05:30")
        #expect(byId["debconf23-211"]?["kinds"] as? [String] == ["cancelled"] && byId["debconf23-211"]?["after"] == nil)
        #expect(byId["debconf23-9999"]?["kinds"] as? [String] == ["new"])
        #expect(doc["previous"] is String && doc["added"] is String)

        // The bookmark on the cancelled talk is kept and says so; the moved one says how it moved.
        let bookmarks = try home.run("bookmarks")
        let rows = bookmarks.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("CANCELLED  ★ must see") && $0.hasSuffix("[debconf23-211]") }, "\(rows)")
        #expect(rows.contains { $0.contains("[debconf23-35]") && $0.hasSuffix("  MOVED 10:30→11:30; RETITLED") }, "\(rows)")
        // is:changed finds what the re-import changed or added.
        let changed = try home.run("search", "is:changed", "--json")
        let found = try #require(try JSONSerialization.jsonObject(with: changed.stdoutData) as? [[String: Any]])
        #expect(Set(found.compactMap { $0["id"] as? String }) == ["debconf23-35", "debconf23-9999"], "\(changed.stdout)")
        // Unknown entries exit 66; the files of the replaced import are gone, the record is kept.
        #expect(try home.run("library", "changes", "nope").status == 66)
        let files = try FileManager.default.contentsOfDirectory(atPath: home.library.path)
        #expect(files.filter { $0.hasSuffix(".corpus.json") }.count == 1 && files.filter { $0.hasSuffix(".changes.json") }.count == 1, "\(files)")
        // Removing the entry removes its record too.
        #expect(try home.run("library", "remove", "debconf23").status == 0)
        #expect(try home.run("library", "add", LibraryCLITests.schedule("fosdem_2021.xml"), "--time-zone", "Europe/Brussels").status == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: home.library.path)
        #expect(after.filter { $0.hasSuffix(".changes.json") }.isEmpty, "\(after)")
    }
}
