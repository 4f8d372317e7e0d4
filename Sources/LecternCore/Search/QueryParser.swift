/// Turns query text into a `Query`. Grammar, in words: clauses separated by spaces are ANDed;
/// `a | b` makes one clause of alternatives; `-x` negates a clause; `"..."` is a phrase (an
/// unclosed quote runs to the end, so a phrase can be typed key by key); `field:value` filters.
enum QueryParser {
    static let textFields: [String: SearchField] = [
        "title": .title, "author": .authors, "authors": .authors, "abstract": .abstract,
        "session": .session, "moderator": .moderator,
    ]
    static let filterFields: Set<String> = ["kind", "is", "day", "after", "before"]
    static let weekdays = CalendarNames.weekdays.map { $0.lowercased() }

    static func parse(_ text: String) -> Query {
        let c = Array(text)
        var i = 0
        var clauses: [QueryClause] = []
        var firstError: QueryError?
        var pendingOr: Int?   // position of a `|` still waiting for its right-hand side
        func fail(_ message: String, _ at: Int) {
            if firstError == nil { firstError = QueryError(message: message, position: at) }
        }
        func isSpace(_ ch: Character) -> Bool { ch.isWhitespace }

        while i < c.count {
            if isSpace(c[i]) { i += 1; continue }
            if c[i] == "|" {
                if clauses.isEmpty || pendingOr != nil || clauses[clauses.count - 1].negated {
                    fail("expected a word before |", i)
                }
                pendingOr = i
                i += 1
                continue
            }
            let start = i
            var negated = false
            if c[i] == "-" {
                negated = true
                i += 1
                if i >= c.count || isSpace(c[i]) || c[i] == "|" {
                    fail("expected a word after -", start)
                    continue
                }
            }
            var term: QueryTerm?
            if c[i] == "\"" {
                let (words, end, closed) = readPhrase(c, from: i)
                i = end
                let open = !closed && !negated
                if words.count == 1 { term = .word(words[0], prefix: open, fields: nil) }
                else if !words.isEmpty { term = .phrase(words, prefix: open, fields: nil) }
            } else {
                // A field name is letters followed by a colon.
                let nameStart = i
                var j = i
                while j < c.count, c[j].isLetter { j += 1 }
                if j > i, j < c.count, c[j] == ":" {
                    let name = String(c[i..<j]).lowercased()
                    let valueStart = j + 1
                    if let field = textFields[name] {
                        if valueStart < c.count, c[valueStart] == "\"" {
                            let (words, end, closed) = readPhrase(c, from: valueStart)
                            i = end
                            let open = !closed && !negated
                            if words.isEmpty { fail("expected a phrase after \(name):", valueStart) }
                            else if words.count == 1 { term = .word(words[0], prefix: open, fields: [field]) }
                            else { term = .phrase(words, prefix: open, fields: [field]) }
                        } else {
                            let (raw, end) = readBare(c, from: valueStart)
                            i = end
                            let words = Tokenizer.tokens(raw)
                            if words.isEmpty { fail("expected a word after \(name):", valueStart) }
                            else if words.count == 1 { term = .word(words[0], prefix: !negated, fields: [field]) }
                            else { term = .phrase(words, prefix: !negated, fields: [field]) }
                        }
                    } else if let attribute = ItemAttribute.fieldNames[name] {
                        var words: [String]
                        var open = !negated
                        if valueStart < c.count, c[valueStart] == "\"" {
                            let (ws, end, closed) = readPhrase(c, from: valueStart)
                            (words, i) = (ws, end)
                            open = !closed && !negated
                        } else {
                            let (raw, end) = readBare(c, from: valueStart)
                            (words, i) = (Tokenizer.tokens(raw), end)
                        }
                        if words.isEmpty { fail("expected a value after \(name):", valueStart) }
                        else { term = .attribute(attribute, words, prefix: open) }
                    } else if filterFields.contains(name) {
                        let (raw, end) = readBare(c, from: valueStart)
                        i = end
                        switch filter(name, raw.lowercased()) {
                        case .success(let t): term = t
                        case .failure(let e): fail(e.message, valueStart)
                        }
                    } else {
                        i = readBare(c, from: valueStart).1
                        fail("unknown field \"\(name)\" (fields: title, author, abstract, session, moderator, room, track, type, lang, conf, cat, venue, year, kind, is, day, after, before)", nameStart)
                    }
                } else {
                    let (raw, end) = readBare(c, from: i)
                    i = end
                    let words = Tokenizer.tokens(raw)
                    if words.count == 1 { term = .word(words[0], prefix: !negated, fields: nil) }
                    else if !words.isEmpty { term = .phrase(words, prefix: !negated, fields: nil) }
                }
            }
            guard let term else {
                if let p = pendingOr { fail("expected a word after |", p); pendingOr = nil }
                continue
            }
            if pendingOr != nil, !negated, var last = clauses.popLast() {
                last.alternatives.append(term)
                clauses.append(last)
            } else {
                if let p = pendingOr, negated { fail("an excluded word cannot be an alternative", p) }
                clauses.append(QueryClause(negated: negated, alternatives: [term], position: start))
            }
            pendingOr = nil
        }
        if let p = pendingOr { fail("expected a word after |", p) }
        return Query(clauses: clauses, error: firstError)
    }

