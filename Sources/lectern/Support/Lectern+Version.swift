import ArgumentParser
import Foundation
import LecternStorage

extension Lectern {
    /// Answers `lectern --version` with the version and the bundled corpus's pages; ArgumentParser's
    /// own `version:` is a fixed string, and computing the corpus line for every run would slow startup.
    static func main() {
        // Zone abbreviations (CEST, PDT) come from the system's tz database, read at the edge.
        SystemZoneDatabase.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            print(LecternVersion.fullText())
            return
        }
        main(nil)
    }
}
