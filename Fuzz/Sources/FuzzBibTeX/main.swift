import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Feeds each input to the BibTeX reader; whatever it imports must make a
/// corpus that encodes and decodes back to itself. Errors are fine; crashes, traps and sanitizer
/// reports are bugs.
@main
enum FuzzBibTeX {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let input = bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
            do {
                var builder = CorpusBuilder(options: ImportOptions())
                guard (try? BibTeXReader.read(input, origin: SourceName("fuzz"), into: &builder)) != nil else { return 0 }
                let corpus = builder.build(sources: ["fuzz"])
                guard let data = try? corpus.jsonData() else { fatalError("an imported corpus does not encode") }
                guard let back = try? CorpusDecoder.decode(data, fileName: "fuzz.json"), back == corpus else {
                    fatalError("an imported corpus does not decode back to itself")
                }
                _ = BibTeXReader.recognises(input.prefix(SourceImport.headLength))
            }
            return 0
        }
        exit(status)
    }
}
