import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

extension Lectern {
    /// Answers `lectern --version` with the version and the bundled corpus's pages; ArgumentParser's
    /// own `version:` is a fixed string, and computing the corpus line for every run would slow startup.
    /// Errors are printed sanitised.
    static func main() {
        // A leading `--corpus` and text that starts with `-` are put in shape first (ArgumentOrder).
        let arguments = ArgumentOrder.normalise(Array(CommandLine.arguments.dropFirst()))
        if arguments == ["--version"] {
            print(LecternVersion.fullText())
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // ArgumentParser's own handling, except that an error message (which quotes the
            // arguments as given) passes through the sanitiser before it reaches the terminal.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((PlainText.safe(message) + "\n").utf8)) }
            Foundation.exit(code.rawValue)
        }
    }
}
