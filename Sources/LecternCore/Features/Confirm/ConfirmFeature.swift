/// A yes/no question in the status line, such as whether to write to the clipboard (OSC 52 reaches
/// outside the terminal). `y` or Enter answers yes; any other key answers no.
public enum ConfirmFeature {
    /// What is asked, with what a yes does.
    public enum Question: Equatable, Sendable {
        /// Copy this text to the clipboard through the terminal?
        case copy(String)
        /// Quit although this many bookmark changes could not be saved?
        case quitUnsaved(Int)
        /// Replace the file at `path` with this export?
        case overwriteExport(ExportFormat, ExportInput, path: String)
        /// Add these bookmarks from the shared plan of this person (`P`)? A yes is the bookmarks' to do.
        case mergePlan(String, [Bookmark])

        /// The status line's text while the question waits.
        public var prompt: String {
            switch self {
            case .copy(let text): return "Copy \u{201C}\(text)\u{201D} to the clipboard (via the terminal)? y/n"
            case .quitUnsaved(let count):
                return "\(count) bookmark change\(count == 1 ? " is" : "s are") not saved (the file could not be written). Quit anyway? y/n"
            case .overwriteExport(_, _, let path):
                return "\(path) exists. Replace it? y/n"
            case .mergePlan(let owner, let additions):
                return "Add \(additions.count == 1 ? "1 item" : "\(additions.count) items") from \(PlanFacts.possessive(owner)) plan? y/n"
            }
        }
    }

    public enum Action: Equatable, Sendable {
        case answered(yes: Bool)
    }

    /// The effects of the answer, and the status line's message after it.
    public static func reduce(_ question: Question, _ action: Action) -> (effects: [Effect], status: String?) {
        switch (question, action) {
        case (.copy(let text), .answered(let yes)):
            return yes ? ([.copyToClipboard(text)], nil) : ([], "Not copied")
        case (.quitUnsaved, .answered(let yes)):
            return yes ? ([.quit], nil) : ([], "Not quitting: the changes are retried with the next one")
        case (.overwriteExport(let format, let input, let path), .answered(let yes)):
            return yes ? ([.export(format, input, path: path, overwrite: true)], nil) : ([], "Not exported: \(path) is left as it was")
        case (.mergePlan(let owner, _), .answered(let yes)):
            // A yes is done by the bookmarks (`BookmarksFeature.Action.planMerged`), so that `u` undoes it.
            return yes ? ([], nil) : ([], "Not merged: your bookmarks are as they were (\(PlanFacts.possessive(owner)) plan is kept)")
        }
    }
}
