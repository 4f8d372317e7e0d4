import LecternCore
import LecternTerminal
import Testing

@Suite struct InputDecoderTests {
    static func decode(_ text: String) -> [InputEvent] {
        var decoder = InputDecoder()
        var events: [InputEvent] = []
        for scalar in text.unicodeScalars { events += decoder.feed(.character(scalar.value)) }
        return events + decoder.flush()
    }

    @Test func sgrPressIsAClickAtTheZeroBasedCell() {
        #expect(Self.decode("\u{1B}[<0;4;7M") == [.mouseClick(x: 3, y: 6)])
    }

    @Test func columnsPastTheX10LimitArrive() {
        #expect(Self.decode("\u{1B}[<0;300;12M") == [.mouseClick(x: 299, y: 11)])
        #expect(Self.decode("\u{1B}[<0;224;1M") == [.mouseClick(x: 223, y: 0)])
    }

    @Test func wheelNotchMovesThreeLines() {
        #expect(Self.decode("\u{1B}[<65;300;2M") == [.mouseWheel(x: 299, y: 1, lines: 3)])
        #expect(Self.decode("\u{1B}[<64;10;2M") == [.mouseWheel(x: 9, y: 1, lines: -3)])
    }

    @Test func releasesMotionAndOtherButtonsAreIgnored() {
        #expect(Self.decode("\u{1B}[<0;4;7m").isEmpty)
        #expect(Self.decode("\u{1B}[<2;4;7M").isEmpty)
        #expect(Self.decode("\u{1B}[<32;4;7M").isEmpty)
    }

    @Test func modifiersStillClick() {
        #expect(Self.decode("\u{1B}[<16;5;5M") == [.mouseClick(x: 4, y: 4)])
    }

    @Test func keysAroundAReportAreKept() {
        #expect(Self.decode("j\u{1B}[<0;2;3Mk") == [.key(.char("j")), .mouseClick(x: 1, y: 2), .key(.char("k"))])
    }

    @Test func aLoneEscapeIsTheEscapeKey() {
        #expect(Self.decode("\u{1B}") == [.key(.escape)])
        #expect(Self.decode("\u{1B}\u{1B}") == [.key(.escape), .key(.escape)])
    }

    @Test func escapeFollowedByOtherTextIsEscapeThenTheText() {
        // ESC and one character read together are Alt and that character; the reducer turns an
        // Alt key that nothing binds back into Esc and the key.
        #expect(Self.decode("\u{1B}b") == [.key(.alt("b"))])
        #expect(Self.decode("\u{1B}bc") == [.key(.alt("b")), .key(.char("c"))])
        #expect(Self.decode("\u{1B}[<x") == [.key(.escape), .key(.char("[")), .key(.char("<")), .key(.char("x"))])
    }

    @Test func aFunctionKeyEndsAnUnfinishedSequence() {
        var decoder = InputDecoder()
        #expect(decoder.feed(.character(27)).isEmpty)
        #expect(decoder.feed(.functionKey(CursesKeyCode.up)) == [.key(.escape), .key(.up)])
    }

    @Test func aReportSplitAcrossReadsIsNotLostWhileFed() {
        var decoder = InputDecoder()
        var events: [InputEvent] = []
        for scalar in "\u{1B}[<0;30".unicodeScalars { events += decoder.feed(.character(scalar.value)) }
        #expect(events.isEmpty)
        for scalar in "0;9M".unicodeScalars { events += decoder.feed(.character(scalar.value)) }
        #expect(events == [.mouseClick(x: 299, y: 8)])
    }
}
