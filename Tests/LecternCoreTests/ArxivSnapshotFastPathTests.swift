import Foundation
import Testing
@testable import LecternCore
import LecternTestSupport

/// The snapshot's fast path (the byte scanner and the cleaning shortcuts) against the way every line
/// was read before it (kept below, as it was): seeded generated lines with escapes, surrogates,
/// control characters, LaTeX, wrong types, repeated and escaped names and truncation must give the
/// same paper, the same filter decision or the same error, line by line; and the streamed corpus must
/// be byte for byte the one `CorpusBuilder` and `CorpusJSONWriter` make.
@Suite struct ArxivSnapshotFastPathTests {
    /// The line reader as it was before the fast path: the general parser, then the paper.
    enum Reference {
        static func paper(_ bytes: [UInt8], line: Int, origin: SourceName, options: ImportOptions) -> ArxivSnapshotRecord.Outcome {
            let root: JSONValue
            switch JSONParser.parse(bytes) {
            case .failure(let syntax):
                return .failed(ImportError(file: origin.file, line: line, column: syntax.column, expected: syntax.expected, found: syntax.found))
            case .success(let r):
                root = r
            }
            func string(_ key: String) -> String? {
                guard let v = root[key], case .string(let s) = v.kind else { return nil }
                let t = PaperCommon.squash(TerminalSafe.sanitize(s))
                return t.isEmpty ? nil : t
            }
            guard root.members != nil, let id = string("id") else {
                return .failed(ImportError(file: origin.file, line: line, column: 1, expected: "a paper with an \"id\""))
            }
            let categories = (string("categories") ?? "").split(separator: " ").map(String.init)
            var first: String?
            if let versions = root["versions"]?.elements, let v = versions.first, case .string(let created)? = v["created"]?.kind {
                first = date(rfc2822: created)
            }
            let updated = string("update_date").flatMap(PaperCommon.date)
            let date = first ?? updated
            guard options.keeps(categories: categories, date: date) else { return .filtered }
            guard let rawTitle = string("title") else {
                return .failed(ImportError(file: origin.file, line: line, column: 1, expected: "a title in the paper \(id)"))
            }
            var authors: [String] = []
            if let parsed = root["authors_parsed"]?.elements {
                for name in parsed {
                    let parts = (name.elements ?? []).map { v -> String in
                        if case .string(let s) = v.kind { return s } else { return "" }
                    }
                    let last = parts.first ?? "", given = parts.count > 1 ? parts[1] : "", suffix = parts.count > 2 ? parts[2] : ""
                    let shown = [given, last, suffix].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
                    let decoded = TerminalSafe.sanitize(LaTeXText.decode(shown))
                    if !decoded.isEmpty { authors.append(decoded) }
                }
            } else if let list = string("authors") {
                authors = BibTeXNames.split(list.replacingOccurrences(of: ", ", with: " and ")).map {
                    TerminalSafe.sanitize(LaTeXText.decode($0))
                }.filter { !$0.isEmpty }
            }
            let doi = string("doi")
            var links = [ItemLink(title: "Abstract page", url: "https://arxiv.org/abs/" + id),
                         ItemLink(title: "PDF", url: "https://arxiv.org/pdf/" + id)]
            if let doi { links.append(ItemLink(title: "DOI", url: "https://doi.org/" + (doi.split(separator: " ").first.map(String.init) ?? doi))) }
            return .kept(Item(id: PaperCommon.id("arxiv", id), kind: .paper, title: TerminalSafe.sanitize(LaTeXText.decode(rawTitle)),
                              authors: authors, abstract: TerminalSafe.sanitize(LaTeXText.decode(string("abstract") ?? "")),
                              source: Provenance(file: origin.file, line: line), links: links, date: date,
                              updated: updated == date ? nil : updated, categories: PaperCommon.nonEmpty(categories),
                              doi: doi, comment: string("comments"), journalRef: string("journal-ref")))
        }

        static func date(rfc2822 text: String) -> String? {
            let words = text.split(separator: " ")
            guard words.count >= 4, let day = Int(words[1]), let month = ArxivSnapshotRecord.months.firstIndex(of: String(words[2])),
                  let year = Int(words[3]), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
            let d = String(format: "%04d-%02d-%02d", year, month + 1, day)
            return Conference.isDate(d) ? d : nil
        }

