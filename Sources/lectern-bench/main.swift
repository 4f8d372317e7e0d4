// lectern-bench: generates seeded corpora, measures lectern's search in-process and compares it,
// on the same typing sequence, with SQLite FTS5 (in-process, in python3) and `fzf --filter`.
import Foundation
import LecternCore
import LecternStorage
import LecternRender

#if canImport(Glibc)
import Glibc
#endif

// MARK: - arguments

func option(_ name: String) -> String? {
    let args = Array(CommandLine.arguments.dropFirst())
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
let outDir = URL(fileURLWithPath: option("--out") ?? ".build/bench")
let lecternBinary = option("--lectern") ?? ".build/release/lectern"
let sizes = (option("--sizes") ?? "1000,10000,100000").split(separator: ",").compactMap { Int($0) }
let repetitions = Int(option("--reps") ?? "5") ?? 5

/// The recorded typing sequence: one query per keystroke (prefixes, an author, a phrase, filters).
let typing: [String] = {
    let steps = ["t", "tr", "tra", "tran", "trans", "transf", "transfo", "transfor", "transform", "transforme",
                 "transformer", "transformer a", "transformer at", "transformer att", "transformer atte",
                 "transformer atten", "transformer attention", "transformer attention w", "transformer attention wa",
                 "transformer attention wan", "transformer attention wang", "g", "gr", "gra", "grap", "graph",
                 "graph \"neural", "graph \"neural net", "graph \"neural network\"", "graph \"neural network\" k",
                 "graph \"neural network\" kind:paper", "l", "le", "lea", "lear", "learn", "learning",
                 "learning author:zh", "learning author:zhang", "learning author:zhang day:tue"]
    return steps
}()

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func ms(_ ns: UInt64) -> Double { Double(ns) / 1e6 }
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return 0 }
    return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
}
/// Peak resident set of this process image: VmHWM from /proc (ru_maxrss survives execve on Linux,
/// so a child would report its parent's peak); getrusage when /proc is absent.
func peakRSSBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
        return kb * 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}

// MARK: - child mode: measure lectern on one corpus file in a fresh process

if let file = option("--measure") {
    let t0 = now()
    // The file's bytes live only while it is decoded, as in the app.
    let (corpus, fileBytes, readNs): (Corpus, Int, UInt64) = try {
        guard let data = try AtomicFile.read(file) else { throw CocoaError(.fileNoSuchFile) }
        let read = now() - t0
        return (try CorpusDecoder.decode(data, fileName: file), data.count, read)
    }()
    let t1 = now()
    let index = SearchIndex(corpus: corpus)
    let t2 = now()
    // With --index-file, the library's index file: encoding it, checking its checksum, reading it
    // back (a run of its own, as the blob adds to the peak RSS).
    var fileTimes: [String: Any] = [:]
    if CommandLine.arguments.contains("--index-file") {
        let a = now()
        let blob = index.encoded(identity: Array("bench".utf8))
        let b = now()
        let checksum = Checksum64.of(blob)
        let c = now()
        let decoded = try SearchIndex.decoded(from: blob, corpus: corpus)
        let e = now()
        precondition(checksum != 0 && decoded.termCount == index.termCount)
        fileTimes = ["encodeMs": ms(b - a), "checksumMs": ms(c - b), "decodeMs": ms(e - c), "indexFileBytes": blob.count]
    }
    var samples: [Double] = []
    var counts: [Int] = []
    var worst = [Double](repeating: 0, count: typing.count)
    for _ in 0..<repetitions {
        for (k, q) in typing.enumerated() {
            let a = now()
            let r = index.search(q)
            let t = ms(now() - a)
            samples.append(t)
            worst[k] = max(worst[k], t)
            if counts.count < typing.count { counts.append(r.results.count) }
        }
    }
    // A whole keystroke in the explorer: the reducer (search, visible list, cursor) and the render
    // of every pane into a cell grid (what the terminal backend then diffs), at 120x40.
    let size = Size(width: 120, height: 40)
    var state = State(corpus: corpus, size: size, index: index,
                      environment: Environment(displayTimeZone: SystemZoneDatabase.userZone(), zones: SystemZoneDatabase.shared))
    var frames: [Double] = []
    let cache = WrappedTextCache(capacity: 16)
    for _ in 0..<repetitions {
        for q in typing {
            let a = now()
            state.applySearch(q)
            let grid = render(state, size: size, glyphs: .unicode, cache: cache)
            frames.append(ms(now() - a))
            precondition(grid.size == size)
        }
    }
    let result: [String: Any] = fileTimes.merging([
        "frameP50": percentile(frames, 0.5), "frameP99": percentile(frames, 0.99), "frameMax": frames.max() ?? 0,
        "loadMs": ms(t1 - t0), "readMs": ms(readNs), "indexMs": ms(t2 - t1), "peakRSS": peakRSSBytes(), "fileBytes": fileBytes,
        "p50": percentile(samples, 0.5), "p99": percentile(samples, 0.99), "max": samples.max() ?? 0,
        "results": counts, "terms": index.termCount, "worstPerQuery": worst,
    ]) { a, _ in a }
    let json = try JSONSerialization.data(withJSONObject: result)
    FileHandle.standardOutput.write(json)
    exit(0)
}

