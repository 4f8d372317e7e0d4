import Foundation
import Testing

/// The schedule view, the related-work panel and the people panel in a real terminal (tmux).
@Suite struct ExtrasTUITests {
    /// One lectern in its own tmux server, killed when the test ends.
    final class Session {
        let socket = "lectern-extras-\(UUID().uuidString.prefix(8))"
        let home: URL

        init(width: Int, height: Int, environment: [String: String] = [:]) throws {
            home = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-extras-tui-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let bin = ProcessInfo.processInfo.environment["LECTERN_BIN"] ?? ".build/debug/lectern"
            let path = bin.hasPrefix("/") ? bin : ExtrasCLITests.root.appendingPathComponent(bin).path
            var env = ["LANG": "C.UTF-8", "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                       "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "TZ": "America/Los_Angeles"]
            env.merge(environment) { _, new in new }
            var args = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
            for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
            args.append(path)
            try tmux(args)
        }

        deinit {
            _ = try? tmux(["kill-server"])
            try? FileManager.default.removeItem(at: home)
        }

        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["tmux", "-L", socket] + arguments
            process.standardError = FileHandle.nullDevice
            // Only capture-pane's output is read: the server that new-session starts would keep a
            // pipe open for as long as it runs.
            guard arguments.first == "capture-pane" else {
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
                return ""
            }
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        func send(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

        func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

        /// Polls the screen until it contains every one of `texts`, for up to 30 seconds.
        @discardableResult
        func waitFor(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            let deadline = Date().addingTimeInterval(30)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if texts.allSatisfy({ last.contains($0) }) { return last }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("screen never showed \(texts):\n\(last)", sourceLocation: sourceLocation)
            return last
        }
    }

    @Test func scheduleShowsNowAndNextAndOpensTheTalkAt80x24() throws {
        let s = try Session(width: 80, height: 24, environment: ["LECTERN_NOW": "2021-07-20T17:22:00-07:00"])
        try s.waitFor("Deep Learning Architectures", "? help")
        try s.send("s")
        let screen = try s.waitFor("Schedule", "now 17:22")
        #expect(screen.contains("PDT   PDT"))
        #expect(screen.contains("▶17:20 17:20"))
        #expect(screen.contains("›17:25 17:25"))
        #expect(screen.contains("What Does Rot"))
        try s.send("b")
        try s.waitFor("Bookmarked: What Does Rotation")
        try s.send("Enter")
        try s.waitFor("What Does Rotation Prediction Tell Us about Classifier", "Details")
    }

    @Test func relatedPanelListsPapersWithSharedTermsAndOpensOne() throws {
        let s = try Session(width: 100, height: 30)
        try s.waitFor("Deep Learning Architectures", "? help")
        try s.send("Enter")
        try s.send("r")
        let screen = try s.waitFor("Related to: Relative Positional Encoding for Transformers", "shared: positional, encoding")
        #expect(screen.contains("[Paper] Benchmarking Positional Encodings for GNNs and Graph Transformers"))
        try s.send("Enter")
        try s.waitFor("Trending papers", "Benchmarking Positional Encodings for GNNs")
    }

    @Test func peoplePanelListsAuthorsAndTheirWork() throws {
        let s = try Session(width: 100, height: 30)
        try s.waitFor("Deep Learning Architectures", "? help")
        try s.send("Enter")
        try s.send("a")
        try s.waitFor("People of: Relative Positional Encoding", "Ondřej Cífka", "Moderator  Baharan Mirzasoleiman")
        try s.send("j")
        try s.send("Enter")
        try s.waitFor("People: Ondřej Cífka", "[Oral] 05:00 Relative Positional Encoding")
        try s.send("Escape")
        try s.waitFor("People of: Relative Positional Encoding")
        try s.send("G")
        try s.send("Enter")
        try s.waitFor("People: Baharan Mirzasoleiman", "[Moderator] Deep Learning Architectures")
    }
}
