import LecternCore
import LecternRender

/// The interactive loop: render, flush, wait for an event, turn it into an `Action`, reduce, and hand
/// the effects to `perform`. Knows nothing about curses or files; the program supplies both ends.
public final class EventLoop {
    public let store: Store
    public let backend: TerminalBackend
    /// Where work done on other threads leaves its actions; taken after every event.
    public let inbox: ActionInbox
    /// How long to wait for input before a clock tick.
    public var tickMilliseconds: Int
    private let clock: () -> Timestamp?
    private let perform: (Effect) -> EffectOutcome
    private let draw: (State, Size) -> CellGrid
    /// Looked at every `milliseconds` while no key comes (between ticks): what changed outside.
    private let watch: (milliseconds: Int, poll: () -> [Action])?

    public init(store: Store, backend: TerminalBackend, tickMilliseconds: Int = 1000,
                inbox: ActionInbox = ActionInbox(),
                clock: @escaping () -> Timestamp? = { nil },
                render draw: @escaping (State, Size) -> CellGrid = { render($0, size: $1) },
                perform: @escaping (Effect) -> EffectOutcome,
                watch: (milliseconds: Int, poll: () -> [Action])? = nil) {
        self.draw = draw
        self.watch = watch
        self.store = store
        self.backend = backend
        self.inbox = inbox
        self.tickMilliseconds = tickMilliseconds
        self.clock = clock
        self.perform = perform
    }

    /// Runs until the user quits, a signal arrives or input ends. Does not restore the terminal.
    /// Right after the first frame is on the screen it sends `.firstFrameDrawn`.
    public func run() -> LoopOutcome {
        var firstFrame = true
        // Time waited without input since the last tick, when the loop also watches.
        var idle = 0
        while true {
            let size = backend.size
            if store.state.size != size { _ = dispatch(.terminalResized(size)) }
            backend.flush(draw(store.state, size))
            if firstFrame {
                firstFrame = false
                if dispatch(.firstFrameDrawn) { return .quit }
                continue
            }
            let wait = watch.map { min($0.milliseconds, max(1, tickMilliseconds - idle)) } ?? tickMilliseconds
            let event = backend.nextEvent(timeoutMilliseconds: wait)
            for action in inbox.take() where dispatch(action) { return .quit }
            guard let event else {
                idle += wait
                if let watch { for action in watch.poll() where dispatch(action) { return .quit } }
                if idle >= tickMilliseconds {
                    idle = 0
                    if let now = clock() { _ = dispatch(.tick(now)) }
                }
                continue
            }
            if event != .wake { idle = 0 }
            switch event {
            case .terminate(let signal): return .signal(signal)
            case .endOfInput: return .endOfInput
            default:
                if let action = EventLoop.action(for: event), dispatch(action) { return .quit }
            }
        }
    }

    /// The action an input event stands for.
    public static func action(for event: InputEvent) -> Action? {
        switch event {
        case .key(let key): return .keyPressed(key)
        case .mouseClick(let x, let y): return .mouseClicked(x: x, y: y)
        case .mouseWheel(let x, let y, let lines): return .mouseScrolled(x: x, y: y, lines: lines)
        case .resize(let size): return .terminalResized(size)
        case .terminate, .endOfInput, .wake: return nil
        }
    }

    /// Sends `action` and everything its effects lead to. True when the loop must end.
    public func dispatch(_ action: Action) -> Bool {
        var queue = [action]
        while !queue.isEmpty {
            let effects = store.send(queue.removeFirst())
            for effect in effects {
                if effect == .quit { return true }
                switch perform(effect) {
                case .quit: return true
                case .actions(let more): queue.append(contentsOf: more)
                }
            }
        }
        return false
    }
}
