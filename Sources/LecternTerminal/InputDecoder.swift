/// Turns what curses reads, one code at a time, into input events: keys, and the terminal's SGR
/// (mode 1006) mouse reports `ESC [ < button ; column ; row M` (press) or `m` (release), which
/// address any column, unlike the X10 encoding that stops at 223. Pure, so it is tested without a
/// terminal; the backend feeds it what it reads and calls `flush()` when nothing more is waiting.
public struct InputDecoder: Sendable {
    /// Lines one notch of the wheel moves, as most terminals scroll.
    public static let linesPerNotch = 3

    /// An escape sequence being read: the ESC and what followed it so far.
    private var sequence: [UInt32] = []

    public init() {}

    /// The events `input` completes (none while a mouse report is still being read).
    public mutating func feed(_ input: RawInput) -> [InputEvent] {
        switch input {
        case .functionKey:
            var events = flush()
            if let key = KeyDecoder.key(for: input) { events.append(.key(key)) }
            return events
        case .character(let code):
            if sequence.isEmpty {
                if code == 27 {
                    sequence = [27]
                    return []
                }
                return KeyDecoder.key(for: input).map { [.key($0)] } ?? []
            }
            sequence.append(code)
            switch Self.read(sequence) {
            case .incomplete:
                return []
            case .report(let event):
                sequence = []
                return event.map { [$0] } ?? []
            case .notAReport:
                let rest = sequence.dropFirst()
                sequence = []
                // ESC and a character read together are Alt and that character (Alt-B, Alt-F).
                if rest.count == 1, case .char(let c)? = KeyDecoder.key(for: .character(rest[rest.startIndex])) {
                    return [.key(.alt(c))]
                }
                // Else the ESC was a key of its own; what followed it is read afresh.
                var events: [InputEvent] = [.key(.escape)]
                for code in rest { events += feed(.character(code)) }
                return events
            }
        }
    }

    /// Nothing more is waiting: a sequence left unfinished is the keys it was made of.
    public mutating func flush() -> [InputEvent] {
        guard !sequence.isEmpty else { return [] }
        let codes = sequence
        sequence = []
        return codes.compactMap { KeyDecoder.key(for: .character($0)).map(InputEvent.key) }
    }

    private enum Reading {
        case incomplete
        case report(InputEvent?)
        case notAReport
    }

    /// Reads `ESC [ < b ; x ; y (M|m)` as far as it goes.
    private static func read(_ codes: [UInt32]) -> Reading {
        let introducer: [UInt32] = [27, 91, 60]  // ESC [ <
        for (i, code) in codes.prefix(3).enumerated() where code != introducer[i] { return .notAReport }
        guard codes.count > 3 else { return .incomplete }
        var fields: [Int] = [0]
        var digits = 0
        for code in codes.dropFirst(3) {
            switch code {
            case 48...57:
                digits += 1
                guard digits <= 6 else { return .notAReport }
                fields[fields.count - 1] = fields[fields.count - 1] * 10 + Int(code - 48)
            case 59:
                guard digits > 0, fields.count < 3 else { return .notAReport }
                fields.append(0)
                digits = 0
            case 77, 109:  // M, m
                guard digits > 0, fields.count == 3 else { return .notAReport }
                return .report(event(button: fields[0], column: fields[1], row: fields[2], pressed: code == 77))
            default:
                return .notAReport
            }
        }
        return .incomplete
    }

    /// The event a report stands for: a left press is a click, the wheel scrolls; the rest
    /// (releases, other buttons, motion) means nothing to lectern.
    static func event(button: Int, column: Int, row: Int, pressed: Bool) -> InputEvent? {
        let x = column - 1, y = row - 1
        guard pressed, x >= 0, y >= 0, button & 32 == 0 else { return nil }
        switch button & ~(4 | 8 | 16) {
        case 0: return .mouseClick(x: x, y: y)
        case 64: return .mouseWheel(x: x, y: y, lines: -linesPerNotch)
        case 65: return .mouseWheel(x: x, y: y, lines: linesPerNotch)
        default: return nil
        }
    }
}
