import Foundation
import LecternCore
import LecternRender
import LecternTerminal
import Testing

/// A small corpus: two sessions with two talks each.
private func sampleCorpus() -> Corpus {
    func t(_ h: Int, _ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: h, minute: m, utcOffsetSeconds: -7 * 3600) }
    let src = Provenance(file: "sample.txt", line: 1)
    func session(_ id: String, _ title: String, _ h: Int) -> Session {
        Session(id: id, title: title, moderator: "Chair", start: t(h, 0), end: t(h, 55),
                timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: src)
    }
    func item(_ id: String, _ kind: ItemKind, _ title: String, _ author: String, _ abstract: String, _ s: String, _ h: Int, _ m: Int) -> Item {
        Item(id: id, kind: kind, title: title, authors: [author], abstract: abstract, sessionId: s, start: t(h, m), end: t(h, m + 5), source: src)
    }
    return Corpus(sessions: [session("s1", "Deep Learning Architectures", 5), session("s2", "Reinforcement Learning", 6)], items: [
        item("a", .oral, "Linear Transformers", "Ada Lovelace", "We make attention linear.", "s1", 5, 0),
        item("b", .spotlight, "Sparse Lottery Tickets", "Alan Turing", "Winning tickets are sparse.", "s1", 5, 20),
        item("c", .oral, "Policy Gradients Revisited", "Grace Hopper", "Gradients of policies, see https://example.org/pg.", "s2", 6, 0),
        item("d", .spotlight, "Offline Bandits", "Emmy Noether", "Bandits without interaction.", "s2", 6, 20),
    ])
}

private func makeLoop(_ script: [InputEvent], size: Size = Size(width: 120, height: 40),
                      perform: @escaping (Effect) -> EffectOutcome = { _ in .actions([]) }) -> (EventLoop, InMemoryBackend) {
    let backend = InMemoryBackend(size: size, script: script)
    let store = Store(state: State(corpus: sampleCorpus(), size: size))
    return (EventLoop(store: store, backend: backend, perform: perform), backend)
}

@Suite struct EventLoopTests {
    @Test func quitsOnQAndDrawsTheFirstSession() {
        let (loop, backend) = makeLoop([.key(.char("q"))])
        #expect(loop.run() == .quit)
        #expect(backend.screen?.text.contains("Deep Learning Architectures") == true)
    }

    @Test func movesIntoASessionAndOpensATalk() {
        let (loop, backend) = makeLoop([.key(.char("j")), .key(.enter), .key(.down), .key(.enter)])
        #expect(loop.run() == .endOfInput)
        #expect(loop.store.state.focus == .details)
        #expect(loop.store.state.selectedItem?.id == "d")
        #expect(backend.screen?.text.contains("Bandits without interaction.") == true)
    }

    @Test func narrowLayoutOpensDetailsFullWidthAndEscGoesBack() {
        let (loop, backend) = makeLoop([.key(.enter), .key(.enter)], size: Size(width: 80, height: 24))
        _ = loop.run()
        #expect(loop.store.state.detailsZoomed)
        #expect(backend.screen?.text.contains("We make attention linear.") == true)
        _ = loop.dispatch(.keyPressed(.escape))
        #expect(!loop.store.state.detailsZoomed)
        #expect(loop.store.state.focus == .items)
    }

    @Test func gAndGJumpToTheEnds() {
        let (loop, _) = makeLoop([.key(.char("G"))])
        _ = loop.run()
        #expect(loop.store.state.sessionsCursor.selected == loop.store.state.sessionEntries.count - 1)
        _ = loop.dispatch(.keyPressed(.char("g")))
        #expect(loop.store.state.sessionsCursor.selected == 0)
        _ = loop.dispatch(.keyPressed(.end))
        _ = loop.dispatch(.keyPressed(.home))
        #expect(loop.store.state.sessionsCursor.selected == 0)
        _ = loop.dispatch(.keyPressed(.ctrl("d")))
        _ = loop.dispatch(.keyPressed(.ctrl("u")))
        _ = loop.dispatch(.keyPressed(.pageDown))
        _ = loop.dispatch(.keyPressed(.pageUp))
        #expect(loop.store.state.sessionsCursor.selected == 0)
    }

    @Test func searchTypingFilters() {
        let keys: [InputEvent] = [.key(.char("/"))] + "lottery".map { .key(.char($0)) } + [.key(.enter)]
        let (loop, _) = makeLoop(keys)
        _ = loop.run()
        let state = loop.store.state
        #expect(state.search.query == "lottery")
        #expect(!state.search.editing)
        #expect(state.visibleItems.map { state.corpus.items[$0].id } == ["b"])
    }