// MARK: - generator

/// SplitMix64: small, fast, deterministic.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func generate(size: Int, from seed: Corpus) -> Corpus {
    var rng = SeededGenerator(state: 0x1EC7E5 &+ UInt64(size))
    let titleWords = seed.items.filter { $0.kind != .qa }.flatMap { $0.title.split(separator: " ").map(String.init) }
    let abstractWords = seed.items.flatMap { $0.abstract.split(separator: " ").map(String.init) }
    let titleLengths = seed.items.filter { $0.kind != .qa }.map { $0.title.split(separator: " ").count }
    let abstractLengths = seed.items.filter { !$0.abstract.isEmpty }.map { $0.abstract.split(separator: " ").count }
    let authors = Array(Set(seed.items.flatMap(\.authors))).sorted()
    let sessionTitles = seed.sessions.map(\.title)
    let moderators = seed.sessions.compactMap(\.moderator)
    let src = Provenance(file: "generated-\(size).txt", line: 1)
    var sessions: [Session] = []
    var items: [Item] = []
    let talks = size / 5
    let perSession = 8
    for s in 0..<((talks + perSession - 1) / perSession) {
        let day = 19 + s % 5
        let hour = 8 + (s / 5) % 10
        let start = Timestamp(year: 2021, month: 7, day: day, hour: hour, minute: 0, utcOffsetSeconds: -7 * 3600)
        let end = Timestamp(year: 2021, month: 7, day: day, hour: hour + 1, minute: 0, utcOffsetSeconds: -7 * 3600)
        sessions.append(Session(id: "s\(s)", title: (sessionTitles.randomElement(using: &rng) ?? "Session") + " \(s)",
                                moderator: moderators.randomElement(using: &rng), start: start, end: end,
                                timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: src))
    }
    for i in 0..<size {
        let tl = titleLengths.randomElement(using: &rng) ?? 8
        let title = (0..<tl).map { _ in titleWords.randomElement(using: &rng) ?? "x" }.joined(separator: " ")
        let al = abstractLengths.randomElement(using: &rng) ?? 150
        let abstract = (0..<al).map { _ in abstractWords.randomElement(using: &rng) ?? "x" }.joined(separator: " ")
        let nAuthors = Int.random(in: 0...6, using: &rng)
        let names = (0..<nAuthors).map { _ in authors.randomElement(using: &rng) ?? "A. Author" }
        if i < talks {
            let s = i / perSession
            let slot = i % perSession
            let w = sessions[s].start.wallClock
            let start = Timestamp(year: w.year, month: w.month, day: w.day, hour: w.hour, minute: slot * 7, utcOffsetSeconds: -7 * 3600)
            let end = Timestamp(year: w.year, month: w.month, day: w.day, hour: w.hour, minute: slot * 7 + 5, utcOffsetSeconds: -7 * 3600)
            items.append(Item(id: "g\(i)", kind: slot == 0 ? .oral : .spotlight, title: title, authors: names, abstract: abstract,
                              sessionId: "s\(s)", start: start, end: end, source: src))
        } else {
            items.append(Item(id: "g\(i)", kind: .paper, title: title, authors: names, abstract: abstract, source: src))
        }
    }
    return Corpus(sources: ["generated-\(size).txt"], sessions: sessions, items: items)
}

