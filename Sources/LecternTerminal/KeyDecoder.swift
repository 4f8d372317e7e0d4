import LecternCore

/// Turns what curses read into a `Key`. Pure, so it can be tested without a terminal.
public enum KeyDecoder {
    /// The key for a raw input, or nil for codes lectern ignores (resize and mouse are handled apart).
    public static func key(for input: RawInput) -> Key? {
        switch input {
        case .character(let code): return key(forCharacter: code)
        case .functionKey(let code): return key(forFunctionKey: code)
        }
    }

    /// The keys for inputs read one after another without a pause: ESC directly followed by a
    /// printable character is that character with Alt (`alt-b`), as terminals send Meta; any other
    /// ESC is Esc.
    public static func keys(for inputs: [RawInput]) -> [Key] {
        var keys: [Key] = []
        var escape = false
        for input in inputs {
            let key = self.key(for: input)
            if escape {
                escape = false
                if case .char(let c)? = key {
                    keys.append(.alt(c))
                    continue
                }
                keys.append(.escape)
            }
            if key == .escape, input == .character(27) {
                escape = true
            } else if let key {
                keys.append(key)
            }
        }
        if escape { keys.append(.escape) }
        return keys
    }

    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter
        case 9: return .tab
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26:
            guard let scalar = Unicode.Scalar(code + 96) else { return nil }
            return .ctrl(Character(scalar))
        case 0..<32, 128..<160: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func key(forFunctionKey code: Int32) -> Key? {
        switch code {
        case CursesKeyCode.up: return .up
        case CursesKeyCode.down: return .down
        case CursesKeyCode.left: return .left
        case CursesKeyCode.right: return .right
        case CursesKeyCode.home: return .home
        case CursesKeyCode.end: return .end
        case CursesKeyCode.pageUp: return .pageUp
        case CursesKeyCode.pageDown: return .pageDown
        case CursesKeyCode.enter: return .enter
        case CursesKeyCode.backspace: return .backspace
        case CursesKeyCode.delete: return .delete
        case CursesKeyCode.backTab: return .backTab
        default:
            let f1 = CursesKeyCode.function(1)
            if code >= f1, code < f1 + 24 { return .function(Int(code - f1) + 1) }
            return nil
        }
    }
}
