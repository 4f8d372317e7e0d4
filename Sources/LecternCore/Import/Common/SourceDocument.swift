/// The parsed document of a source file, with a syntax error reported at its place: what every
/// JSON and XML reader starts with.
enum SourceDocument {
    /// The JSON document of `bytes` (a UTF-8 byte-order mark skipped).
    static func json(_ bytes: [UInt8], file: String) throws(ImportError) -> JSONValue {
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        switch JSONParser.parse(input) {
        case .failure(let syntax):
            throw ImportError(file: file, line: syntax.line, column: syntax.column, expected: syntax.expected, found: syntax.found)
        case .success(let root):
            return root
        }
    }

    /// The root element of the XML document in `bytes` (no DTD: see `XMLReader`).
    static func xml(_ bytes: [UInt8], file: String) throws(ImportError) -> XMLElement {
        switch XMLReader.parse(bytes) {
        case .failure(let f):
            throw ImportError(file: file, line: f.line, column: f.column, expected: f.expected, found: f.found)
        case .success(let root):
            return root
        }
    }
}
