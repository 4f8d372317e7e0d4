/// One input format lectern imports: told apart from the others by its first bytes, then read into
/// the one corpus model through a `CorpusBuilder`.
public protocol SourceReader: Sendable {
    /// How the format is named in messages, e.g. `frab schedule XML`.
    static var formatName: String { get }
    /// True when `head` (the first bytes of a source, at most `SourceDetection.headLength`) is in this
    /// format. Cheap: it looks at the content only, never at a file name.
    static func recognises(_ head: ArraySlice<UInt8>) -> Bool
    /// Reads a whole source into `builder`. Records that cannot be read are skipped into the builder's
    /// messages; a source with nothing usable throws.
    static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError)
}