        /// A line as the stream read it before: BOM on line 1, trailing blanks, blank lines.
        static func read(_ bytes: [UInt8], line: Int, origin: SourceName, options: ImportOptions) -> ArxivSnapshotRecord.Outcome? {
            var text = bytes[...]
            if line == 1, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
            while let last = text.last, last == 0x0D || last == 0x20 || last == 0x09 { text = text.dropLast() }
            guard text.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
            return paper(Array(text), line: line, origin: origin, options: options)
        }
    }

    static func describe(_ o: ArxivSnapshotRecord.Outcome?) -> String {
        switch o {
        case nil: return "blank"
        case .kept(let item)?: return "kept \(item)"
        case .filtered?: return "filtered"
        case .failed(let e)?: return "failed \(e.description)"
        }
    }

    static func same(_ a: ArxivSnapshotRecord.Outcome?, _ b: ArxivSnapshotRecord.Outcome?) -> Bool {
        switch (a, b) {
        case (nil, nil), (.filtered?, .filtered?): return true
        case (.kept(let x)?, .kept(let y)?): return x == y
        case (.failed(let x)?, .failed(let y)?): return x == y
        default: return false
        }
    }

    // MARK: - generated lines

    struct Lines {
        var random: SeededGenerator

        mutating func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &random)] }
        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }

        /// Pieces of string content as they appear between the quotes, raw bytes included.
        static let pieces: [[UInt8]] = [
            "word", "Attention", "is", "all", "you", "need", " ", "  ", "   ", "\\n", "\\n  ", "\\t", "\\r\\n", "\\\"", "\\\\", "\\/",
            "\\u00e9", "\\u00E9", "\\u0000", "\\u0007", "\\u001b", "\\u001b[31m", "\\u001b]0;title\\u0007", "\\u009b", "\\u202e", "\\u2028",
            "\\ud83d\\ude00", "\\uD834\\uDD1E", "\\ufeff", "\\u00a0", "\\u3000", "é", "日本語", "Gödel", "\u{2028}", "\u{202E}", "\u{00A0}",
            "\u{FEFF}", "$x^2$", "$\\\\alpha$", "{\\\\\\\"o}", "\\\\'e", "\\\\emph{bold}", "--", "---", "-", "~", "{", "}", "\\\\", "\\\\ss",
            "\\\\c{c}", "and", ", ", "A. B. Name", "O'Brien", "\\\\&",
        ].map { Array($0.utf8) } + [[0x7F], [0xC2, 0x85], [0xEF, 0xBB, 0xBF]]
        /// What makes a line unreadable: raw controls, bad UTF-8, lone surrogates, bad escapes.
        static let bad: [[UInt8]] = [[0x01], [0x1B], [0x0A], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
            + ["\\ud800", "\\udc00x", "\\ud800\\u0041", "\\x", "\\u12", "\\uZZZZ"].map { Array($0.utf8) }

        mutating func content() -> [UInt8] {
            var out: [UInt8] = []
            for _ in 0..<Int.random(in: 1...8, using: &random) { out += pick(Self.pieces) }
            if chance(0.01) { out += pick(Self.bad) }
            return out
        }

        mutating func space() -> [UInt8] { chance(0.1) ? Array(pick([" ", "  ", "\t", "\r", " \n"]).utf8) : [] }

        mutating func string(_ text: String) -> [UInt8] { [0x22] + Array(text.utf8) + [0x22] }

        mutating func stringValue() -> [UInt8] { [0x22] + content() + [0x22] }

        mutating func scalar() -> [UInt8] {
            if chance(0.03) { return Array(pick(["01", "1.", "-", "nul", "+1", ".5", "1e"]).utf8) }
            return Array(pick(["null", "true", "false", "0", "-1", "3.25", "1e5", "-0.5E-3", "12", "[]", "{}", "[ ]", "{ }"]).utf8)
        }

        mutating func value(_ depth: Int = 0) -> [UInt8] {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...4: return stringValue()
            case 5, 6: return scalar()
            case 7: return depth > 2 ? scalar() : array { $0.value(depth + 1) }
            default: return depth > 2 ? scalar() : object(depth + 1)
            }
        }

        mutating func array(_ element: (inout Lines) -> [UInt8]) -> [UInt8] {
            var out: [UInt8] = [UInt8(ascii: "[")] + space()
            for k in 0..<Int.random(in: 0...4, using: &random) {
                if k > 0 { out += space() + [UInt8(ascii: ",")] + space() }
                out += element(&self)
            }
            return out + space() + [UInt8(ascii: "]")]
        }

        mutating func object(_ depth: Int) -> [UInt8] {
            var out: [UInt8] = [UInt8(ascii: "{")]
            for k in 0..<Int.random(in: 0...3, using: &random) {
                if k > 0 { out += [UInt8(ascii: ",")] }
                out += string(pick(["created", "version", "x", "créé", "\\u0063reated"])) + space() + [UInt8(ascii: ":")] + space() + value(depth)
            }
            return out + [UInt8(ascii: "}")]
        }

        static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Foo"]

        mutating func created() -> [UInt8] {
            let day = pick(["1", "02", "31", "30", "0", "+5", "x"]), month = pick(Self.months), year = pick(["2007", "2024", "999", "10000", "2023"])
            return string(pick(["Mon, \(day) \(month) \(year) 10:00:00 GMT", "Mon, \(day) \(month)", "", "garbage"]))
        }

        mutating func versions() -> [UInt8] {
            if chance(0.1) { return value() }
            return array { l in
                if l.chance(0.1) { return l.value() }
                var members: [[UInt8]] = [l.string("version") + [UInt8(ascii: ":")] + l.string("v1")]
                if !l.chance(0.1) { members.append(l.string("created") + [UInt8(ascii: ":")] + (l.chance(0.1) ? l.scalar() : l.created())) }
                if l.chance(0.1) { members.append(l.string("created") + [UInt8(ascii: ":")] + l.created()) }
                if l.chance(0.2) { members.reverse() }
                return [UInt8(ascii: "{")] + Array(members.joined(separator: [UInt8(ascii: ",")] + l.space())) + [UInt8(ascii: "}")]
            }
        }

        mutating func authorsParsed() -> [UInt8] {
            if chance(0.05) { return value() }
            return array { l in
                if l.chance(0.05) { return l.value() }
                return l.array { l in l.chance(0.1) ? l.value() : l.stringValue() }
            }
        }

        /// One snapshot line (no newline).
        mutating func line() -> [UInt8] {
            if chance(0.02) { return value() }
            var members: [(String, [UInt8])] = []
            let idValue = chance(0.05) ? value() : string(pick(["0704.0001", "2401.12345", "hep-th/9901001", " 2401.1 ", "a b", "0704.0001"]))
            if !chance(0.05) { members.append(("id", idValue)) }
            if !chance(0.1) { members.append(("title", chance(0.05) ? value() : stringValue())) }
            if !chance(0.1) { members.append(("abstract", chance(0.05) ? value() : stringValue())) }
            if !chance(0.2) {
                members.append(("categories", chance(0.05) ? value() : string(pick(["cs.LG", "cs.CL stat.ML", "math.PR", "hep-th", " cs.CV  cs.LG ", ""]))))
            }
            if !chance(0.2) { members.append(("versions", versions())) }
            if !chance(0.2) { members.append(("update_date", chance(0.05) ? value() : string(pick(["2023-01-05", "2024-13-01", "2024-02", " 2023-06-01 ", "x"])))) }
            if !chance(0.3) { members.append(("authors_parsed", authorsParsed())) }
            if !chance(0.3) { members.append(("authors", chance(0.05) ? value() : stringValue())) }
            for key in ["doi", "comments", "journal-ref", "submitter", "license", "report-no"] where chance(0.5) {
                members.append((key, chance(0.4) ? Array("null".utf8) : stringValue()))
            }
            if chance(0.1), let m = members.randomElement(using: &random) { members.append((m.0, value())) }
            if chance(0.05) { members.append((pick(["\\u0069d", "t\\u0069tle", "tïtle", "x"]), stringValue())) }
            members.shuffle(using: &random)
            var out: [UInt8] = space() + [UInt8(ascii: "{")]
            for (k, m) in members.enumerated() {
                if k > 0 { out += space() + [UInt8(ascii: ",")] }
                out += space() + string(m.0) + space() + [UInt8(ascii: ":")] + space() + m.1
            }
            out += space() + [UInt8(ascii: "}")] + space()
            if chance(0.03) { out = Array(out.prefix(Int.random(in: 0...out.count, using: &random))) }
            if chance(0.01) { out += Array(pick([",", "}", " x", "\r"]).utf8) }
            return out
        }
    }

    static let optionSets = [ImportOptions(), ImportOptions(categories: ["cs"]), ImportOptions(categories: ["cs.LG", "math.PR"], since: "2020-01-01"),
                             ImportOptions(since: "2023-06-01")]

    @Test func generatedLinesReadTheSameAsBefore() {
        let seed: UInt64 = 20261203
        var lines = Lines(random: SeededGenerator(seed: seed))
        let origin = SourceName("snapshot.jsonl")
        var scanned = 0, kept = 0, failed = 0
        for n in 1...20_000 {
            let bytes = lines.line()
            let options = Self.optionSets[n % Self.optionSets.count]
            let expected = Reference.read(bytes, line: n, origin: origin, options: options)
            let got = ArxivSnapshotStream.read(bytes[...], line: n, origin: origin, options: options)
            if !Self.same(expected, got) {
                Issue.record("seed \(seed), line \(n): \(String(decoding: bytes, as: UTF8.self))\nexpected \(Self.describe(expected))\ngot \(Self.describe(got))")
                return
            }
            if bytes.withUnsafeBufferPointer(ArxivSnapshotScanner.fields) != nil { scanned += 1 }
            if case .kept? = got { kept += 1 }
            if case .failed? = got { failed += 1 }
        }
        // The generator reaches every kind of outcome, and most lines take the fast path.
        #expect(scanned > 8_000 && kept > 4_000 && failed > 1_000, "scanned \(scanned), kept \(kept), failed \(failed)")
    }

    @Test func scannerFindsWhatTheParserFinds() throws {
        var lines = Lines(random: SeededGenerator(seed: 7))
        for n in 0..<5000 {
            let bytes = lines.line()
            guard let fast = bytes.withUnsafeBufferPointer(ArxivSnapshotScanner.fields) else { continue }
            guard case .success(let root) = JSONParser.parse(bytes) else {
                Issue.record("seed 7, line \(n): the scanner read what the parser refuses: \(String(decoding: bytes, as: UTF8.self))")
                return
            }
            #expect(fast == ArxivSnapshotFields(root), "seed 7, line \(n)")
        }
    }

    /// The snapshots a test reads: the fuzzer's seed file, and the shared samples' when given.
    static func sampleSnapshots() -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files = [root.appendingPathComponent("Fuzz/Seeds/snapshot/small.jsonl")]
        if let samples = ProcessInfo.processInfo.environment["LECTERN_SAMPLES"] {
            let folder = URL(fileURLWithPath: samples).appendingPathComponent("papers")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".jsonl") || name.hasSuffix(".json") {
                let url = folder.appendingPathComponent(name)
                if let data = try? Data(contentsOf: url), SourceImport.reader(for: [UInt8](data.prefix(4096))) == ArxivSnapshotReader.self {
                    files.append(url)
                }
            }
        }
        return files
    }

    @Test func sampleSnapshotReadsTheSameAsBefore() throws {
        for file in Self.sampleSnapshots() {
            let bytes = [UInt8](try Data(contentsOf: file))
            var n = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                n += 1
                let expected = Reference.read(Array(line), line: n, origin: SourceName(file.lastPathComponent), options: ImportOptions())
                let got = ArxivSnapshotStream.read(line, line: n, origin: SourceName(file.lastPathComponent), options: ImportOptions())
                #expect(Self.same(expected, got), "\(file.lastPathComponent):\(n): expected \(Self.describe(expected)), got \(Self.describe(got))")
            }
            #expect(n > 3)
        }
    }

    // MARK: - the streamed corpus

    /// The corpus bytes `CorpusBuilder` and `CorpusJSONWriter` make for these sources.
    static func whole(_ sources: [(name: String, bytes: [UInt8])], options: ImportOptions) throws -> (bytes: [UInt8], messages: [ImportMessage]) {
        let (corpus, messages) = try SourceImport.importSources(sources, options: options)
        return (CorpusJSONWriter.data(corpus), messages)
    }

    /// The same sources streamed, snapshots fed in chunks of `chunk` bytes.
    static func streamed(_ sources: [(name: String, bytes: [UInt8])], options: ImportOptions, chunk: Int,
                         parts: Int? = nil) throws -> (bytes: [UInt8], messages: [ImportMessage], tally: CorpusTally) {
        var importer = CorpusStreamImport(options: options)
        var snapshots: [[UInt8]] = []
        for source in sources {
            if SourceImport.reader(for: source.bytes) == ArxivSnapshotReader.self {
                importer.addSnapshot(origin: SourceName(source.name))
                snapshots.append(source.bytes)
            } else {
                try importer.read(source.bytes, origin: SourceName(source.name))
            }
        }
        var offsets = [Int](repeating: 0, count: snapshots.count)
        var out: [UInt8] = []
        let outcome = try importer.write(sources: sources.map(\.name), parts: parts, chunk: { k in
            guard offsets[k] < snapshots[k].count else { return nil }
            let end = min(snapshots[k].count, offsets[k] + chunk)
            defer { offsets[k] = end }
            return Array(snapshots[k][offsets[k]..<end])
        }, write: { out += $0 })
        return (out, outcome.messages, outcome.tally)
    }

    static func snapshot(_ count: Int, seed: UInt64) -> [UInt8] {
        var lines = Lines(random: SeededGenerator(seed: seed))
        var out: [UInt8] = []
        for _ in 0..<count { out += lines.line() + [0x0A] }
        return out
    }

    @Test func streamedCorpusIsTheWholeOneByteForByte() throws {
        // Generated snapshots (good lines mostly: an id repeated across two files takes -2), with a
        // BibTeX file between them.
        let good = Array(ArxivSnapshotReaderTests.snapshot(400, seed: 3).text.utf8)
        let mixed = Array(#"{"id":"0704.0001","title":"T","authors_parsed":[["A","B",""]]}"#.utf8) + [0x0A] + Self.snapshot(600, seed: 11)
        let bib = Array("@article{k1, title={Paper on {G}\\\"odel}, author={Lemire, Daniel}, year=2020}\n".utf8)
        let sources: [(name: String, bytes: [UInt8])] = [("a.jsonl", good), ("b.bib", bib), ("c.jsonl", mixed), ("d.jsonl", good)]
        for options in Self.optionSets {
            let expected = try Self.whole(sources, options: options)
            for (chunk, parts) in [(1 << 20, nil), (997, 2), (64, 1)] as [(Int, Int?)] {
                let got = try Self.streamed(sources, options: options, chunk: chunk, parts: parts)
                #expect(got.bytes == expected.bytes, "chunk \(chunk), parts \(String(describing: parts))")
                #expect(got.messages.map(\.description) == expected.messages.map(\.description))
                let corpus = try CorpusDecoder.decode(Data(expected.bytes))
                #expect(got.tally == CorpusTally(corpus.items))
            }
        }
    }

    @Test func streamedSnapshotWithNoReadableLineIsAnError() throws {
        let bad = Array("{\"id\":\"1\",\"authors_parsed\":[\n[1]\n".utf8)
        #expect(throws: ImportError.self) { try Self.whole([("x.jsonl", bad)], options: ImportOptions()) }
        #expect(throws: ImportError.self) { try Self.streamed([("x.jsonl", bad)], options: ImportOptions(), chunk: 5) }
    }
}