    @Test func searchEditingKeys() {
        let keys: [InputEvent] = [.key(.char("/"))] + "sparse lottery".map { .key(.char($0)) } + [.key(.ctrl("w"))]
        let (loop, _) = makeLoop(keys)
        _ = loop.run()
        #expect(loop.store.state.search.query == "sparse ")
        _ = loop.dispatch(.keyPressed(.backspace))
        #expect(loop.store.state.search.query == "sparse")
        _ = loop.dispatch(.keyPressed(.ctrl("u")))
        #expect(loop.store.state.search.query.isEmpty)
        _ = loop.dispatch(.keyPressed(.char("x")))
        _ = loop.dispatch(.keyPressed(.escape))
        #expect(loop.store.state.search.query.isEmpty)
        #expect(!loop.store.state.search.editing)
    }

    @Test func helpOpensFiltersAndCloses() {
        let (loop, backend) = makeLoop([.key(.char("?")), .key(.char("/"))] + "search".map { .key(.char($0)) })
        _ = loop.run()
        #expect(loop.store.state.help?.filter == "search")
        #expect(loop.store.state.helpBindings.map(\.command).contains(.focusSearch))
        #expect(!loop.store.state.helpBindings.map(\.command).contains(.quit))
        #expect(backend.screen?.text.contains("Search as you type") == true)
        #expect(backend.screen?.text.contains("Go to the last entry") == false)
        _ = loop.dispatch(.keyPressed(.backspace))
        #expect(loop.store.state.help?.filter == "searc")
        _ = loop.dispatch(.keyPressed(.escape))
        #expect(loop.store.state.help?.filter == "")
        _ = loop.dispatch(.keyPressed(.escape))
        #expect(loop.store.state.help == nil)
        _ = loop.dispatch(.keyPressed(.char("?")))
        _ = loop.dispatch(.keyPressed(.down))
        _ = loop.dispatch(.keyPressed(.char("?")))
        #expect(loop.store.state.help == nil)
    }

    @Test func resizeRelaysOutAndTinySizesDoNotCrash() {
        let sizes = [Size(width: 60, height: 20), Size(width: 1, height: 1), Size(width: 30, height: 8), Size(width: 120, height: 40)]
        let (loop, backend) = makeLoop(sizes.map { .resize($0) })
        _ = loop.run()
        #expect(Array(backend.flushed.map(\.size).suffix(4)) == sizes)
        #expect(loop.store.state.size == Size(width: 120, height: 40))
    }

    @Test func signalEndsTheLoopWithItsNumber() {
        let (loop, _) = makeLoop([.key(.char("j")), .terminate(signal: 15)])
        #expect(loop.run() == .signal(15))
    }

    @Test func bookmarkEffectIsPerformedAndItsResultSent() {
        var performed: [Effect] = []
        let (loop, _) = makeLoop([.key(.enter), .key(.char("b"))]) { effect in
            performed.append(effect)
            if case .persistBookmarkChange(let change) = effect {
                var saved = Bookmarks()
                change.apply(to: &saved)
                return .actions([.bookmarks(.saved(saved))])
            }
            return .actions([])
        }
        _ = loop.run()
        // The first frame asks for the related-work index and the records of one work; then comes
        // the one bookmark change.
        #expect(performed.count == 3)
        #expect(Array(performed.prefix(2)) == [.buildSimilarityIndex(loop.store.state.corpus), .findSameWork(loop.store.state.corpus)])
        #expect(loop.store.state.bookmarks.contains("a"))
    }

    @Test func effectCanQuit() {
        // `y` asks first; the second `y` confirms the clipboard write.
        let (loop, _) = makeLoop([.key(.enter), .key(.char("y")), .key(.char("y"))]) { effect in
            effect == .copyToClipboard("Linear Transformers [a]") ? .quit : .actions([])
        }
        #expect(loop.run() == .quit)
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        let size = Size(width: 120, height: 40)
        let layout = PaneLayout(size: size)
        let secondSession = layout.sessions.y + 1 + PaneLayout.rowsPerSession
        let (loop, _) = makeLoop([.mouseClick(x: layout.sessions.x + 2, y: secondSession)], size: size)
        _ = loop.run()
        #expect(loop.store.state.selectedEntry == .session("s2"))
        _ = loop.dispatch(.mouseScrolled(x: layout.items.x + 2, y: layout.items.y + 2, lines: 1))
        #expect(loop.store.state.selectedItem?.id == "d")
        #expect(loop.store.state.focus == .sessions)
    }

    @Test func paneKeysMoveFocus() {
        let (loop, _) = makeLoop([.key(.tab), .key(.tab), .key(.backTab), .key(.char("h")), .key(.char("l"))])
        _ = loop.run()
        #expect(loop.store.state.focus == .items)
    }

