/// One row of the key map: what a command does, its keys, its help line, and where it applies.
public struct Binding: Hashable, Sendable {
    public var command: Command
    public var keys: [Key]
    public var help: String
    public var contexts: Set<KeyContext>

    public init(_ command: Command, _ keys: [Key], _ help: String, _ contexts: Set<KeyContext>) {
        self.command = command
        self.keys = keys
        self.help = help
        self.contexts = contexts
    }
}
