import ArgumentParser
import Foundation
import LecternCore

/// `lectern keys`: prints the default key bindings from `KeyMap.defaults`, as text, mdoc (for the man
/// page) or Markdown (for the README), so that no documentation of the keys can drift from the code.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the default key bindings.",
        shouldDisplay: false
    )

    @Flag(help: "Print an mdoc list for the man page.")
    var mdoc = false

    @Flag(help: "Print a Markdown table for the README.")
    var markdown = false

    func validate() throws {
        if mdoc && markdown {
            throw ValidationError("choose one of --mdoc and --markdown")
        }
    }

    func run() throws {
        let bindings = KeyMap.defaults.bindings
        if mdoc {
            print(KeysCommand.mdocList(bindings), terminator: "")
        } else if markdown {
            print(KeysCommand.markdownTable(bindings), terminator: "")
        } else {
            print(KeysCommand.textTable(bindings), terminator: "")
        }
    }

    /// Contexts in a fixed order, for the "where" column.
    static func contexts(_ binding: Binding) -> String {
        KeyContext.allCases.filter { binding.contexts.contains($0) }.map(\.rawValue).joined(separator: ", ")
    }

    /// `.Bl -tag` list: one `.It` per command with its keys, then help text and config name.
    static func mdocList(_ bindings: [Binding]) -> String {
        var out = ".Bl -tag -width Ds\n"
        for binding in bindings {
            let keys = binding.keys.map { "Cm \(mdocEscape($0.name))" }.joined(separator: " , ")
            out += ".It \(keys)\n"
            out += "\(mdocText(binding.help)).\n"
            out += "Command\n.Ql \(binding.command.rawValue) ;\n"
            out += "in \(contexts(binding)).\n"
        }
        out += ".El\n"
        return out
    }

    static func markdownTable(_ bindings: [Binding]) -> String {
        var out = "| Keys | Action | Command (config) | Where |\n|---|---|---|---|\n"
        for binding in bindings {
            let keys = binding.keys.map { "`\($0.name == "|" ? "\\|" : $0.name)`" }.joined(separator: " ")
            out += "| \(keys) | \(binding.help) | `\(binding.command.rawValue)` | \(contexts(binding)) |\n"
        }
        return out
    }

    static func textTable(_ bindings: [Binding]) -> String {
        let keyColumn = bindings.map { $0.keys.map(\.name).joined(separator: " ") }
        let width = (keyColumn.map(\.count).max() ?? 0) + 2
        var out = ""
        for (binding, keys) in zip(bindings, keyColumn) {
            out += keys.padding(toLength: width, withPad: " ", startingAt: 0)
            out += "\(binding.help)  [\(binding.command.rawValue)]\n"
        }
        return out
    }

    /// Escapes a key name for an mdoc macro line: backslashes, and words mdoc would read as macros
    /// or delimiters.
    static func mdocEscape(_ word: String) -> String {
        let escaped = word.replacingOccurrences(of: "\\", with: "\\e")
        if escaped.count == 1, let c = escaped.first, "?.,;:()[]!|".contains(c) {
            return "\\&" + escaped
        }
        return escaped
    }

    /// Help text on a text line: escape backslashes, keep a leading dot or quote from being a request.
    static func mdocText(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        if let first = escaped.first, first == "." || first == "'" {
            return "\\&" + escaped
        }
        return escaped
    }
}
