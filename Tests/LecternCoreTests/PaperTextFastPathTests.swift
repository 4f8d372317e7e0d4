import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// The paper readers' byte scans agree with the scalar loops they replace.
@Suite struct PaperTextFastPathTests {
    @Test func squashingByBytesAgreesWithSquashingByScalars() {
        var rng = SeededGenerator(seed: 0x5A5)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in TextFastPathTests.pieces.randomElement(using: &rng)! }.joined()
                + ["", "\u{0}", "\u{1680}", "\u{205F}", "\u{202F}", "\u{2009}", "\u{200B}", "\u{E000}", "\u{10FFFF}"].randomElement(using: &rng)!
            #expect(PaperCommon.squash(text) == PaperCommon.squashByScalars(text), "seed \(rng.seed): \(text.debugDescription)")
        }
    }
}
