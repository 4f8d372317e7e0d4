import LecternCore

/// One `[keys]` entry of the config file.
struct KeyRebinding: Equatable {
    var command: Command
    var keys: [Key]
    /// Where it is written, to apply entries in file order.
    var line: Int
    /// The contexts it rebinds: the panes and panels (`[keys]`), or one of `subtables`.
    var group: Set<KeyContext> = KeyContext.browsing

    /// The tables under `[keys]` that rebind keys where text is typed or a question waits.
    static let subtables: [String: KeyContext] = ["search": .search, "jump": .jump, "help": .help, "help-filter": .helpFilter, "messages": .messages, "confirm": .confirm]
}