/// One line per item for fzf: title, authors, session and abstract.
func dump(_ corpus: Corpus) -> String {
    var sessions: [String: String] = [:]
    for s in corpus.sessions { sessions[s.id] = s.title }
    var out = ""
    for item in corpus.items {
        let line = [item.title, item.authors.joined(separator: ", "), item.sessionId.flatMap { sessions[$0] } ?? "", item.kind.rawValue, item.abstract]
            .joined(separator: " | ")
        out += line.replacingOccurrences(of: "\n", with: " ") + "\n"
    }
    return out
}

// MARK: - peers

/// The same typing sequence for fzf's extended syntax: words ANDed (fuzzy), phrase words exact ('w), filters dropped.
func fzfQuery(_ q: String) -> String {
    var words: [String] = []
    var inPhrase = false
    for raw in q.split(separator: " ") {
        var w = String(raw)
        if w.hasPrefix("\"") { inPhrase = true; w.removeFirst() }
        let closes = w.hasSuffix("\"")
        if closes { w.removeLast() }
        if let c = w.firstIndex(of: ":") {
            let field = w[..<c]
            if field == "author" { w = String(w[w.index(after: c)...]) } else { continue }
        }
        if !w.isEmpty { words.append(inPhrase ? "'" + w : w) }
        if closes { inPhrase = false }
    }
    return words.joined(separator: " ")
}

func run(_ path: String, _ arguments: [String], stdin: URL? = nil) throws -> (status: Int32, out: Data) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    if let stdin { p.standardInput = try FileHandle(forReadingFrom: stdin) }
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, data)
}

func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let path = "\(dir)/\(tool)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

let fts5Script = #"""
import json, sqlite3, sys, time
corpus = json.load(open(sys.argv[1]))
queries = json.load(open(sys.argv[2]))
reps = int(sys.argv[3])
t0 = time.perf_counter()
db = sqlite3.connect(":memory:")
db.execute("CREATE VIRTUAL TABLE items USING fts5(title, authors, abstract, session, kind, tokenize='unicode61 remove_diacritics 2')")
sessions = {s["id"]: s["title"] for s in corpus["sessions"]}
db.executemany("INSERT INTO items VALUES (?,?,?,?,?)", [(i["title"], ", ".join(i["authors"]), i["abstract"], sessions.get(i.get("sessionId"), ""), i["kind"]) for i in corpus["items"]])
db.commit()
build = (time.perf_counter() - t0) * 1000
samples, counts = [], []
for r in range(reps):
    for q in queries:
        t = time.perf_counter()
        try:
            rows = db.execute("SELECT rowid FROM items WHERE items MATCH ? ORDER BY bm25(items, 3.0, 2.2, 1.0, 0.4, 0.1)", (q,)).fetchall() if q else []
        except sqlite3.OperationalError:
            rows = []
        samples.append((time.perf_counter() - t) * 1000)
        if r == 0: counts.append(len(rows))
