import LecternCore

/// One `[keys]` entry of the config file.
struct KeyRebinding: Equatable {
    var command: Command
    var keys: [Key]
    /// Where it is written, to apply entries in file order.
    var line: Int
}
