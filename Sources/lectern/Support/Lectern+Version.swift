import ArgumentParser
import Foundation

extension Lectern {
    /// Answers `lectern --version` with the version and the bundled corpus's pages; ArgumentParser's
    /// own `version:` is a fixed string, and computing the corpus line for every run would slow startup.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            print(LecternVersion.fullText())
            return
        }
        main(nil)
    }
}