samples.sort()
p = lambda x: samples[min(len(samples) - 1, int(len(samples) * x + 0.999999) - 1)]
print(json.dumps({"buildMs": build, "p50": p(0.5), "p99": p(0.99), "max": samples[-1], "results": counts}))
"""#

/// The typing sequence as FTS5 MATCH expressions: prefix queries `"word"*`, phrases, column filters.
func fts5Query(_ q: String) -> String {
    var parts: [String] = []
    var phrase: [String]?
    for raw in q.split(separator: " ") {
        var w = String(raw)
        if w.hasPrefix("\"") { phrase = []; w.removeFirst() }
        if phrase != nil {
            let closes = w.hasSuffix("\"")
            if closes { w.removeLast() }
            phrase?.append(w)
            if closes, let p = phrase { parts.append("\"" + p.joined(separator: " ") + "\""); phrase = nil }
            continue
        }
        if let c = w.firstIndex(of: ":") {
            let field = String(w[..<c]), value = String(w[w.index(after: c)...])
            if value.isEmpty { continue }
            switch field {
            case "author": parts.append("authors : \"\(value)\"*")
            case "kind": parts.append("kind : \"\(value)\"")
            default: continue // day: has no FTS5 equivalent
            }
            continue
        }
        parts.append("\"\(w)\"*")
    }
    if let p = phrase { parts.append("\"" + p.joined(separator: " ") + "\"*") }
    return parts.joined(separator: " ")
}

// MARK: - imports: the paper sources against python's readers of the same files

/// `n` lines in the arXiv metadata snapshot's layout, the texts drawn from `corpus`; `first` is the
/// number of the first line (a large file is written in blocks).
func snapshotLines(_ corpus: Corpus, count n: Int, first: Int = 0) -> String {
    var rng = SeededGenerator(state: 0xA5C1 &+ UInt64(n) &+ UInt64(first) << 32)
    let categories = ["cs.LG", "cs.CL", "cs.CV", "stat.ML", "cs.AI", "math.OC", "cs.IR"]
    var out = ""
    out.reserveCapacity(n * 1200)
    for i in first..<(first + n) {
        let item = corpus.items[Int.random(in: 0..<corpus.items.count, using: &rng)]
        let authors = item.authors.isEmpty ? ["A. Author"] : item.authors
        let parsed = authors.map { name -> [String] in
            let words = name.split(separator: " ").map(String.init)
            return [words.last ?? name, words.dropLast().joined(separator: " "), ""]
        }
        let cats = (0..<Int.random(in: 1...3, using: &rng)).map { _ in categories.randomElement(using: &rng)! }
        let record: [String: Any] = [
            "id": String(format: "%04d.%05d", 2001 + i / 99_999 % 2400, i % 99_999), "submitter": authors[0],
            "authors": authors.joined(separator: " and "), "title": item.title, "comments": NSNull(), "journal-ref": NSNull(),
            "doi": NSNull(), "report-no": NSNull(), "categories": Array(Set(cats)).sorted().joined(separator: " "),
            "license": NSNull(), "abstract": item.abstract,
            "versions": [["version": "v1", "created": "Mon, 2 Jan 2023 10:00:00 GMT"]], "update_date": "2023-01-05",
            "authors_parsed": parsed,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) ?? Data()
        out += String(decoding: data, as: UTF8.self) + "\n"
    }
    return out
}

/// `n` BibTeX entries of the shapes proceedings use (braces, quotes, `@string`, accents).
func bibtexEntries(_ corpus: Corpus, count n: Int) -> String {
    var rng = SeededGenerator(state: 0xB1B &+ UInt64(n))
    var out = "@string{procs = \"Proceedings of the Bench Conference\"}\n\n"
    for i in 0..<n {
        let item = corpus.items[Int.random(in: 0..<corpus.items.count, using: &rng)]
        let authors = (item.authors.isEmpty ? ["A. Author"] : item.authors).map { name -> String in
            let words = name.split(separator: " ").map(String.init)
            return (words.last ?? name) + ", " + words.dropLast().joined(separator: " ")
        }
        let title = item.title.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
        let abstract = item.abstract.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
        out += "@inproceedings{key\(i),\n  title = {\(title)},\n  author = {\(authors.joined(separator: " and "))},\n"
            + "  booktitle = procs,\n  year = \(2015 + i % 10),\n  pages = {\(i)--\(i + 9)},\n  abstract = {\(abstract)}\n}\n\n"
    }
    return out
}

/// Runs `arguments` under GNU time: wall seconds and peak RSS in bytes (nil without /usr/bin/time).
func timed(_ path: String, _ arguments: [String]) throws -> (ms: Double, peakRSS: Int?) {
    let timeTool = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: timeTool) else {
        let a = now()
        _ = try run(path, arguments)
        return (ms(now() - a), nil)
    }
    let report = outDir.appendingPathComponent("time.txt")
    let a = now()
    _ = try run(timeTool, ["-f", "%M", "-o", report.path, path] + arguments)
    let elapsed = ms(now() - a)
    let kb = Int((try? String(contentsOf: report, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "")
    return (elapsed, kb.map { $0 * 1024 })
}

/// A frab schedule JSON to import (`--schedule`), timed against python's `json.load` of it plus a
/// walk that visits every field of every event.
let scheduleFile = option("--schedule").map { URL(fileURLWithPath: $0) }
let scheduleWalkScript = #"""
import json, sys
def walk(v):
    if isinstance(v, dict):
        for x in v.values(): walk(x)
    elif isinstance(v, list):
        for x in v: walk(x)
