import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Feeds each input to the corpus decoder, in one pass and in parallel parts (which must agree); a
/// decoded corpus is also indexed and turned into a state, as `lectern --corpus` would. Errors are fine; crashes, traps and sanitizer reports are bugs.
@main
enum FuzzCorpusDecoder {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
            guard let corpus = try? CorpusDecoder.decode(data, fileName: "fuzz.json", itemParts: 1) else { return 0 }
            // Items read in parallel parts from guessed boundaries must come out exactly the same.
            for parts in [2, 3, 7] where (try? CorpusDecoder.decode(data, fileName: "fuzz.json", itemParts: parts)) != corpus {
                fatalError("items read in \(parts) parts differ from one pass")
            }
            let state = State(corpus: corpus)
            var total = state.sessionEntries.count &+ state.visibleItems.count
            for item in corpus.items {
                total &+= TerminalSafe.sanitize(item.title).utf8.count
                total &+= TerminalSafe.sanitizeMultiline(item.abstract).utf8.count
            }
            if total == -1 { exit(1) }
            return 0
        }
        exit(status)
    }
}
