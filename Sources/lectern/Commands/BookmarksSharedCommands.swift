import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern bookmarks import FILE|- [--name NAME]`: keeps another person's plan beside yours.
struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import another person's plan (a lectern JSON export or an iCalendar file).",
        discussion: """
        The plan is kept beside your bookmarks, not merged into them: `lectern bookmarks` and the explorer say \
        which of your talks are also in it, `is:shared` finds its items, and `lectern bookmarks merge NAME` adds \
        them to yours. Calendar events are matched to the library by start time and title. Importing a plan of \
        the same name again replaces it.
        """)

    @Argument(help: "The plan: a file, or - for standard input.") var file: String
    @Option(help: "Whose plan it is (default: the file name before its first dot).") var name: String?
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            bytes = [UInt8](try CorpusOptions.read(file))
        }
        let owner = name ?? (file == "-" ? "shared" : String((file as NSString).lastPathComponent.split(separator: ".").first ?? "shared"))
        guard !owner.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--name must not be empty") }
        let corpus = try corpusOptions.load()
        let plan: SharedPlan
        do {
            plan = try SharedPlanReader.read(bytes, file: file, name: owner, corpus: corpus)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.dataError
        }
        do {
            try SharedPlans(folder: SharedPlans.defaultFolder()).save(plan)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.ioError
        }
        let (_, mine) = try BookmarksCommand.openStore()
        let both = plan.entries.filter { mine.contains($0.id) }.count
        var text = "\(PlanFacts.possessive(owner)) plan: \(plan.entries.count) item\(plan.entries.count == 1 ? "" : "s"), \(both) also in yours"
        if !plan.unmatched.isEmpty { text += "; \(plan.unmatched.count) not in the library" }
        print(TerminalSafe.sanitize(text))
        for title in plan.unmatched.prefix(10) { Diagnostics.warning(TerminalSafe.sanitize("not in the library: \(title)")) }
    }
}

/// `lectern bookmarks merge NAME`: the one explicit step that adds a shared plan to yours.
struct BookmarksMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Add the items of an imported plan to your bookmarks.",
        discussion: "Your own bookmarks, priorities and notes are kept as they are; only items you have not bookmarked are added, with their priority.")

    @Argument(help: "The plan's name, as `lectern bookmarks import` saved it.") var name: String

    func run() throws {
        let plans = SharedPlansOnDisk.load()
        guard let plan = plans.plans.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let known = plans.plans.map(\.name)
            Diagnostics.error(TerminalSafe.sanitize("no shared plan named \(name)" + (known.isEmpty ? " (none is imported)" : "; imported: " + known.joined(separator: ", "))))
            throw ExitCode.noInput
        }
        let (store, mine) = try BookmarksCommand.openStore()
        let new = plan.additions(to: mine)
        let changes = new.map(BookmarkChange.add)
        if !changes.isEmpty {
            let (_, warning) = try BookmarksCommand.update(store, changes)
            if let warning { Diagnostics.warning(warning) }
        }
        print(TerminalSafe.sanitize("Added \(new.count) of \(PlanFacts.possessive(plan.name)) \(plan.entries.count) bookmarks to yours (\(plan.entries.count - new.count) were already yours)"))
    }
}

/// The shared plans as the commands read them: warnings printed, names by item.
struct SharedPlansOnDisk {
    var plans: [SharedPlan]
    /// The names of the plans each item is in.
    private(set) var owners: [String: [String]] = [:]

    init(plans: [SharedPlan]) {
        self.plans = plans
        for plan in plans {
            for id in plan.ids { owners[id, default: []].append(plan.name) }
        }
    }

    static func load() -> SharedPlansOnDisk {
        let (plans, warnings) = SharedPlans(folder: SharedPlans.defaultFolder()).load()
        for warning in warnings { Diagnostics.warning(TerminalSafe.sanitize(warning)) }
        return SharedPlansOnDisk(plans: plans)
    }

    /// Every item id in some plan.
    var ids: Set<String> { Set(owners.keys) }
}
