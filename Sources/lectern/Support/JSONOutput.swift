import Foundation

/// Writes `--json` documents: sorted keys, two-space pretty printing, unescaped slashes, trailing newline.
enum JSONOutput {
    static func data<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    static func write<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try data(value))
    }
}
