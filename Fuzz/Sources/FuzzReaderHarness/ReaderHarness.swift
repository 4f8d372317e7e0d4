import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// What the running fuzzer does with one input (libFuzzer's callback is a C function and captures
/// nothing); set once, before the driver starts.
nonisolated(unsafe) private var check: ([UInt8]) -> Void = { _ in }

/// Runs libFuzzer on one reader: each input is read with each of `options`; whatever it imports
/// must make a corpus that encodes and decodes back to itself. Errors are fine; crashes, traps and
/// sanitizer reports are bugs.
public func fuzzReader<Reader: SourceReader>(_ reader: Reader.Type, options: [ImportOptions]) -> Never {
    check = { input in
        for option in options {
            var builder = CorpusBuilder(options: option)
            guard (try? Reader.read(input, origin: SourceName("fuzz"), into: &builder)) != nil else { continue }
            let corpus = builder.build(sources: ["fuzz"])
            guard let data = try? corpus.jsonData() else { fatalError("an imported corpus does not encode") }
            guard let back = try? CorpusDecoder.decode(data, fileName: "fuzz.json"), back == corpus else {
                fatalError("an imported corpus does not decode back to itself")
            }
            _ = Reader.recognises(input.prefix(SourceImport.headLength))
        }
    }
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        check(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
    exit(status)
}
