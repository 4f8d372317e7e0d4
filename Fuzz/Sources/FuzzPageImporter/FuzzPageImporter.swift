import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Feeds each input to the page importer, then runs the terminal sanitizer over every string it
/// produced, as the screen would. Any crash, trap or sanitizer report is a bug.
@main
enum FuzzPageImporter {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
            guard let page = try? PageImporter.parse(data: data, fileName: "fuzz.txt") else { return 0 }
            var total = 0
            for session in page.sessions {
                total &+= FuzzSink.visit(session)
            }
            for item in page.items {
                total &+= FuzzSink.visit(item)
            }
            for warning in page.warnings {
                total &+= TerminalSafe.sanitize(warning).utf8.count
            }
            FuzzSink.keep(total)
            return 0
        }
        exit(status)
    }
}
