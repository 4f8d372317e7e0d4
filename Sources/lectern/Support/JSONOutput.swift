import Foundation
import LecternCore

/// Writes every `--json` document (list, show, search, similar, author): sorted keys, two-space
/// pretty printing, unescaped slashes, trailing newline.
enum JSONOutput {
    static func data<T: Encodable>(_ value: T) throws -> Data {
        try StableJSON.data(value)
    }

    static func write<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try data(value))
    }
}
