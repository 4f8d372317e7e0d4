import Foundation
import LecternCore
import LecternStorage
import LecternRender
import LecternTerminal

/// The explorer's life: start curses, load bookmarks, run the event loop, restore the terminal.
struct RunLoop {
    var corpus: Corpus
    /// The corpus's search index, read or built before the terminal starts (nil: built here).
    var index: SearchIndex?
    /// Why the library's index was rebuilt, for the status line.
    var indexNote: String?
    var keyMap: KeyMap
    var mouse: Bool
    var bookmarkStore: BookmarkStore
    /// `seen.json`, beside the bookmarks.
    var seenStore: SeenStore
    var palette: ThemePalette
    /// What re-imports changed and whose plans were imported, read before the terminal starts.
    var plan = PlanFacts()
    /// `remind` from `config.toml`, for calendar exports made with `x`.
    var reminder: Reminder?
    /// What the papers of each source file are called (the library's entries of papers).
    var collections: [String: String] = [:]

    /// Runs until the user leaves; the terminal is restored before this returns.
    func run() throws(TerminalError) -> LoopOutcome {
        let backend = try CursesBackend(mouse: mouse)
        defer { backend.restore() }
        backend.setStyles(palette.styles(for: backend.colorDepth, colors: backend.colorCount))
        // The user's zone (`TZ` respected) and the tz database, read here at the edge.
        var environment = Environment(now: RunLoop.now(), displayTimeZone: SystemZoneDatabase.userZone(),
                                      zones: SystemZoneDatabase.shared, clock: { DispatchTime.now().uptimeNanoseconds })
        environment.plan = plan
        environment.reminder = reminder
        environment.collections = collections
        // The explorer's frames share wrapped abstracts: a long abstract is wrapped once, not per
        // key, and the reducer's scroll keys measure what the frame wrapped.
        let cache = WrappedTextCache(capacity: 16)
        environment.wrapCache = cache
        let store = Store(state: State(corpus: corpus, size: backend.size, keyMap: keyMap, index: index, environment: environment))
        let watcher = BookmarkWatcher(store: bookmarkStore)
        do {
            let (bookmarks, warning) = try bookmarkStore.load()
            store.send(.bookmarks(.loaded(bookmarks, warning: warning)))
            watcher.noteOwnWrite()
        } catch {
            store.send(.effectFailed(message: "Could not read bookmarks: \(error)"))
        }
        do {
            let (seen, warning) = try seenStore.load()
            store.send(.seen(.loaded(seen, warning: warning)))
        } catch {
            store.send(.effectFailed(message: "Could not read what is seen: \(error)"))
        }
        // Said once the stores are read (reading them may say something of its own, which stays in `M`).
        if let indexNote { store.send(.effectFinished(message: indexNote.prefix(1).uppercased() + indexNote.dropFirst())) }
        let inbox = ActionInbox(wake: CursesBackend.wakeEventLoop)
        let performer = EffectPerformer(backend: backend, bookmarkStore: bookmarkStore, seenStore: seenStore, inbox: inbox, watcher: watcher)
        let theme = palette.theme
        let busy = RunLoop.busyFrameMilliseconds
        var reported: [BookmarkChange] = []
        let loop = EventLoop(store: store, backend: backend, tickMilliseconds: RunLoop.tickMilliseconds, inbox: inbox, clock: RunLoop.now,
                             render: { state, size in
                                 if state.unsavedChanges != reported {
                                     reported = state.unsavedChanges
                                     CursesBackend.setUnsavedReport(RunLoop.watchdogReport(reported))
                                 }
                                 if busy > 0 { RunLoop.spin(milliseconds: busy) }
                                 return render(state, size: size, theme: theme, cache: cache)
                             }, perform: performer.perform,
                             watch: (milliseconds: RunLoop.watchMilliseconds, poll: watcher.poll))
        return loop.run()
    }

    /// After the loop: bookmark changes whose save failed (full disk, read-only folder) are tried
    /// once more. Returns what is still not saved, described for the user (empty when all is saved),
    /// and the reason.
    func saveUnsavedChanges() -> (unsaved: [String], reason: String?) {
        // What is seen is tried once more too; it is not worth a question if it still fails.
        if !seenStore.pendingChanges.isEmpty { _ = try? seenStore.update([]) }
        let pending = bookmarkStore.pendingChanges
        guard !pending.isEmpty else { return ([], nil) }
        do {
            _ = try bookmarkStore.update([])
            return ([], nil)
        } catch {
            return (bookmarkStore.pendingChanges.map(RunLoop.describe), "\(error)")
        }
    }

    /// What the signal watchdog says when it ends lectern in the middle of a frame while `changes`
    /// wait to be saved, in the words `saveUnsavedChanges` uses; empty when none wait.
    static func watchdogReport(_ changes: [BookmarkChange]) -> String {
        guard !changes.isEmpty else { return "" }
        return "lectern: could not save bookmark changes: a signal ended lectern in the middle of a frame\n"
            + changes.map { "lectern: not saved: \(describe($0))\n" }.joined()
    }

    /// One unsaved change in words, e.g. `bookmark "Title" (id)`.
    static func describe(_ change: BookmarkChange) -> String {
        func title(_ b: Bookmark) -> String { "\"\(TerminalSafe.sanitize(b.title))\" (\(TerminalSafe.sanitize(b.itemId)))" }
        switch change {
        case .add(let b): return "bookmark " + title(b)
        case .remove(let id): return "removing the bookmark of \(TerminalSafe.sanitize(id))"
        case .toggle(let b): return "bookmark or unbookmark " + title(b)
        case .restore(let b): return "restoring the bookmark " + title(b)
        case .setPriority(let id, let p): return "priority \(p.label) for \(TerminalSafe.sanitize(id))"
        case .setNote(let id, let t, let note):
            let what = (note?.isEmpty ?? true) ? "clearing the note" : "note"
            return "\(what) on \"\(TerminalSafe.sanitize(t))\" (\(TerminalSafe.sanitize(id)))"
        }
    }

    /// How long the loop waits for input before a clock tick (which moves the schedule's "now" and
    /// clears status messages): 5 s, or `LECTERN_TICK_SECONDS` (1–3600; tests lengthen it to show
    /// that nothing else waits on the tick).
    static var tickMilliseconds: Int {
        guard let text = ProcessInfo.processInfo.environment["LECTERN_TICK_SECONDS"], let s = Int(text), (1...3600).contains(s) else {
            return 5000
        }
        return s * 1000
    }

    /// How often, while no key comes, the loop looks whether another lectern changed the bookmarks.
    static let watchMilliseconds = 1000

    /// `LECTERN_BUSY_FRAME_MS` (1–600000): every frame first keeps the CPU busy that long, so that
    /// tests can send a signal in the middle of a frame. 0 when unset.
    static var busyFrameMilliseconds: Int {
        guard let text = ProcessInfo.processInfo.environment["LECTERN_BUSY_FRAME_MS"], let ms = Int(text), (1...600_000).contains(ms) else {
            return 0
        }
        return ms
    }

    /// Computes, without sleeping, for `milliseconds`.
    static func spin(milliseconds: Int) {
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        // Reading the clock is a call the optimizer keeps: the loop spins, it is not removed.
        while DispatchTime.now().uptimeNanoseconds < end {}
    }

    /// The current time in the local zone (`LECTERN_NOW` when set).
    static func now() -> Timestamp? { Clock.now() }
}
