import LecternCore
import LecternRender

/// A terminal in memory for tests: plays scripted events and records every flushed grid.
public final class InMemoryBackend: TerminalBackend {
    public var size: Size
    /// Events still to deliver, first first.
    public var script: [InputEvent]
    /// Every grid flushed, in order.
    public private(set) var flushed: [CellGrid] = []
    public private(set) var restored = false
    public private(set) var suspendCount = 0
    public private(set) var resumeCount = 0
    /// What `nextEvent` returns once the script is empty (nil: a timeout, as a quiet terminal).
    public var whenExhausted: InputEvent?
    private var timeoutsLeft = 3

    public init(size: Size, script: [InputEvent] = [], whenExhausted: InputEvent? = .endOfInput) {
        self.size = size
        self.script = script
        self.whenExhausted = whenExhausted
    }

    /// The last flushed grid.
    public var screen: CellGrid? { flushed.last }

    public func flush(_ grid: CellGrid) {
        flushed.append(grid)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !script.isEmpty else {
            if whenExhausted == nil, timeoutsLeft > 0 {
                timeoutsLeft -= 1
                return nil
            }
            return whenExhausted ?? .endOfInput
        }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func restore() { restored = true }
    public func suspend() { suspendCount += 1 }
    public func resume() { resumeCount += 1 }
}