/// The byte shortcuts for ASCII text against the general steps they stand for, on seeded texts
/// made of the characters those steps treat specially.
@Suite struct ArxivSnapshotTextTests {
    static let pieces = ["a", "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "$", "$$", "x^2", "\\(", "\\)", "\\[", "\\]", "\\", "\\alpha",
                         "\\'e", "\\\"o", "\\ss", "\\emph", "{", "}", "~", "-", "--", "---", "----", "'", "&", "O'Brien", "12", "\u{7F}",
                         "\u{1B}", "\u{0B}", "é", "—", "\u{2028}",
                         // Non-ASCII the shortcuts copy, and what they must leave (marks, spaces, formats, emoji, C1).
                         "ü", "ß", "Ж", "α", "∑", "→", "’", "“", "…", "–", "日本", "ア", "Ⅳ", "\u{00AD}",
                         "\u{0301}", "\u{0483}", "\u{20D7}", "\u{3099}", "\u{00A0}", "\u{200B}", "\u{2060}", "\u{FE0F}",
                         "\u{FEFF}", "\u{0085}", "\u{202E}", "😀", "\u{1F3FB}", "ह", "\u{093F}",
                         // Commands: escapes, letters, text commands, accents (left to LaTeXText), unknown ones.
                         "\\%", "\\&", "\\_", "\\#", "\\{", "\\}", "\\$", "\\\\", "\\ ", "\\,", "\\-", "\\/", "\\i", "\\o",
                         "\\o{}", "\\ldots", "\\textbf", "\\cite", "\\d", "\\c", "\\u", "\\t", "\\e", "\\é", "\\ü", "\\\u{0301}"]

