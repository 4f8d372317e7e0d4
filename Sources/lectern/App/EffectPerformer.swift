import Foundation
import LecternCore
import LecternStorage
import LecternTerminal

/// Performs the reducer's effects for the explorer: files, the editor, the clipboard, links, and
/// the related-work index, which is built on another thread and posted to the loop's inbox.
final class EffectPerformer {
    private let backend: TerminalBackend
    private let bookmarkStore: BookmarkStore
    private let seenStore: SeenStore?
    private let inbox: ActionInbox
    private let watcher: BookmarkWatcher?

    init(backend: TerminalBackend, bookmarkStore: BookmarkStore, seenStore: SeenStore? = nil, inbox: ActionInbox, watcher: BookmarkWatcher? = nil) {
        self.backend = backend
        self.bookmarkStore = bookmarkStore
        self.seenStore = seenStore
        self.inbox = inbox
        self.watcher = watcher
    }

    func perform(_ effect: Effect) -> EffectOutcome {
        switch effect {
        case .quit:
            return .quit
        case .persistBookmarkChange(let change):
            do {
                let (bookmarks, warning) = try bookmarkStore.update([change])
                watcher?.noteOwnWrite()
                var actions: [Action] = [.bookmarks(.saved(bookmarks))]
                if let warning { actions.append(.effectFailed(message: warning)) }
                return .actions(actions)
            } catch {
                return .actions([.bookmarks(.saveFailed("Could not save bookmarks: \(error)"))])
            }
        case .persistSeenChange(let change):
            guard let seenStore else { return .actions([]) }
            do {
                let (seen, warning) = try seenStore.update([change])
                var actions: [Action] = [.seen(.saved(seen))]
                if let warning { actions.append(.effectFailed(message: warning)) }
                return .actions(actions)
            } catch {
                return .actions([.seen(.saveFailed("Could not save what is seen: \(error)"))])
            }
        case .editNote(let itemId, let current):
            return .actions([editNote(itemId: itemId, current: current)])
        case .openURL(let url):
            if Subprocess.isInPath("xdg-open") {
                let status = Subprocess.run(["/bin/sh", "-c", "xdg-open \"$1\" >/dev/null 2>&1 &", "sh", url], quiet: true)
                if status == 0 { return .actions([.effectFinished(message: "Opening \(TerminalSafe.sanitize(url))")]) }
            }
            return .actions([copy(url, what: "link")])
        case .copyToClipboard(let text):
            return .actions([copy(text, what: "")])
        case .export(let format, let input, let path, let overwrite):
            switch ExportRunner.write(format, input, path: path, overwrite: overwrite) {
            case .done(let message): return .actions([.effectFinished(message: message)])
            case .exists: return .actions([.exportWouldOverwrite(format, input, path: path)])
            }
        case .buildSimilarityIndex(let corpus):
            let inbox = self.inbox
            DispatchQueue.global(qos: .userInitiated).async {
                inbox.post(.similarityIndexBuilt(SimilarityIndex(corpus: corpus)))
            }
            return .actions([])
        case .findSameWork(let corpus):
            let inbox = self.inbox
            DispatchQueue.global(qos: .userInitiated).async {
                inbox.post(.sameWorkFound(SameWork(corpus), itemCount: corpus.items.count))
            }
            return .actions([])
        }
    }

    /// Sends `text` to the terminal's clipboard with OSC 52 (base64, so nothing in it reaches the
    /// terminal raw), sanitised first: what is pasted later holds no control character (an
    /// `ESC [201~` would end a shell's bracketed paste and run the rest), no bidirectional override,
    /// and no line end (folded to a space, so a paste never presses Enter).
    private func copy(_ untrusted: String, what: String) -> Action {
        let text = TerminalSafe.sanitize(untrusted)
        let sequence = "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
        let bytes = Array(sequence.utf8)
        let written = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        guard written == bytes.count else { return .effectFailed(message: "Could not copy to the clipboard") }
        let label = what.isEmpty ? "" : " \(what)"
        return .effectFinished(message: "Copied\(label) to the clipboard: \(text)")
    }

    /// Opens `$EDITOR` (default `vi`) on a private temporary file holding the note.
    private func editNote(itemId: String, current: String) -> Action {
        let dir = NSTemporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("lectern-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md")
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .effectFailed(message: "Could not create a temporary file for the note") }
        defer { unlink(path) }
        let initial = current.isEmpty ? "" : current + "\n"
        let bytes = Array(initial.utf8)
        let written = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .effectFailed(message: "Could not write the note to a temporary file") }

        let editor = ProcessInfo.processInfo.environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        backend.suspend()
        let status = Subprocess.run(["/bin/sh", "-c", "\(editor) \"$1\"", "sh", path])
        backend.resume()
        guard let status else { return .effectFailed(message: "Could not start the editor (\(editor))") }
        guard status == 0 else { return .effectFailed(message: "The editor exited with status \(status); note unchanged") }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .effectFailed(message: "Could not read the edited note")
        }
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return .noteEdited(itemId, note.isEmpty ? nil : note)
    }
}