conference = json.load(open(sys.argv[1], encoding='utf-8'))["schedule"]["conference"]
events = [e for day in conference["days"] for room in day["rooms"].values() for e in room]
for e in events: walk(e)
"""#

/// The import rows: a 100k-line snapshot (lectern import vs python's json.loads of each line)
/// and 10k BibTeX entries (lectern import vs bibtexparser 2), and the `--schedule` file when given,
/// whole processes, best of three.
func importRows(_ corpus: Corpus) throws -> (table: String, rows: [[String: Any]]) {
    let snapshot = outDir.appendingPathComponent("arxiv-snapshot-100k.jsonl")
    try Data(snapshotLines(corpus, count: 100_000).utf8).write(to: snapshot)
    let bib = outDir.appendingPathComponent("proceedings-10k.bib")
    try Data(bibtexEntries(corpus, count: 10_000).utf8).write(to: bib)
    let output = outDir.appendingPathComponent("import-out.json").path
    var table = "\nimports (whole process, best of 3; peak RSS from GNU time)\n"
    var rows: [[String: Any]] = []
    let peers: [(name: String, file: URL, script: String, peer: String)] = [
        ("arXiv snapshot 100k lines", snapshot, "import json,sys\nfor line in open(sys.argv[1], encoding='utf-8'): json.loads(line)", "python json.loads per line"),
        ("BibTeX 10k entries", bib, "import sys, bibtexparser\nbibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())", "bibtexparser 2"),
    ] + (scheduleFile.map { file in
        [("frab schedule JSON, \(file.lastPathComponent)", file, scheduleWalkScript, "python json.load + walk")]
    } ?? [])
    for p in peers {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: p.file.path)[.size] as? Int) ?? 0
        var best: (ms: Double, peakRSS: Int?) = (.infinity, nil)
        for _ in 0..<3 {
            let r = try timed(lecternBinary, ["import", p.file.path, "--output", output])
            if r.ms < best.ms { best = r }
        }
        var peerMs: Double?
        if let python {
            for _ in 0..<3 {
                let a = now()
                let (status, _) = try run(python, ["-c", p.script, p.file.path])
                if status == 0 { peerMs = min(peerMs ?? .infinity, ms(now() - a)) }
            }
        }
        let rss = best.peakRSS.map { String(format: "%.0f MB (%.2fx file)", Double($0) / 1e6, Double($0) / Double(max(1, bytes))) } ?? "-"
        table += "\(p.name) (\(String(format: "%.0f", Double(bytes) / 1e6)) MB): lectern import \(fmt(best.ms)) ms, peak RSS \(rss); "
            + (peerMs.map { "\(p.peer) \(fmt($0)) ms, ratio \(ratio(best.ms, $0))" } ?? "\(p.peer): not installed") + "\n"
        rows.append(["source": p.name, "bytes": bytes, "lecternMs": best.ms, "lecternPeakRSS": best.peakRSS ?? 0,
                     "peer": p.peer, "peerMs": peerMs ?? 0])
    }
    return (table, rows)
}

// MARK: - orchestrate

try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
let seedCorpus = try CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled corpus")
let selfPath = URL(fileURLWithPath: CommandLine.arguments[0]).path
let python = which("python3")
let fzf = which("fzf")
let queriesFile = outDir.appendingPathComponent("queries-fts5.json")
try JSONSerialization.data(withJSONObject: typing.map(fts5Query)).write(to: queriesFile)
let scriptFile = outDir.appendingPathComponent("fts5_bench.py")
try Data(fts5Script.utf8).write(to: scriptFile)

func fmt(_ x: Double) -> String { String(format: x < 10 ? "%.3f" : "%.1f", x) }
func ratio(_ a: Double, _ b: Double) -> String { b > 0 ? String(format: "%.2fx", a / b) : "-" }

var rows: [[String: Any]] = []
var table = ""
if CommandLine.arguments.contains("--imports-only") {
    let (importTable, importRows) = try importRows(seedCorpus)
    print(importTable, terminator: "")
    try JSONSerialization.data(withJSONObject: ["imports": importRows], options: [.prettyPrinted, .sortedKeys])
        .write(to: outDir.appendingPathComponent("imports.json"))
    exit(0)
}
/// The sizes of the libraries of papers measured (`--library-sizes 100000,1000000`; 0 for none).
let librarySizes = (option("--library-sizes") ?? "100000").split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
if CommandLine.arguments.contains("--library-only") {
    let (libraryTable, libraryRows) = try libraryRows(seedCorpus, sizes: librarySizes)
    print(libraryTable, terminator: "")
    try JSONSerialization.data(withJSONObject: ["libraries": libraryRows], options: [.prettyPrinted, .sortedKeys])
        .write(to: outDir.appendingPathComponent("libraries.json"))
    exit(0)
}
if CommandLine.arguments.contains("--first-frame-only"), let samples = option("--samples") {
    print(try firstFrameRow(samples: samples).table, terminator: "")
    exit(0)
}
func line(_ cells: [String]) -> String {
    let widths = [10, 22, 12, 12, 10]
    return zip(cells, widths).map { $0.padding(toLength: max($1, $0.count), withPad: " ", startingAt: 0) }.joined(separator: " ") + "\n"
}

struct Corpora { var name: String; var file: URL; var dump: URL }
var corpora: [Corpora] = []
let bundledFile = outDir.appendingPathComponent("corpus-bundled.json")
try Corpus.bundledData().write(to: bundledFile)
let bundledDump = outDir.appendingPathComponent("dump-bundled.txt")
try Data(dump(seedCorpus).utf8).write(to: bundledDump)
corpora.append(Corpora(name: "bundled", file: bundledFile, dump: bundledDump))
for size in sizes {
    let name = size >= 1000 ? "\(size / 1000)k" : "\(size)"
    let file = outDir.appendingPathComponent("corpus-\(name).json")
    let dumpFile = outDir.appendingPathComponent("dump-\(name).txt")
    let corpus = generate(size: size, from: seedCorpus)
    try corpus.jsonData().write(to: file)
    try Data(dump(corpus).utf8).write(to: dumpFile)
    corpora.append(Corpora(name: name, file: file, dump: dumpFile))
    FileHandle.standardError.write(Data("generated \(file.path)\n".utf8))
}

/// A number from a measurement's JSON object (0 when absent).
func d(_ m: [String: Any], _ k: String) -> Double { (m[k] as? Double) ?? Double(m[k] as? Int ?? 0) }

for c in corpora {
    FileHandle.standardError.write(Data("measuring \(c.name)...\n".utf8))
    // Three fresh processes; the one with the median load+index time is reported (start-up times
    // vary most from run to run on a shared machine).
    var measured: [[String: Any]] = []
    for _ in 0..<3 {
        let (_, out) = try run(selfPath, ["--measure", c.file.path, "--reps", "\(repetitions)"])
        if let l = try JSONSerialization.jsonObject(with: out) as? [String: Any] { measured.append(l) }
    }
    measured.sort { d($0, "loadMs") + d($0, "indexMs") < d($1, "loadMs") + d($1, "indexMs") }
    guard !measured.isEmpty else { continue }
    var l = measured[measured.count / 2]
    let (_, fileOut) = try run(selfPath, ["--measure", c.file.path, "--reps", "1", "--index-file"])
    if let f = try JSONSerialization.jsonObject(with: fileOut) as? [String: Any] {
        for k in ["encodeMs", "checksumMs", "decodeMs", "indexFileBytes"] { l[k] = f[k] }
    }
    var row: [String: Any] = ["corpus": c.name, "items": (try? CorpusDecoder.decode(Data(contentsOf: c.file)))?.items.count ?? 0, "lectern": l]
    if let python {
        let (_, fo) = try run(python, [scriptFile.path, c.file.path, queriesFile.path, "\(repetitions)"])
        if let f = try? JSONSerialization.jsonObject(with: fo) as? [String: Any] { row["fts5"] = f }
    }
    if let fzf {
        var samples: [Double] = []
        for q in typing {
            let a = now()
            _ = try run(fzf, ["--filter", fzfQuery(q)], stdin: c.dump)
            samples.append(ms(now() - a))
        }
        row["fzf"] = ["p50": percentile(samples, 0.5), "p99": percentile(samples, 0.99), "max": samples.max() ?? 0, "wholeProcess": true]
    }
    rows.append(row)
}

table += line(["corpus", "measure", "lectern", "peer", "lectern/peer"])
for row in rows {
    let name = row["corpus"] as? String ?? ""
    let l = row["lectern"] as? [String: Any] ?? [:]
    let f = row["fts5"] as? [String: Any] ?? [:]
    let z = row["fzf"] as? [String: Any] ?? [:]
    table += line([name, "load+parse ms", fmt(d(l, "loadMs")), "", ""])
    table += line([name, "index build ms", fmt(d(l, "indexMs")), fmt(d(f, "buildMs")), ratio(d(l, "indexMs"), d(f, "buildMs")) + " (FTS5 load+insert)"])
    table += line([name, "load+index ms", fmt(d(l, "loadMs") + d(l, "indexMs")), "", ""])
    table += line([name, "index file read ms", fmt(d(l, "decodeMs")), "", "\(fmt(d(l, "indexFileBytes") / 1e6)) MB; checksum \(fmt(d(l, "checksumMs"))) ms, encode \(fmt(d(l, "encodeMs"))) ms"])
    table += line([name, "peak RSS MB", fmt(d(l, "peakRSS") / 1e6), "", String(format: "%.2fx file", d(l, "peakRSS") / max(1, d(l, "fileBytes")))])
    table += line([name, "keystroke+render p50/p99", fmt(d(l, "frameP50")) + " / " + fmt(d(l, "frameP99")), "", "reducer + every pane, 120x40"])
    for k in ["p50", "p99", "max"] {
        table += line([name, "keystroke \(k) ms", fmt(d(l, k)), fmt(d(f, k)), ratio(d(l, k), d(f, k)) + " vs FTS5"])
        if !z.isEmpty { table += line([name, "", "", fmt(d(z, k)), ratio(d(l, k), d(z, k)) + " vs fzf (process)"]) }
    }
}

// Whole process on the bundled corpus: `lectern search` vs `fzf --filter`, measured by hyperfine
// (both through the shell, whose start-up hyperfine subtracts), or a timed loop without it.
var whole: [String: Any] = [:]
func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
if FileManager.default.isExecutableFile(atPath: lecternBinary), let fzf {
    let qs = ["transformer", "cifka", "graph neural", "attention", "perceiver"]
    var lt: [Double] = [], ft: [Double] = []
    var how = "a timed loop"
    if let hyperfine = which("hyperfine") {
        how = "hyperfine"
        let export = outDir.appendingPathComponent("hyperfine.json")
        var commands: [String] = []
        for q in qs {
            commands.append("\(shellQuote(lecternBinary)) search \(shellQuote(q)) --limit 20 >/dev/null")
            commands.append("\(shellQuote(fzf)) --filter \(shellQuote(q)) < \(shellQuote(bundledDump.path)) >/dev/null")
        }
        _ = try run(hyperfine, ["--warmup", "3", "--runs", "20", "--style", "none", "--export-json", export.path] + commands)
        if let json = try? JSONSerialization.jsonObject(with: Data(contentsOf: export)) as? [String: Any],
           let results = json["results"] as? [[String: Any]] {
            for (k, r) in results.enumerated() {
                let mean = ((r["mean"] as? Double) ?? 0) * 1000
                if k % 2 == 0 { lt.append(mean) } else { ft.append(mean) }
            }
        }
    } else {
        for _ in 0..<10 {
            for q in qs {
                var a = now()
                _ = try run(lecternBinary, ["search", q, "--limit", "20"])
                lt.append(ms(now() - a))
                a = now()
                _ = try run(fzf, ["--filter", q], stdin: bundledDump)
                ft.append(ms(now() - a))
            }
        }
    }
    if !lt.isEmpty, !ft.isEmpty {
        let lm = lt.reduce(0, +) / Double(lt.count), fm = ft.reduce(0, +) / Double(ft.count)
        whole = ["lecternSearchMs": lm, "fzfFilterMs": fm, "ratio": lm / fm, "queries": qs, "measuredWith": how]
        table += "\nwhole process, bundled corpus (\(how), mean over \(qs.count) queries): lectern search \(fmt(lm)) ms, fzf --filter \(fmt(fm)) ms, ratio \(String(format: "%.2fx", lm / fm))\n"
    }
}
let (importTable, imports) = try importRows(seedCorpus)
table += importTable
// The explorer's first frame on a library of every sample schedule (with `--samples DIR`).
var firstFrame: [String: Any] = [:]
if let samples = option("--samples") {
    let (frameTable, frameRow) = try firstFrameRow(samples: samples)
    table += frameTable
    firstFrame = frameRow
}
// Libraries of 100k (and, when asked, 1M) papers: add, search and first frame, beside sqlite3 FTS5.
let (libraryTable, libraries) = try libraryRows(seedCorpus, sizes: librarySizes)
table += libraryTable
table += "\nfzf is timed as a whole process per query (it has no in-process mode); FTS5 is timed in-process in python3.\n"

print(table, terminator: "")
let date = ISO8601DateFormatter().string(from: Date())
let results: [String: Any] = ["date": date, "cores": ProcessInfo.processInfo.activeProcessorCount, "queries": typing,
                              "repetitions": repetitions, "corpora": rows, "wholeProcess": whole, "imports": imports,
                              "firstFrame": firstFrame, "libraries": libraries]
try JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys]).write(to: outDir.appendingPathComponent("results.json"))
print("wrote \(outDir.appendingPathComponent("results.json").path)")