    static func text(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
    }

    @Test func shortcutsGiveWhatTheGeneralStepsGive() {
        var random = SeededGenerator(seed: 31)
        var taken = (clean: 0, decode: 0, slug: 0)
        for _ in 0..<30_000 {
            let t = Self.text(&random)
            if let fast = ArxivSnapshotText.cleanPlain(t) {
                taken.clean += 1
                #expect(fast == PaperCommon.squash(TerminalSafe.sanitize(t)), "seed 31: \(t.debugDescription)")
            }
            if let fast = ArxivSnapshotText.decodePlain(t) {
                taken.decode += 1
                #expect(fast == TerminalSafe.sanitize(LaTeXText.decode(t)), "seed 31: \(t.debugDescription)")
            }
            if let fast = ArxivSnapshotText.cleanDecodedPlain(t) {
                let cleaned = PaperCommon.squash(TerminalSafe.sanitize(t))
                #expect(fast.empty == cleaned.isEmpty, "seed 31: \(t.debugDescription)")
                #expect(fast.text == TerminalSafe.sanitize(LaTeXText.decode(cleaned)), "seed 31: \(t.debugDescription)")
            }
            let limit = [4, 20, 60, 96][Int.random(in: 0..<4, using: &random)]
            if let fast = Slug.asciiSlug(t, limit: limit) {
                taken.slug += 1
                #expect(fast == Slug.general(t, limit: limit), "seed 31: \(t.debugDescription) at \(limit)")
            }
            #expect(Slug.make(t, limit: limit) == Slug.general(t, limit: limit))
        }
        #expect(taken.clean > 3000 && taken.decode > 3000 && taken.slug > 3000, "\(taken)")
        for text in ["Mon, 2 Apr 2007 19:18:42 GMT", "Tue, 29 Feb 2000 00:00:00 GMT", "Wed, 29 Feb 2001 00:00:00 GMT",
                     "Mon, 31 Apr 2007 1:00 GMT", "Mon, 0 Apr 2007", "Mon, 2 Apx 2007 19:18", "Mon, 2  Apr 2007 19:18",
                     "Mon, 02 Apr 2007", "Mon, 2 Apr 0999 x", "Mon, 2 Apr 20070 x", "Mon, +2 Apr 2007 19:18", "Mon,2 Apr 2007 10:00:00",
                     "Mon, 2 Apr 2007", "Mon, 123 Apr 2007 10:00", " Mon, 2 Apr 2007 10:00:00", "Mon, 2 Apr 2007\t10:00"] {
            #expect(ArxivSnapshotRecord.date(rfc2822: text) == ArxivSnapshotFastPathTests.Reference.date(rfc2822: text), "\(text)")
        }
        for date in ["2024-01-31", "2024-02-30", "2024-1-310", " 2024-01-3", "2024-01", "abcdefghij"] {
            #expect((ArxivSnapshotText.plainDate(date) ?? PaperCommon.date(date)) == PaperCommon.date(date))
        }
    }
}
