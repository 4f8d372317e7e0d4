/// A talk's time slot as printed on a session page: `Tue 20 July 17:00 - 17:20 PDT`.
struct TimeSlot: Sendable {
    var start: Timestamp
    var end: Timestamp
    var zone: ZoneAbbreviation

    var minutes: Int { Int((end.epochSeconds - start.epochSeconds) / 60) }

    static let example = "a time slot such as \"Tue 20 July 17:00 - 17:20 PDT\""

    static let weekdays = CalendarNames.weekdays.map { $0.lowercased() }
    static let months = CalendarNames.months.map { $0.lowercased() }

    /// The weekday (0 = Sunday) a word names: a full name or its first three letters or more.
    static func weekday(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: ",.")
        guard w.count >= 3 else { return nil }
        return weekdays.firstIndex { $0.hasPrefix(w) }
    }

    /// The month (1...12) a word names: a full name or its first three letters or more.
    static func month(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: ",.")
        guard w.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(w) }.map { $0 + 1 }
    }

    /// True when a line starts like a time slot (a weekday name, then a number), so a malformed one
    /// is reported rather than taken for a title.
    static func looksLikeSlot(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 2, weekday(String(words[0])) != nil, let first = words[1].first else { return false }
        return first.isASCII && first.isNumber
    }

    /// Parses a slot line; `year` completes the date and must agree with the printed weekday.
    static func parse(_ line: PageLine, year: Int, file: String) -> Result<TimeSlot, ImportError> {
        var scanner = SlotScanner(line)
        func fail(_ expected: String, at column: Int? = nil, found: String? = nil) -> Result<TimeSlot, ImportError> {
            .failure(ImportError(file: file, line: line.number, column: column ?? scanner.column,
                                 expected: expected, found: found))
        }
        guard let (weekdayWord, weekdayColumn) = scanner.word(), let weekday = weekday(weekdayWord) else {
            return fail(example, at: line.column, found: line.text)
        }
        guard let (dayWord, dayColumn) = scanner.word() else { return fail("a day of the month after the weekday") }
        guard let day = Int(dayWord), (1...31).contains(day) else {
            return fail("a day of the month after the weekday", at: dayColumn, found: dayWord)
        }
        guard let (monthWord, monthColumn) = scanner.word() else { return fail("a month name such as \"July\"") }
        guard let month = month(monthWord) else {
            return fail("a month name such as \"July\"", at: monthColumn, found: monthWord)
        }
        var slotYear = year
        guard var (timeWord, timeColumn) = scanner.word() else { return fail("a start time such as \"17:00\"") }
        if timeWord.count == 4, let y = Int(timeWord) {
            slotYear = y
            guard let next = scanner.word() else { return fail("a start time such as \"17:00\"") }
            (timeWord, timeColumn) = next
        }
        guard day <= Timestamp.daysIn(month: month, year: slotYear) else {
            return fail("a day that exists in \(months[month - 1].capitalized)", at: dayColumn, found: dayWord)
        }
        guard let startTime = clock(timeWord) else {
            return fail("a start time such as \"17:00\"", at: timeColumn, found: timeWord)
        }
        guard let (dash, dashColumn) = scanner.word() else { return fail("\"-\" between the start and end times") }
        guard dash == "-" || dash == "–" || dash == "—" || dash == "to" else {
            return fail("\"-\" between the start and end times", at: dashColumn, found: dash)
        }
        guard let (endWord, endColumn) = scanner.word() else { return fail("an end time such as \"17:20\"") }
        guard let endTime = clock(endWord) else {
            return fail("an end time such as \"17:20\"", at: endColumn, found: endWord)
        }
        guard let (zoneWord, zoneColumn) = scanner.word() else {
            return fail("a time-zone abbreviation such as \"PDT\" after the end time")
        }
        guard let zone = ZoneAbbreviation.named(zoneWord) else {
            let known = ZoneAbbreviation.table.keys.sorted().joined(separator: ", ")
            return fail("a known time-zone abbreviation (\(known))", at: zoneColumn, found: zoneWord)
        }
        if let (extra, extraColumn) = scanner.word() {
            return fail("the end of the time slot after the zone", at: extraColumn, found: extra)
        }
        let start = Timestamp(year: slotYear, month: month, day: day, hour: startTime.hour, minute: startTime.minute,
                              utcOffsetSeconds: zone.utcOffsetSeconds)
        var end = Timestamp(year: slotYear, month: month, day: day, hour: endTime.hour, minute: endTime.minute,
                            utcOffsetSeconds: zone.utcOffsetSeconds)
        if end < start { end.epochSeconds += 86_400 } // a slot that runs past midnight
        let actual = start.wallClock.weekday
        guard actual == weekday else {
            let name = weekdays[actual].capitalized
            return fail("a weekday matching \(day) \(months[month - 1].capitalized) \(slotYear), a \(name) (is the year right? see --year)",
                        at: weekdayColumn, found: weekdayWord)
        }
        return .success(TimeSlot(start: start, end: end, zone: zone))
    }

    /// `17:00`, `6:00`, optionally with `am`/`pm` glued on.
    static func clock(_ word: String) -> (hour: Int, minute: Int)? {
        var text = word.lowercased()
        var meridiem: String?
        for suffix in ["am", "pm", "a.m.", "p.m."] where text.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            text = String(text.dropLast(suffix.count))
            break
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              var hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "p", hour < 12 { hour += 12 }
            if meridiem == "a", hour == 12 { hour = 0 }
        }
        return (hour, minute)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
