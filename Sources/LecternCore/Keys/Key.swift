/// A decoded key press, independent of the terminal library that read it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    /// Alt (Meta) with a character: the terminal sends ESC, then the character.
    case alt(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// Parses a key name as written in `config.toml`: `j`, `G`, `ctrl-d`, `up`, `pgdn`, `enter`,
    /// `esc`, `tab`, `shift-tab`, `space`, `backspace`, `f1`, `alt-b`. Nil for an unknown name.
    public init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup", "page-up": self = .pageUp
        case "pgdn", "pagedown", "page-down": self = .pageDown
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "shift-tab", "backtab", "s-tab": self = .backTab
        case "backspace", "bs": self = .backspace
        case "delete", "del": self = .delete
        case "space": self = .char(" ")
        default:
            if lower.hasPrefix("alt-") || lower.hasPrefix("m-") || lower.hasPrefix("meta-") {
                let rest = name.drop(while: { $0 != "-" }).dropFirst()
                guard rest.count == 1, let c = rest.first, !c.isWhitespace, c.isASCII, !(c.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) else {
                    return nil
                }
                self = .alt(c)
            } else if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") {
                let rest = lower.drop(while: { $0 != "-" }).dropFirst()
                guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
                self = .ctrl(c)
            } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
                self = .function(n)
            } else if name.count == 1, let c = name.first, !c.isWhitespace, !(c.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) {
                self = .char(c)
            } else {
                return nil
            }
        }
    }

    /// The canonical name, as accepted by `init(name:)` and shown in help.
    public var name: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-\(c)"
        case .alt(let c): return "alt-\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .function(let n): return "f\(n)"
        }
    }

    /// A short label for help screens: `↑`, `^D`, `PgDn`, `Enter`.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + String(c).uppercased()
        case .alt(let c): return "M-" + String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        }
    }

    public var description: String { name }
}

extension Key {
    /// The character a printable key types where text is being entered (the search bar, the help
    /// filter, a path); nil for any other key.
    public var typed: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