    @Test func tickUpdatesTheClock() {
        let backend = InMemoryBackend(size: Size(width: 100, height: 30), script: [], whenExhausted: nil)
        let now = Timestamp(epochSeconds: 1_626_782_400, utcOffsetSeconds: 0)
        let loop = EventLoop(store: Store(state: State(corpus: sampleCorpus())), backend: backend, clock: { now }) { _ in .actions([]) }
        #expect(loop.run() == .endOfInput)
        #expect(loop.store.state.now == now)
    }

    @Test func whileNoKeyComesTheWatchIsPolledAndWhatItFindsIsReduced() {
        // Three quiet waits of 10 ms each, the tick 20 ms away: three polls, one tick.
        let backend = InMemoryBackend(size: Size(width: 100, height: 30), script: [], whenExhausted: nil)
        let now = Timestamp(epochSeconds: 1_626_782_400, utcOffsetSeconds: 0)
        var disk = Bookmarks()
        disk.entries["a"] = Bookmark(itemId: "a", title: "A", priority: .maybe, note: "from the shell")
        var polls = 0
        let loop = EventLoop(store: Store(state: State(corpus: sampleCorpus())), backend: backend, tickMilliseconds: 20, clock: { now },
                             perform: { _ in .actions([]) },
                             watch: (milliseconds: 10, poll: {
                                 polls += 1
                                 return polls == 1 ? [.bookmarksChangedOnDisk(disk)] : []
                             }))
        #expect(loop.run() == .endOfInput)
        #expect(polls == 3)
        #expect(loop.store.state.bookmarks == disk)
        #expect(loop.store.state.now == now)
    }

    @Test func theFirstFrameStartsTheIndexBuildAndTheBuiltIndexArrivesOnWake() {
        let inbox = ActionInbox()
        let size = Size(width: 120, height: 40)
        let backend = InMemoryBackend(size: size, script: [.key(.tab), .key(.char("r")), .wake, .key(.char("q"))])
        let store = Store(state: State(corpus: sampleCorpus(), size: size))
        var performed: [Effect] = []
        let loop = EventLoop(store: store, backend: backend, inbox: inbox) { effect in
            performed.append(effect)
            if case .buildSimilarityIndex(let corpus) = effect {
                // Built on another thread, as the program does; posted before the loop's next event.
                let done = DispatchSemaphore(value: 0)
                Thread {
                    inbox.post(.similarityIndexBuilt(SimilarityIndex(corpus: corpus)))
                    done.signal()
                }.start()
                done.wait()
            }
            return .actions([])
        }
        #expect(loop.run() == .quit)
        #expect(performed == [.buildSimilarityIndex(store.state.corpus), .findSameWork(store.state.corpus)])
        // The index was taken from the inbox with the first event (Tab), so `r` answered at once.
        #expect(loop.store.state.related?.waiting == false)
        #expect(loop.store.state.derived.similarity != nil)
        #expect(backend.screen?.text.contains("Related to: Linear Transformers") == true)
    }

    @Test func anIndexArrivingAfterROnWakeFillsTheWaitingPanel() {
        let inbox = ActionInbox()
        let size = Size(width: 120, height: 40)
        let corpus = sampleCorpus()
        let backend = InMemoryBackend(size: size, script: [.key(.tab), .key(.char("r"))], whenExhausted: nil)
        let loop = EventLoop(store: Store(state: State(corpus: corpus, size: size)), backend: backend, inbox: inbox) { _ in .actions([]) }
        // The script runs out, then the loop waits (timeouts): the index comes in later.
        _ = loop.run()
        #expect(loop.store.state.related?.waiting == true)
        #expect(backend.screen?.text.contains("Building the related-work index") == true)
        inbox.post(.similarityIndexBuilt(SimilarityIndex(corpus: corpus)))
        backend.script = [.wake, .key(.char("q"))]
        #expect(loop.run() == .quit)
        #expect(loop.store.state.related?.waiting == false)
        #expect(backend.screen?.text.contains("Building the related-work index") == false)
    }

    @Test func theInboxHandsOverActionsFromOtherThreadsAndWakesTheLoopForEach() {
        final class Count: @unchecked Sendable {
            let lock = NSLock()
            var value = 0
            func add() { lock.lock(); value += 1; lock.unlock() }
        }
        let wakes = Count()
        let inbox = ActionInbox(wake: { wakes.add() })
        DispatchQueue.concurrentPerform(iterations: 8) { i in inbox.post(.effectFinished(message: "\(i)")) }
        let taken = inbox.take()
        #expect(taken.count == 8)
        #expect(Set(taken.map { action -> String in
            if case .effectFinished(let m) = action { return m }
            return ""
        }) == Set((0..<8).map(String.init)))
        #expect(wakes.value == 8)
        #expect(inbox.take().isEmpty)
    }
}
