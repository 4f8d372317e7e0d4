/// What `get_wch` returned: a character code, or a curses function-key code.
public enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case functionKey(Int32)
}
