import Foundation
import Testing

/// `lectern import` on the real schedules in ../shared/samples/ (LECTERN_SAMPLES), and on files in no
/// supported format. The corpus written is read back with Foundation's JSON parser.
@Suite struct ImportSchedulesCLITests {
    static var samples: URL {
        if let env = ProcessInfo.processInfo.environment["LECTERN_SAMPLES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return CLIRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")
    }

    static func schedule(_ name: String) -> String { samples.appendingPathComponent("schedules/\(name)").path }

    func corpus(_ path: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    @Test func everySampleScheduleImportsWithItsEventCount() throws {
        let counts = ["fosdem_2021.xml": 773, "debconf23.xml": 117, "36c3_everything.schedule.json": 1351,
                      "pretalx-democon.json": 36, "hub-schedule2.json": 2, "linux_conf_au_2020.ics": 262]
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
            let out = folder.appendingPathComponent("\(name).json")
            let r = try CLIRunner.run(["import", Self.schedule(name), "--time-zone", "Europe/Brussels", "--output", out.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let items = try #require(try corpus(out)["items"] as? [[String: Any]])
            #expect(items.count == count, "\(name)")
            #expect(r.stderr.isEmpty, "\(name): \(r.stderr)")
        }
        // The imported corpus is one lectern reads: `validate` accepts it.
        let v = try CLIRunner.run(["validate", folder.appendingPathComponent("fosdem_2021.xml.json").path])
        #expect(v.status == 0, "\(v.stderr)")
    }

    @Test func aScheduleWithoutAZoneWarnsThatUTCWasAssumed() throws {
        let r = try CLIRunner.run(["import", Self.schedule("fosdem_2021.xml")])
        #expect(r.status == 0)
        #expect(r.stderr.contains("fosdem_2021.xml: the schedule names no time zone; UTC assumed (give --time-zone ZONE"))
        #expect(r.stdout.contains("\"start\" : \"2021-02-06T09:00:00+00:00\""))
        let bad = try CLIRunner.run(["import", Self.schedule("fosdem_2021.xml"), "--time-zone", "Mars/Olympus"])
        #expect(bad.status == 64)
    }

    @Test func standardInputIsReadForADash() throws {
        let r = try CLIRunner.run(["-c", "\"$0\" import - < \"$1\"", CLIRunner.binary, Self.schedule("pretalx-democon.json")],
                                  executable: "/bin/sh")
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((object["items"] as? [Any])?.count == 36)
        #expect((object["sources"] as? [String]) == ["-"])
    }

    @Test func filesInNoSupportedFormatAreRefusedWithExit65() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zeros = folder.appendingPathComponent("zeros.bin")
        #expect(FileManager.default.createFile(atPath: zeros.path, contents: nil))
        let handle = try FileHandle(forWritingTo: zeros)
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let readme = CLIRunner.packageRoot.appendingPathComponent("README.md").path
        let corpus = CLIRunner.packageRoot.appendingPathComponent("Sources/CLecternData/data/corpus.json").path
        for path in [readme, corpus, "/bin/ls", zeros.path] {
            let out = folder.appendingPathComponent("out.json")
            let r = try CLIRunner.run(["import", path, "--output", out.path])
            #expect(r.status == 65, "\(path)")
            #expect(r.stderr.contains(":1:1: expected a file in a supported format (frab schedule XML, frab schedule JSON, iCalendar feed"), "\(path): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test func malformedXMLIsReportedWithLineAndColumn() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bomb.xml")
        try Data("""
        <?xml version="1.0"?>
        <!DOCTYPE schedule [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <schedule>&b;</schedule>
        """.utf8).write(to: file)
        let r = try CLIRunner.run(["import", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bomb.xml:2:1: expected no DTD"))
    }
}
