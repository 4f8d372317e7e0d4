import CNcursesw
import Foundation
import LecternCore
import LecternRender

/// The real terminal: ncurses (wide-character build) in cbreak mode on the alternate screen.
/// Refuses to start where curses would print garbage or exit the process itself.
public final class CursesBackend: TerminalBackend {
    /// What the terminal can show, detected at start.
    public private(set) var colorDepth: TerminalColorDepth = .none
    /// How many colors terminfo reports (curses' COLORS); 0 before colors start.
    public var colorCount: Int { Int(lectern_colors()) }

    private var screen: OpaquePointer?
    private let mouse: Bool
    private var active = false
    private var previous: CellGrid?
    private var needsClear = true
    private var pending: [InputEvent] = []
    private var decoder = InputDecoder()
    private var styles: [Role: PaintStyle] = [:]
    private var pairs: [Role: Int32] = [:]
    private var attributes: [Role: attr_t] = [:]
    /// Set when colours are written as 24-bit SGR sequences by lectern itself (see `DirectColorWriter`).
    private var direct: DirectColorWriter?
    private var idleWakeups = 0

    /// Checks the terminal and starts curses. Throws `TerminalError` instead of starting where it cannot.
    public init(mouse: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        self.mouse = mouse
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        guard term != "dumb" else { throw .dumbTerminal }
        setlocale(LC_ALL, "")
        if lectern_codeset_is_utf8() == 0 {
            setlocale(LC_ALL, "C.UTF-8")
        }
        guard lectern_terminfo_exists(term) == 1 else { throw .noTerminfo(term: term) }
        SignalTrap.install()
        guard let screen = newterm(nil, lectern_stdout_file(), lectern_stdin_file()) else {
            SignalTrap.uninstall()
            throw .cursesFailed
        }
        self.screen = screen
        _ = set_term(screen)
        active = true
        SignalTrap.setCursesActive(true)
        setUpModes()
        colorDepth = Self.startColors(environment: environment)
        SignalTrap.armWatchdog()
    }

    deinit {
        restore()
    }

    /// Tells the signal watchdog what to say on stderr while bookmark changes wait to be saved
    /// (whole lines; empty when nothing waits): a signal that ends lectern in the middle of a long
    /// frame then says it and exits with 74.
    public static func setUnsavedReport(_ report: String) { SignalTrap.setUnsavedReport(report) }

    /// Wakes the event loop waiting in `nextEvent` from any thread: it returns `.wake`.
    public static let wakeEventLoop: @Sendable () -> Void = { SignalTrap.wakeLoop() }

    private func setUpModes() {
        cbreak()
        noecho()
        nonl()
        intrflush(lectern_stdscr(), false)
        keypad(lectern_stdscr(), true)
        nodelay(lectern_stdscr(), true)
        _ = curs_set(0)
        cursorVisible = false
        set_escdelay(25)
        // The mouse is read in SGR mode (1006), decoded by `InputDecoder`: curses' own mouse
        // support would pick the encoding from terminfo, often X10, which stops at column 223.
        _ = keyok(CursesKeyCode.mouse, false)
        if mouse { writeNow(Self.mouseOn) }
    }

    /// Writes a control sequence curses does not know, in order with what curses wrote before it.
    private func writeNow(_ sequence: String) {
        _ = putp(sequence)
        fflush(lectern_stdout_file())
    }

    /// Button presses and releases, reported in SGR form.
    static let mouseOn = "\u{1B}[?1000h\u{1B}[?1006h"
    static let mouseOff = "\u{1B}[?1006l\u{1B}[?1000l"

    /// Gives the mouse back to the terminal before curses lets go of the screen.
    private func releaseMouse() {
        guard mouse else { return }
        writeNow(Self.mouseOff)
    }

