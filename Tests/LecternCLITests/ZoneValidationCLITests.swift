import Foundation
import Testing

/// `validate` accepts only IANA zone names that the zone database knows: a path or a made-up name is
/// a data error with its place, never quietly offset 0.
@Suite struct ZoneValidationCLITests {
    @Test(arguments: ["/etc/shadow", "Not/AZone", "../../etc/passwd", "Europe/"])
    func anUnknownZoneIsAnErrorWithItsPlace(zone: String) throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.json")
        let imported = try CLIRunner.run(["import"] + (try CLIRunner.seedPaths()) + ["--output", corpus.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let good = try String(contentsOf: corpus, encoding: .utf8)
        #expect(try CLIRunner.run(["validate", corpus.path]).status == 0)
        let range = try #require(good.range(of: "\"America/Los_Angeles\""))
        let bad = good.replacingCharacters(in: range, with: "\"" + zone.replacingOccurrences(of: "/", with: "\\/") + "\"")
        try bad.write(to: corpus, atomically: true, encoding: .utf8)
        let before = good[..<range.lowerBound]
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).count
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        let r = try CLIRunner.run(["validate", corpus.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(corpus.path):\(line):\(column)"), "\(r.stderr)")
        #expect(r.stderr.contains("sessions[0].timeZone"), "\(r.stderr)")
        #expect(r.stderr.contains("found \"\(zone)\""), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
