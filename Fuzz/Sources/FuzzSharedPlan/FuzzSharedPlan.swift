import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Feeds each input to the shared-plan reader (`lectern bookmarks import`): a lectern JSON export
/// or an iCalendar file, matched against the bundled corpus. Errors are fine; crashes, traps and
/// sanitizer reports are bugs, and so is an entry that is not an item of the corpus.
@main
enum FuzzSharedPlan {
    static let corpus = (try? CorpusDecoder.decode(Corpus.bundledData())) ?? Corpus()
    static let ids = Set(corpus.items.map(\.id))

    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let input = bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
            guard let plan = try? SharedPlanReader.read(input, file: "fuzz", name: "fuzz", corpus: FuzzSharedPlan.corpus) else { return 0 }
            for entry in plan.entries where !FuzzSharedPlan.ids.contains(entry.id) {
                fatalError("a plan entry is not in the corpus: \(entry.id)")
            }
            return 0
        }
        exit(status)
    }
}