    private static func startColors(environment: [String: String]) -> TerminalColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard has_colors(), start_color() == lectern_ok() else { return .none }
        _ = use_default_colors()
        let colors = lectern_colors()
        let colorterm = (environment["COLORTERM"] ?? "").lowercased()
        // Direct colour never redefines the palette: curses writes it itself when terminfo says
        // so (a `-direct` entry), otherwise lectern writes the SGR sequences (`DirectColorWriter`).
        if colorterm == "truecolor" || colorterm == "24bit", colors >= 8 { return .trueColor }
        if colors >= 256 { return .ansi256 }
        if colors >= 8 { return .ansi8 }
        return .none
    }

    // MARK: - Styles

    /// Sets how each role is painted; colors are mapped to what the terminal supports.
    public func setStyles(_ styles: [Role: PaintStyle]) {
        self.styles = styles
        pairs = [:]
        attributes = [:]
        direct = colorDepth == .trueColor && lectern_colors() < 1 << 24 ? DirectColorWriter(styles: styles) : nil
        for (i, role) in Role.allCases.enumerated() {
            let style = styles[role] ?? .plain
            var attr = lectern_a_normal()
            if style.bold { attr |= lectern_a_bold() }
            if style.dim { attr |= lectern_a_dim() }
            if style.underline { attr |= lectern_a_underline() }
            if style.reverse { attr |= lectern_a_reverse() }
            if style.italic { attr |= lectern_a_italic() }
            attributes[role] = attr
            guard colorDepth != .none, direct == nil else { continue }
            let pair = Int32(i + 1)
            if init_extended_pair(pair, colorNumber(style.foreground), colorNumber(style.background)) == lectern_ok() {
                pairs[role] = pair
            }
        }
        previous = nil
    }

    private func colorNumber(_ color: TerminalColor) -> Int32 {
        let colors = lectern_colors()
        switch color {
        case .default:
            return -1
        case .indexed(let n):
            if n < colors { return Int32(n) }
            return Int32(n % 8)
        case .rgb(let r, let g, let b):
            switch colorDepth {
            case .trueColor:
                if colors >= 1 << 24 { return Int32(r) << 16 | Int32(g) << 8 | Int32(b) }
                return Int32(TerminalColor.nearestIndex(r: r, g: g, b: b))
            case .ansi256:
                return Int32(TerminalColor.nearestIndex(r: r, g: g, b: b))
            case .ansi8, .none:
                let bright = max(r, g, b) >= 128 ? 1 : 0
                let threshold = UInt8(max(64, Int(max(r, g, b)) / 2))
                let idx = (r >= threshold ? 1 : 0) | (g >= threshold ? 2 : 0) | (b >= threshold ? 4 : 0)
                return Int32(idx == 0 && bright == 1 ? 7 : idx)
            }
        }
    }

    // MARK: - Drawing

    public var size: Size {
        Size(width: Int(lectern_cols()), height: Int(lectern_lines()))
    }

    public func flush(_ grid: CellGrid) {
        guard active else { return }
        if let direct {
            flushDirect(grid, writer: direct)
            return
        }
        let win = lectern_stdscr()
        let full = previous == nil || previous?.size != grid.size
        if full {
            werase(win)
        }
        let w = grid.size.width, h = grid.size.height
        for update in grid.diff(from: full ? nil : previous) {
            draw(update.cell, x: update.x, y: update.y)
        }
        if needsClear {
            clearok(win, true)
            needsClear = false
        }
        if let cursor = grid.cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < w, cursor.y < h {
            wmove(win, Int32(cursor.y), Int32(cursor.x))
            leaveok(win, false)
            setCursorVisible(true)
        } else {
            leaveok(win, true)
            setCursorVisible(false)
        }
        wnoutrefresh(win)
        doupdate()
        previous = grid
    }

    private var cursorVisible = false

    /// Writes the frame with `DirectColorWriter`; curses only clears the screen before a full frame.
    private func flushDirect(_ grid: CellGrid, writer: DirectColorWriter) {
        let full = previous == nil || previous?.size != grid.size
        if full {
            let win = lectern_stdscr()
            werase(win)
            clearok(win, true)
            leaveok(win, true)
            wrefresh(win)
            needsClear = false
        }
        let bytes = writer.bytes(for: grid.diff(from: full ? nil : previous), cursor: Self.cursor(of: grid))
        let count = bytes.utf8.count
        _ = bytes.withCString { lectern_write_terminal($0, count) }
        previous = grid
    }

    private static func cursor(of grid: CellGrid) -> GridPoint? {
        guard let c = grid.cursor, c.x >= 0, c.y >= 0, c.x < grid.size.width, c.y < grid.size.height else { return nil }
        return c
    }

    private func setCursorVisible(_ visible: Bool) {
        guard visible != cursorVisible else { return }
        _ = curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        var chars: [wchar_t] = []
        for scalar in cell.grapheme.unicodeScalars {
            if chars.count == 4 { break }
            let v = scalar.value
            if v < 0x20 || (0x7F..<0xA0).contains(v) { continue }
            chars.append(wchar_t(bitPattern: v))
        }
        if chars.isEmpty { chars = [wchar_t(32)] }
        chars.append(0)
        var attr = attributes[cell.role] ?? lectern_a_normal()
        if cell.bold { attr |= lectern_a_bold() }
        if cell.underline { attr |= lectern_a_underline() }
        var pair = pairs[cell.role] ?? 0
        var cc = cchar_t()
        _ = setcchar(&cc, chars, attr, 0, &pair)
        _ = mvwadd_wch(lectern_stdscr(), Int32(y), Int32(x), &cc)
    }

    // MARK: - Input

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        let start = DispatchTime.now().uptimeNanoseconds
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            if let sig = SignalTrap.takeTerminate() { return .terminate(signal: sig) }
            if SignalTrap.takeSuspend() {
                stopProcess()
                return .resize(size)
            }
            if SignalTrap.takeResize() {
                applyTerminalSize()
                return .resize(size)
            }
            if SignalTrap.takeWakeup() { return .wake }
            readAvailable()
            pending += decoder.flush()
            if !pending.isEmpty {
                idleWakeups = 0
                continue
            }
            var remaining = -1
            if timeoutMilliseconds >= 0 {
                let elapsed = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                remaining = timeoutMilliseconds - elapsed
                if remaining <= 0 { return nil }
            }
            switch SignalTrap.waitForInput(timeoutMilliseconds: remaining) {
            case .hangup:
                // The terminal went away (POLLHUP): lectern saves and leaves, as on q.
                return .endOfInput
            case .input:
                idleWakeups += 1
                // Readable but nothing decodes, again and again (read gives 0 or EIO): the terminal went away.
                if idleWakeups > 200 { return .endOfInput }
            case .nothing:
                break
            }
        }
    }

    private func readAvailable() {
        guard active else { return }
        var ch: wint_t = 0
        // Keys read in one burst are decoded together (the decoder is flushed after it), so ESC
        // and the character after it are Alt, and a mouse report is one event.
        while true {
            let status = wget_wch(lectern_stdscr(), &ch)
            if status == lectern_err() { return }
            idleWakeups = 0
            if status == lectern_key_code_yes() {
                let code = Int32(bitPattern: ch)
                if code == CursesKeyCode.resize {
                    // curses has already resized its screens (resizeterm queues this key itself).
                    previous = nil
                    needsClear = true
                    pending += decoder.flush()
                    if pending.last != .resize(size) { pending.append(.resize(size)) }
                } else {
                    pending += decoder.feed(.functionKey(code))
                }
            } else {
                pending += decoder.feed(.character(ch))
            }
        }
    }

    private func applyTerminalSize() {
        var rows: Int32 = 0, cols: Int32 = 0
        if lectern_tty_size(&rows, &cols) == 0 {
            _ = resizeterm(rows, cols)
        }
        previous = nil
        needsClear = true
    }

    // MARK: - Suspend, resume, restore

    private func stopProcess() {
        suspend()
        SignalTrap.suspendProcess()
        resume()
    }

    public func suspend() {
        guard active else { return }
        releaseMouse()
        endwin()
        SignalTrap.setCursesActive(false)
        fflush(lectern_stdout_file())
    }

    public func resume() {
        guard active else { return }
        SignalTrap.discardInterrupts()
        SignalTrap.setCursesActive(true)
        reset_prog_mode()
        setUpModes()
        applyTerminalSize()
        clearok(lectern_stdscr(), true)
        wrefresh(lectern_stdscr())
    }

    public func restore() {
        guard active else { return }
        active = false
        releaseMouse()
        endwin()
        SignalTrap.setCursesActive(false)
        SignalTrap.uninstall()
        fflush(lectern_stdout_file())
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
    }
}
