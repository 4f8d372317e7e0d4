import Foundation

/// The one JSON encoding lectern writes (corpus files, every `--json` document): sorted keys,
/// two-space pretty printing, unescaped slashes, a trailing newline. The same value always gives
/// the same bytes. A corpus is written by `CorpusJSONWriter`, which gives these bytes faster.
public enum StableJSON {
    public static func data<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
