/// Something an import tells the user on stderr, in the order it happened.
public enum ImportMessage: Equatable, Sendable, CustomStringConvertible {
    /// A note such as a kind inferred from a slot length, or a zone that was assumed.
    case warning(String)
    /// A record that could not be read and was left out; the rest of its source was kept.
    case skipped(ImportError)

    public var description: String {
        switch self {
        case .warning(let text): return text
        case .skipped(let error): return "\(error.description) (record skipped)"
        }
    }
}
