// Libraries of papers in the arXiv snapshot's layout (100k lines by default, `--library-sizes` for
// more, e.g. 1000000), measured as a user meets them, whole processes: `lectern library add` (time
// and peak RSS), `lectern search` on the library, and the explorer's first frame; beside the
// `sqlite3` command line answering the same queries from a prebuilt FTS5 database of the same
// titles, authors and abstracts.
import Foundation
import LecternCore

/// Writes `n` snapshot lines to `file` a block at a time (a million lines never sit in memory).
func writeSnapshot(_ corpus: Corpus, count n: Int, to file: URL) throws {
    guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    let block = 50_000
    var done = 0
    while done < n {
        let count = min(block, n - done)
        try handle.write(contentsOf: Data(snapshotLines(corpus, count: count, first: done).utf8))
        done += count
    }
}

/// The FTS5 database of a snapshot file, built once by python's sqlite3 (not timed: it is prebuilt).
let fts5BuildScript = #"""
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
db.execute("DROP TABLE IF EXISTS papers")
db.execute("CREATE VIRTUAL TABLE papers USING fts5(title, authors, abstract, tokenize='unicode61 remove_diacritics 2')")
def rows():
    for line in open(sys.argv[1], encoding='utf-8'):
        p = json.loads(line)
        yield (p["title"], p["authors"], p["abstract"])
db.executemany("INSERT INTO papers VALUES (?,?,?)", rows())
db.commit()
"""#

/// Mean and best of `runs` runs of each command, in milliseconds, alternating the commands.
func wholeProcess(_ commands: [(path: String, arguments: [String])], environment: [String: String], runs: Int) throws -> [(mean: Double, best: Double)] {
    var samples = [[Double]](repeating: [], count: commands.count)
    for _ in 0..<runs {
        for (k, c) in commands.enumerated() {
            let a = now()
            _ = try run(c.path, c.arguments, in: environment)
            samples[k].append(ms(now() - a))
        }
    }
    return samples.map { ($0.reduce(0, +) / Double(max(1, $0.count)), $0.min() ?? 0) }
}

/// GNU time's peak RSS (bytes) and the wall time of one run of `path` with `environment`.
func timedIn(_ environment: [String: String], _ path: String, _ arguments: [String]) throws -> (ms: Double, peakRSS: Int?, status: Int32) {
    let report = outDir.appendingPathComponent("time-library.txt")
    let timeTool = "/usr/bin/time"
    let useTime = FileManager.default.isExecutableFile(atPath: timeTool)
    let a = now()
    let (status, _) = useTime ? try run(timeTool, ["-f", "%M", "-o", report.path, path] + arguments, in: environment)
        : try run(path, arguments, in: environment)
    let elapsed = ms(now() - a)
    let kb = useTime ? Int((try? String(contentsOf: report, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        .split(separator: "\n").last ?? "") : nil
    return (elapsed, kb.map { $0 * 1024 }, status)
}

func libraryRows(_ corpus: Corpus, sizes: [Int]) throws -> (table: String, rows: [[String: Any]]) {
    var table = "\nlibraries of papers (arXiv snapshot layout; whole processes)\n"
    var rows: [[String: Any]] = []
    let sqlite = which("sqlite3")
    let queries = ["transformer", "graph neural", "attention", "reinforcement learning", "diffusion"]
    for n in sizes {
        let name = n >= 1_000_000 ? "\(n / 1_000_000)M" : "\(n / 1000)k"
        let home = outDir.appendingPathComponent("library-\(name)")
        try? FileManager.default.removeItem(at: home)
        for sub in ["data", "config", "home"] {
            try FileManager.default.createDirectory(at: home.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let environment = [
            "HOME": home.appendingPathComponent("home").path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "TERM": "xterm-256color", "LANG": "C.UTF-8",
            "PATH": "/usr/bin:/bin", "TZ": "Europe/Berlin",
        ]
        let file = outDir.appendingPathComponent("library-snapshot-\(name).jsonl")
        try writeSnapshot(corpus, count: n, to: file)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        FileHandle.standardError.write(Data("library \(name): adding \(file.path)...\n".utf8))
        let add = try timedIn(environment, lecternBinary, ["library", "add", file.path, "--name", "papers-\(name)"])
        guard add.status == 0 else { throw FirstFrameError(description: "lectern library add exited \(add.status)") }
        // One search first: a start that finds no index (or a stale one) builds it; the runs after read it.
        _ = try run(lecternBinary, ["search", "warm", "--limit", "1"], in: environment)
        var commands: [(path: String, arguments: [String])] = queries.map { (lecternBinary, ["search", $0, "--limit", "20"]) }
        var database: URL?
        if let sqlite, let python {
            let db = outDir.appendingPathComponent("library-\(name).fts5.db")
            try? FileManager.default.removeItem(at: db)
            let script = outDir.appendingPathComponent("fts5_build.py")
            try Data(fts5BuildScript.utf8).write(to: script)
            let (status, _) = try run(python, [script.path, file.path, db.path])
            if status == 0 {
                database = db
                commands += queries.map { q in
                    (sqlite, [db.path, "SELECT rowid, title FROM papers WHERE papers MATCH '\(fts5Query(q).replacingOccurrences(of: "'", with: "''"))' ORDER BY rank LIMIT 20"])
                }
            }
        }
        let timings = try wholeProcess(commands, environment: environment, runs: 5)
        let lectern = timings.prefix(queries.count), peer = timings.dropFirst(queries.count)
        let lecternMean = lectern.map(\.mean).reduce(0, +) / Double(queries.count)
        let peerMean = peer.isEmpty ? nil : peer.map(\.mean).reduce(0, +) / Double(peer.count)
        var frames: [Double] = []
        for _ in 0..<3 { frames.append(try firstFrameMs(binary: lecternBinary, environment: environment, timeout: 120)) }
        let rss = add.peakRSS.map { String(format: "%.0f MB (%.2fx file)", Double($0) / 1e6, Double($0) / Double(max(1, bytes))) } ?? "-"
        table += "\(name) papers (\(String(format: "%.0f", Double(bytes) / 1e6)) MB of JSON Lines): library add \(fmt(add.ms)) ms, peak RSS \(rss)\n"
        table += "\(name) papers: lectern search \(fmt(lecternMean)) ms mean over \(queries.count) queries x 5; "
            + (peerMean.map { "sqlite3 FTS5 (prebuilt database) \(fmt($0)) ms, ratio \(ratio(lecternMean, $0))" } ?? "sqlite3: not installed") + "\n"
        table += "\(name) papers: first frame best / median of 3: \(fmt(frames.min() ?? 0)) / \(fmt(percentile(frames, 0.5))) ms\n"
        rows.append(["papers": n, "bytes": bytes, "addMs": add.ms, "addPeakRSS": add.peakRSS ?? 0, "searchMs": lecternMean,
                     "sqliteMs": peerMean ?? 0, "firstFrameBestMs": frames.min() ?? 0, "firstFrameMedianMs": percentile(frames, 0.5),
                     "queries": queries, "database": database?.lastPathComponent ?? ""])
    }
    return (table, rows)
}
