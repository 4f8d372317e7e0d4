/// Why the library could not be read or changed; the message is written once, here.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    case storage(StorageError)
    /// The manifest or an entry's corpus file is not what lectern wrote.
    case corrupt(path: String, why: String)
    /// No entry has this name; the names there are.
    case unknownEntry(String, known: [String])

    public var description: String {
        switch self {
        case .storage(let e): return e.description
        case .corrupt(let path, let why): return "\(path): not a valid library file (\(why)); it was left as it is"
        case .unknownEntry(let name, let known):
            return "no library entry named \"\(name)\"" + (known.isEmpty ? " (the library is empty)" : " (entries: \(known.joined(separator: ", ")))")
        }
    }
}
