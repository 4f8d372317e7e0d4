import Foundation

/// Messages for people go to stderr; data goes to stdout. Every message passes through the screen's
/// sanitiser (`PlainText.safe`): messages quote user data (a config key, a theme name, a path, a
/// query, a page line), and no escape sequence in it may reach the terminal.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("lectern: \(PlainText.safe(message))\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("lectern: warning: \(PlainText.safe(message))\n".utf8))
    }
}
