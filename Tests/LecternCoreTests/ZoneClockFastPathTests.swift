import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Schedule times read from the bytes agree with the reading by characters.
@Suite struct ZoneClockFastPathTests {
    @Test func isoTimesReadByBytesAgreeWithReadingByCharacters() {
        var rng = SeededGenerator(seed: 0x1509)
        let pieces = ["2019-12-27", "2024-02-29", "2023-02-29", "1999-13-01", "T", " ", "11:00", "11:00:00", "23:59:60", "24:00", "9:30",
                      ":", "+01:00", "-0530", "+02", "Z", "z", ".123", ".", "x", "-", "+", "\t", "\u{A0}", "é", "\r", "\n", "0", "12"]
        for _ in 0..<30_000 {
            let random = (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let shaped = [["2019-12-27", "2024-02-29", "2023-02-29"].randomElement(using: &rng)!, ["T", " ", "t"].randomElement(using: &rng)!,
                          ["11:00", "11:00:00", "23:59:59", "7:05", "11:60"].randomElement(using: &rng)!, ["", ".5", ".123", ".x"].randomElement(using: &rng)!,
                          ["", "Z", "+01:00", "-0530", "+02", "+1:00", "+25:00", "-"].randomElement(using: &rng)!].joined()
            let text = Substring(Bool.random(using: &rng) ? random : (Bool.random(using: &rng) ? " " : "") + shaped)
            let fast = ZoneClock.wallClockAndOffset(text)
            let slow = ZoneClock.wallClockAndOffsetByCharacters(text.trimmingCharacters(in: .whitespaces))
            #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1, "seed \(rng.seed): \(text.debugDescription)")
        }
        #expect(ZoneClock.instant("2019-12-27T11:00:00+01:00") == Timestamp(year: 2019, month: 12, day: 27, hour: 11, minute: 0, utcOffsetSeconds: 3600))
    }
}
