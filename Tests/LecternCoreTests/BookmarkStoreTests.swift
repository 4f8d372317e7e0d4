import Foundation
import Glibc
import Testing
@testable import LecternCore
import LecternStorage

@Suite struct BookmarkStoreTests {
    /// A fresh temp folder per test.
    func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "lectern-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        _ = stat(path, &st)
        return st.st_mode & 0o777
    }

    func bookmark(_ id: String) -> Bookmark { Bookmark(itemId: id, title: "Title of \(id)") }

    @Test func firstWriteCreatesPrivateVersionedFile() throws {
        let dir = try tempDir()
        let store = BookmarkStore(url: BookmarkStore.defaultURL(environment: ["XDG_DATA_HOME": dir + "/data"]))
        #expect(store.url.path == dir + "/data/lectern/bookmarks.json")
        #expect(try store.load().0.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.url.path), "loading must not create the file")
        let saved = try store.apply(.add(bookmark("a")))
        #expect(saved.contains("a"))
        #expect(mode(store.url.path) == 0o600)
        #expect(mode(dir + "/data/lectern") == 0o700)
        #expect(mode(dir + "/data") == 0o700)
        let text = try String(contentsOfFile: store.url.path, encoding: .utf8)
        #expect(text.contains("\"version\" : 1"))
        #expect(text.contains("\"title\" : \"Title of a\""))
        #expect(text.hasSuffix("}\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/data/lectern").sorted()
        #expect(names == ["bookmarks.json", "bookmarks.json.lock"], "no temp files are left behind")
    }

    @Test func homeFallback() {
        let url = BookmarkStore.defaultURL(environment: ["HOME": "/home/someone"])
        #expect(url.path == "/home/someone/.local/share/lectern/bookmarks.json")
    }

    @Test func changesMergeWithWhatAnotherProcessWrote() throws {
        let url = URL(fileURLWithPath: try tempDir() + "/lectern/bookmarks.json")
        let one = BookmarkStore(url: url), two = BookmarkStore(url: url)
        _ = try one.apply(.add(bookmark("a")))
        _ = try two.apply(.add(bookmark("b")))
        let merged = try one.apply(.setNote("a", title: "A", note: "hello"))
        #expect(Set(merged.entries.keys) == ["a", "b"])
        #expect(merged["a"]?.note == "hello")
        #expect(try BookmarkStore(url: url).load().0 == merged)
    }

    @Test(arguments: [
        Data("{\"version\": 1, \"entries\": {\"a\": {\"itemId\": \"a\", \"title\": \"T\", \"prio".utf8),
        Data([0xFF, 0xFE, 0x00, 0x7B, 0x22]),
        Data("{\"version\": 2, \"entries\": {}}".utf8),
        Data("{\"version\": 1, \"entries\": {\"a\": {\"itemId\": \"a\", \"title\": 3, \"priority\": \"maybe\"}}}".utf8),
        Data("[]".utf8),
    ])
    func corruptFileIsMovedAsideByteForByte(bytes: Data) throws {
        let dir = try tempDir() + "/lectern"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/bookmarks.json"
        try bytes.write(to: URL(fileURLWithPath: path))
        let store = BookmarkStore(url: URL(fileURLWithPath: path))
        let (loaded, warning) = try store.load()
        #expect(loaded.isEmpty)
        let message = try #require(warning)
        #expect(message.contains("could not be read"))
        #expect(message.contains("bookmarks.json.corrupt-"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("bookmarks.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + aside[0])) == bytes)
        // lectern goes on: the next change writes a fresh file and the moved file stays.
        _ = try store.apply(.add(bookmark("x")))
        #expect(try store.load().0.contains("x"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + aside[0])) == bytes)
    }

    @Test func applyNeverOverwritesAnUnreadableFile() throws {
        let dir = try tempDir()
        let path = dir + "/bookmarks.json"
        let bytes = Data("not json at all".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let store = BookmarkStore(url: URL(fileURLWithPath: path))
        let (saved, warning) = try store.update([.add(bookmark("y"))])
        #expect(saved.entries.keys.sorted() == ["y"])
        #expect(warning != nil)
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + aside[0])) == bytes)
    }

    /// A "folder" that is a regular file fails like a read-only one, even for root (ENOTDIR).
    @Test func unwritableFolderGivesAClearErrorAndTheChangeIsRetried() throws {
        let dir = try tempDir()
        let blocker = dir + "/data"
        try Data("i am a file".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = BookmarkStore(url: URL(fileURLWithPath: blocker + "/lectern/bookmarks.json"))
        #expect(try store.load().0.isEmpty)
        do {
            _ = try store.apply(.add(bookmark("a")))
            Issue.record("the write should have failed")
        } catch let error as StorageError {
            #expect(error.isNotWritable)
            #expect(error.description.hasPrefix("cannot "))
            #expect(error.description.contains(blocker))
        }
        #expect(store.pendingChanges == [.add(bookmark("a"))])
        // The in-memory state stays: the reducer keeps the bookmark when the save fails.
        var state = State(corpus: ExportFixture.corpus())
        _ = state.toggleBookmark("tricky-title")
        _ = reduce(&state, .bookmarks(.saveFailed(StorageError(path: blocker, operation: "write", code: ENOTDIR).description)))
        #expect(state.bookmarks.contains("tricky-title"))
        #expect(state.status?.contains("cannot write") == true)
        // Once the folder is writable again the next change also writes the one that failed.
        try FileManager.default.removeItem(atPath: blocker)
        let saved = try store.apply(.add(bookmark("b")))
        #expect(saved.entries.keys.sorted() == ["a", "b"])
        #expect(store.pendingChanges.isEmpty)
    }

    @Test func readOnlyFolderWhenNotRoot() throws {
        let dir = try tempDir() + "/lectern"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store = BookmarkStore(url: URL(fileURLWithPath: dir + "/bookmarks.json"))
        _ = try store.apply(.add(bookmark("a")))
        chmod(dir, 0o500)
        defer { chmod(dir, 0o700) }
        guard geteuid() != 0 else {
            // root ignores folder permissions; the ENOTDIR test above covers the failure path.
            return
        }
        #expect(throws: StorageError.self) { try store.apply(.add(bookmark("b"))) }
        #expect(try store.load().0.entries.keys.sorted() == ["a"])
    }

    @Test func leftoverTempFilesFromAKilledWriterAreRemoved() throws {
        let dir = try tempDir()
        let path = dir + "/bookmarks.json"
        try Data("{\"version\"".utf8).write(to: URL(fileURLWithPath: path + ".tmp-99999-abc"))
        _ = try BookmarkStore(url: URL(fileURLWithPath: path)).apply(.add(bookmark("a")))
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp-99999-abc"))
    }

    @Test func aSymlinkedBookmarkFileStaysALinkAndItsTargetIsUpdated() throws {
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/dotfiles", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/data/lectern", withIntermediateDirectories: true)
        let real = dir + "/dotfiles/bookmarks.json", link = dir + "/data/lectern/bookmarks.json"
        #expect(symlink(real, link) == 0)
        let store = BookmarkStore(url: URL(fileURLWithPath: link))
        _ = try store.apply(.add(bookmark("a")))
        _ = try store.apply(.add(bookmark("b")))
        var st = stat()
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK, "the link survives every write")
        let decoded = try BookmarkStore.decode(try Data(contentsOf: URL(fileURLWithPath: real))).get()
        #expect(decoded.entries.keys.sorted() == ["a", "b"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/dotfiles") == ["bookmarks.json"])
        #expect(try BookmarkStore(url: URL(fileURLWithPath: link)).load().0 == decoded)
    }

    @Test func aCorruptFileBehindALinkIsMovedAsideBesideItsTargetAndTheLinkKept() throws {
        let dir = try tempDir()
        let real = dir + "/real.json", link = dir + "/bookmarks.json"
        try Data("{broken".utf8).write(to: URL(fileURLWithPath: real))
        #expect(symlink("real.json", link) == 0)
        let store = BookmarkStore(url: URL(fileURLWithPath: link))
        let (loaded, warning) = try store.load()
        #expect(loaded.isEmpty)
        #expect(warning?.contains(dir + "/real.json.corrupt-") == true)
        _ = try store.apply(.add(bookmark("a")))
        var st = stat()
        #expect(lstat(link, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK)
        #expect(try BookmarkStore.decode(try Data(contentsOf: URL(fileURLWithPath: real))).get().contains("a"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("real.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + aside[0])) == Data("{broken".utf8))
    }

    @Test func changesMergeAsDocumented() {
        var b = Bookmarks()
        BookmarkChange.add(bookmark("a")).apply(to: &b, stamp: "2021-01-01T00:00:00+00:00")
        #expect(b["a"]?.updated == "2021-01-01T00:00:00+00:00")
        BookmarkChange.setPriority("a", .maybe).apply(to: &b)
        BookmarkChange.add(bookmark("a")).apply(to: &b)
        #expect(b["a"]?.priority == .maybe, "adding again keeps the existing bookmark")
        BookmarkChange.toggle(bookmark("a")).apply(to: &b)
        #expect(!b.contains("a"))
        BookmarkChange.setNote("n", title: "N", note: "a note").apply(to: &b)
        #expect(b["n"]?.priority == .maybe)
        #expect(b["n"]?.note == "a note")
        BookmarkChange.setNote("n", title: "N", note: "").apply(to: &b)
        #expect(b["n"]?.note == nil)
        #expect(b.contains("n"), "clearing a note keeps the bookmark")
        BookmarkChange.setNote("other", title: "O", note: "  ").apply(to: &b)
        #expect(!b.contains("other"), "a blank note does not create a bookmark")
        #expect(Bookmark.Priority.mustSee.next == .maybe)
        #expect(Bookmark.Priority.maybe.next == .mustSee)
    }

    @Test func orderIsTalksByTimeThenPapersThenMissing() {
        let corpus = ExportFixture.corpus()
        let b = ExportFixture.bookmarks()
        let ids = b.orderedIndices(in: corpus).map { corpus.items[$0].id }
        #expect(ids == ["poolingformer-long-document-modeling-with-pooling-attention", "tricky-title", "a-paper-with-latex"])
        #expect(b.orderedIndices(in: corpus, index: SearchIndex(corpus: corpus)).map { corpus.items[$0].id } == ids)
        #expect(b.missing(from: corpus).map(\.itemId) == ["gone-from-corpus"])
    }

    @Test func closestIdsAreSuggested() {
        let ids = ExportFixture.corpus().items.map(\.id)
        #expect(ItemIdSuggester.suggestions(for: "poolingformer", among: ids) == ["poolingformer-long-document-modeling-with-pooling-attention"])
        #expect(ItemIdSuggester.suggestions(for: "tricky-titel", among: ids) == ["tricky-title"])
        #expect(ItemIdSuggester.suggestions(for: "zzzzzzzz", among: ids).isEmpty)
    }
}

extension BookmarkStoreTests {
    /// A corrupt file that cannot be moved aside is left alone, and writes refuse to overwrite it.
    @Test func corruptFileThatCannotBeMovedIsNeverOverwritten() throws {
        let dir = try tempDir()
        let path = dir + "/bookmarks.json"
        let bytes = Data("{ broken".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        // The lock file is a folder, so the store can neither lock nor move the file aside.
        try FileManager.default.createDirectory(atPath: path + ".lock", withIntermediateDirectories: true)
        let store = BookmarkStore(url: URL(fileURLWithPath: path))
        let (loaded, warning) = try store.load()
        #expect(loaded.isEmpty)
        #expect(warning?.contains("will not save") == true)
        #expect(throws: StorageError.self) { try store.apply(.add(bookmark("a"))) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }
}
