import CNcursesw

/// The curses key codes the decoder understands, readable without importing curses.
public enum CursesKeyCode {
    public static var up: Int32 { lectern_key_up() }
    public static var down: Int32 { lectern_key_down() }
    public static var left: Int32 { lectern_key_left() }
    public static var right: Int32 { lectern_key_right() }
    public static var home: Int32 { lectern_key_home() }
    public static var end: Int32 { lectern_key_end() }
    public static var pageUp: Int32 { lectern_key_ppage() }
    public static var pageDown: Int32 { lectern_key_npage() }
    public static var enter: Int32 { lectern_key_enter() }
    public static var backspace: Int32 { lectern_key_backspace() }
    public static var delete: Int32 { lectern_key_dc() }
    public static var backTab: Int32 { lectern_key_btab() }
    public static var resize: Int32 { lectern_key_resize() }
    public static var mouse: Int32 { lectern_key_mouse() }
    public static func function(_ n: Int) -> Int32 { lectern_key_f(Int32(n)) }
}
