import LecternCore

/// Plain-text output for people: untrusted corpus text is sanitized line by line so control and
/// escape sequences never reach the terminal, while the line breaks of the text are kept.
enum PlainText {
    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalSafe.sanitize(String($0)) }
            .joined(separator: "\n")
    }

    static func emit(_ lines: [String]) {
        var out = lines.joined(separator: "\n")
        out += "\n"
        print(out, terminator: "")
    }
}
