import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn conference schedules, session pages and listings into a corpus JSON file.",
        discussion: """
        Reads frab/Pentabarf schedule XML, frab schedule JSON (nested or schedule2), iCalendar feeds, \
        ICML session pages (with or without Oral/Spotlight/Q&A labels) and trending-paper listings; \
        the format is detected from the content, and "-" reads standard input. A file in no supported \
        format is refused (exit 65); a record that cannot be read is skipped with its place, the rest \
        imported. Writes the corpus JSON to stdout, or atomically to \
        --output. Warnings go to stderr. Exit 65 when a page cannot be read, 66 when a page is missing, \
        74 when the output cannot be written; on error no output file is written.
        """
    )

    @Argument(help: "Source files (\"-\" for standard input), in import order (ids that collide get -2, -3 in this order).")
    var pages: [String]

    @Option(name: .shortAndLong, help: "Write the corpus here (atomically) instead of stdout.")
    var output: String?

    @Option(help: "The year of the dates on session pages, which print only weekday, day and month.")
    var year: Int = 2021

    @Option(name: .customLong("time-zone"), help: "The IANA zone of a schedule that names none, e.g. Europe/Brussels (else UTC, with a warning).")
    var timeZone: String?

    func validate() throws {
        if pages.isEmpty { throw ValidationError("give at least one page to import") }
        if !(1...9999).contains(year) { throw ValidationError("--year must be between 1 and 9999, not \(year)") }
        if let timeZone, !ZoneClock.isKnown(timeZone) {
            throw ValidationError("--time-zone must be an IANA zone such as Europe/Brussels, not \"\(TerminalSafe.sanitize(timeZone))\"")
        }
        if pages.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        var inputs: [(name: String, bytes: [UInt8])] = []
        for path in pages {
            if path == "-" {
                inputs.append(("-", [UInt8](FileHandle.standardInput.readDataToEndOfFile())))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                    Diagnostics.error("\(path): cannot read the page\(isDir.boolValue ? " (it is a folder)" : "")")
                } else {
                    Diagnostics.error("\(path): no such file")
                }
                throw ExitCode.noInput
            }
            inputs.append((URL(fileURLWithPath: path).lastPathComponent, [UInt8](data)))
        }
        let result: (corpus: Corpus, messages: [ImportMessage])
        do {
            result = try SourceImport.importSources(inputs, options: ImportOptions(year: year, timeZone: timeZone))
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.dataError
        }
        for message in result.messages { Diagnostics.warning(message.description) }
        let json: Data
        do {
            json = try result.corpus.jsonData()
        } catch {
            Diagnostics.error("cannot encode the corpus: \(error)")
            throw ExitCode.software
        }
        if let output {
            do {
                try AtomicFile.write(json, to: output)
            } catch {
                Diagnostics.error("\(error)")
                throw ExitCode.ioError
            }
        } else {
            FileHandle.standardOutput.write(json)
        }
    }
}