    /// Reads `"words..."` starting at the opening quote; returns folded words, the index after the
    /// phrase, and whether the closing quote was there.
    private static func readPhrase(_ c: [Character], from: Int) -> ([String], Int, closed: Bool) {
        var j = from + 1
        while j < c.count, c[j] != "\"" { j += 1 }
        let words = Tokenizer.tokens(String(c[(from + 1)..<j]))
        // An unclosed phrase still being typed ends in a partial word, unless a space follows it.
        let closed = j < c.count || c.last.map { $0.isWhitespace } == true
        return (words, min(j + 1, c.count), closed)
    }

    /// Reads up to the next space, `|` or quote.
    private static func readBare(_ c: [Character], from: Int) -> (String, Int) {
        var j = from
        while j < c.count, !c[j].isWhitespace, c[j] != "|", c[j] != "\"" { j += 1 }
        return (String(c[from..<j]), j)
    }

    private static func filter(_ name: String, _ value: String) -> Result<QueryTerm, QueryError> {
        func bad(_ m: String) -> Result<QueryTerm, QueryError> { .failure(QueryError(message: m, position: 0)) }
        if value.isEmpty { return bad("expected a value after \(name):") }
        switch name {
        case "kind":
            switch value {
            case "oral": return .success(.kind(.oral))
            case "spotlight": return .success(.kind(.spotlight))
            case "qa", "q&a": return .success(.kind(.qa))
            case "paper": return .success(.kind(.paper))
            default: return bad("unknown kind \"\(value)\" (expected oral, spotlight, qa or paper)")
            }
        case "is":
            switch value {
            case "bookmarked", "bookmark": return .success(.bookmarked)
            case "noted", "note": return .success(.noted)
            case "changed": return .success(.changed)
            case "shared": return .success(.shared)
            case "seen", "read": return .success(.seen)
            case "unseen", "unread": return .success(.unseen)
            case "now": return .success(.now)
            case "upcoming", "next": return .success(.upcoming)
            default: return bad("unknown value \"\(value)\" for is: (expected bookmarked, noted, changed, shared, seen, unseen, now or upcoming)")
            }
        case "day":
            if value.count >= 2, let d = weekdays.firstIndex(where: { $0.hasPrefix(value) }),
               weekdays.filter({ $0.hasPrefix(value) }).count == 1 {
                return .success(.day(d))
            }
            return bad("unknown day \"\(value)\" (expected mon, tue, wed, thu, fri, sat or sun)")
        default:
            guard let minute = parseTime(value) else {
                return bad("bad time \"\(value)\" for \(name): (expected a time such as 17:00)")
            }
            return .success(name == "after" ? .after(minute) : .before(minute))
        }
    }

    /// `H`, `HH`, `H:MM`, `HH:MM` (24-hour), optionally with am/pm; minute of the day.
    static func parseTime(_ text: String) -> Int? {
        var t = Substring(text)
        var pm: Bool?
        if t.hasSuffix("am") { pm = false; t = t.dropLast(2) } else if t.hasSuffix("pm") { pm = true; t = t.dropLast(2) }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let hs = parts.first, (1...2).contains(hs.count), hs.allSatisfy(\.isASCII),
              var h = Int(hs) else { return nil }
        var m = 0
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCII), let mm = Int(parts[1]), mm < 60 else { return nil }
            m = mm
        }
        if let pm {
            guard (1...12).contains(h) else { return nil }
            h = h % 12 + (pm ? 12 : 0)
        }
        guard h < 24 || (h == 24 && m == 0) else { return nil }
        return h * 60 + m
    }
}
