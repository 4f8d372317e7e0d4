import Foundation

/// How long before a talk a calendar reminds the user: `10m`, `1h`, `1h30m`, `2d`, or a bare
/// number of minutes; `0`, `none` and `off` ask for no reminder. ICS exports write it as a
/// `VALARM` in each event.
public struct Reminder: Equatable, Sendable {
    /// Minutes before the start; always positive.
    public var minutes: Int

    public init?(minutes: Int) {
        guard minutes > 0 else { return nil }
        self.minutes = minutes
    }

    /// What `text` asks for: `.some(nil)` is "no reminder", nil is text that is not a duration.
    public static func parse(_ text: String) -> Reminder?? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["0", "none", "off", "no"].contains(t) { return .some(nil) }
        if !t.isEmpty, t.allSatisfy(\.isASCIIDigit) {
            guard let n = Int(t), n <= maxMinutes else { return nil }
            return .some(Reminder(minutes: n))
        }
        var total = 0
        var digits = ""
        var seen: Set<Character> = []
        for ch in t {
            if ch.isASCIIDigit {
                digits.append(ch)
                continue
            }
            let unit: Int
            switch ch {
            case "d": unit = 24 * 60
            case "h": unit = 60
            case "m": unit = 1
            default: return nil
            }
            // Each unit once, largest first: `1h30m`, never `30m1h` or `1h1h`.
            guard let n = Int(digits), !seen.contains(ch), seen.allSatisfy({ rank($0) > rank(ch) }) else { return nil }
            seen.insert(ch)
            total += n * unit
            guard total <= maxMinutes else { return nil }
            digits = ""
        }
        guard digits.isEmpty, !seen.isEmpty else { return nil }
        return .some(Reminder(minutes: total))
    }

    /// A week: a reminder further ahead is a typing mistake.
    public static let maxMinutes = 7 * 24 * 60

    /// What a usage message says the value may be.
    public static let expected = "a duration such as 10m, 1h or 1h30m (or none)"

    /// RFC 5545's `TRIGGER` value: `-PT10M`, `-PT1H30M`, `-P2D`.
    public var trigger: String {
        let days = minutes / (24 * 60), hours = minutes / 60 % 24, mins = minutes % 60
        var text = "-P"
        if days > 0 { text += "\(days)D" }
        if hours > 0 || mins > 0 {
            text += "T"
            if hours > 0 { text += "\(hours)H" }
            if mins > 0 { text += "\(mins)M" }
        }
        return text
    }

    /// `10 minutes`, `1 hour 30 minutes`.
    public var spoken: String {
        let hours = minutes / 60, mins = minutes % 60
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) hour" + (hours == 1 ? "" : "s")) }
        if mins > 0 { parts.append("\(mins) minute" + (mins == 1 ? "" : "s")) }
        return parts.joined(separator: " ")
    }

    private static func rank(_ unit: Character) -> Int {
        switch unit {
        case "d": 3
        case "h": 2
        default: 1
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
