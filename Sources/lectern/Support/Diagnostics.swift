import Foundation

/// Messages for people go to stderr; data goes to stdout.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("lectern: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("lectern: warning: \(message)\n".utf8))
    }
}
