/// `x`: a small prompt in the status line. First the format (one key each: `m` Markdown, `i`
/// iCalendar, `b` BibTeX, `c` CSV, `j` JSON), then the path, offered with a default name that is
/// edited like the search bar; Enter writes. A file that exists is replaced only after a yes
/// (`ConfirmFeature.Question.overwriteExport`); the check and the write are the performer's.
public enum ExportFeature {
    public struct State: Equatable, Sendable {
        /// What is exported: the bookmarks, or the search results with their query.
        public var input: ExportInput
        /// The default file name without its extension (`lectern-bookmarks`, `lectern-search`).
        public var baseName: String
        public var step: Step

        public enum Step: Equatable, Sendable {
            case format
            /// The path being typed for this format.
            case path(ExportFormat, String)
        }

        public init(input: ExportInput, baseName: String, step: Step = .format) {
            self.input = input
            self.baseName = baseName
            self.step = step
        }

        /// What the status line asks.
        public var prompt: String {
            switch step {
            case .format:
                let what = input.query == nil ? "bookmarks" : "\(input.items.count) search result\(input.items.count == 1 ? "" : "s")"
                let keys = ExportFormat.allCases.map { "\($0.key) \($0.label)" }.joined(separator: ", ")
                return "Export \(what) as: \(keys) (Esc cancels)"
            case .path(let format, let path):
                return "Export \(format.label) to: \(path)\u{2581} (Enter writes, Esc cancels)"
            }
        }
    }

    public enum Action: Equatable, Sendable {
        case typed(Character)
        case deletedBackward
        case wordDeleted
        case cleared
        case accepted
        case cancelled
    }

    /// What an action leads to: the prompt stays open (`state` changed), or it closes with these
    /// effects and this message.
    public enum Outcome: Equatable, Sendable {
        case open
        case closed(effects: [Effect], status: String?)
    }

    /// The action for a key, read through the search bar's bindings (the path is typed like a query).
    public static func action(for command: Command?, key: Key) -> Action? {
        switch command {
        case .back?: return .cancelled
        case .acceptSearch? where key == .enter: return .accepted
        case .deleteBackward?: return .deletedBackward
        case .deleteWord?: return .wordDeleted
        case .clearText?, .killToStart?: return .cleared
        case nil: return key.typed.map(Action.typed)
        default: return nil
        }
    }

    public static func reduce(_ state: inout State, _ action: Action) -> Outcome {
        switch (state.step, action) {
        case (_, .cancelled):
            return .closed(effects: [], status: "Export cancelled")
        case (.format, .typed(let c)):
            guard let format = ExportFormat.allCases.first(where: { $0.key == c }) else { return .open }
            state.step = .path(format, state.baseName + "." + format.fileExtension)
            return .open
        case (.format, _):
            return .open
        case (.path(let format, let path), .typed(let c)):
            state.step = .path(format, path + String(c))
        case (.path(let format, let path), .deletedBackward):
            state.step = .path(format, String(path.dropLast()))
        case (.path(let format, let path), .wordDeleted):
            var p = path
            while p.last == "/" || p.last == " " { p.removeLast() }
            while let last = p.last, last != "/", last != " " { p.removeLast() }
            state.step = .path(format, p)
        case (.path(let format, _), .cleared):
            state.step = .path(format, "")
        case (.path(let format, let path), .accepted):
            let trimmed = path.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .open }
            return .closed(effects: [.export(format, state.input, path: trimmed, overwrite: false)], status: nil)
        }
        return .open
    }
}
