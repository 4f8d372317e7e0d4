import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Feeds each input to the frab schedule XML reader (and its own XML reader), with and without a --time-zone; whatever it imports must make a
/// corpus that encodes and decodes back to itself. Errors are fine; crashes, traps and sanitizer
/// reports are bugs.
@main
enum FuzzFrabXML {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let input = bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
            for zone in [nil, "Europe/Brussels"] {
                var builder = CorpusBuilder(options: ImportOptions(timeZone: zone))
                guard (try? FrabXMLReader.read(input, origin: SourceName("fuzz"), into: &builder)) != nil else { continue }
                let corpus = builder.build(sources: ["fuzz"])
                guard let data = try? corpus.jsonData() else { fatalError("an imported corpus does not encode") }
                guard let back = try? CorpusDecoder.decode(data, fileName: "fuzz.json"), back == corpus else {
                    fatalError("an imported corpus does not decode back to itself")
                }
                _ = FrabXMLReader.recognises(input.prefix(SourceImport.headLength))
            }
            return 0
        }
        exit(status)
    }
}
