import LecternTestSupport
import Testing
@testable import LecternCore

/// A scalar a terminal would act on rather than print.
private func isControlOrBidi(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
        || v == 0x2028 || v == 0x2029
}

private func hasNoControls(_ s: String, allowNewline: Bool = false) -> Bool {
    s.unicodeScalars.allSatisfy { !isControlOrBidi($0) || (allowNewline && $0 == "\n") }
}

@Suite("TerminalSafe")
struct TerminalSafeTests {
    // MARK: fast path and plain text

    @Test func plainASCIIIsUnchanged() {
        let s = "Learning to See: A Study of 3-D Vision (2021) ~ [x] {y} | z"
        #expect(TerminalSafe.sanitize(s) == s)
        #expect(TerminalSafe.sanitizeMultiline(s) == s)
        #expect(TerminalSafe.isSafe(s))
    }

    @Test func unicodeTextIsUnchanged() {
        let s = "Zürich — 東京 — 🙂 — مرحبا — e\u{301} — \u{FFFD} — \u{FEFF}"
        #expect(TerminalSafe.sanitize(s) == s)
        #expect(TerminalSafe.isSafe(s))
    }

    @Test func emptyString() {
        #expect(TerminalSafe.sanitize("") == "")
        #expect(TerminalSafe.sanitizeMultiline("") == "")
        #expect(TerminalSafe.isSafe(""))
    }

    @Test func replacementCharacterStays() {
        #expect(TerminalSafe.sanitize("a\u{FFFD}b") == "a\u{FFFD}b")
    }

    // MARK: C0, DEL, line ends

    @Test(arguments: Array(0x00..<0x20).filter { ![0x09, 0x0A, 0x0D, 0x1B].contains($0) })
    func c0ControlsBecomeControlPictures(value: Int) throws {
        let c = try #require(Unicode.Scalar(UInt32(value)))
        let picture = try #require(Unicode.Scalar(UInt32(0x2400 + value)))
        let out = TerminalSafe.sanitize("a" + String(Character(c)) + "b")
        #expect(out == "a" + String(Character(picture)) + "b")
        #expect(TerminalSafe.sanitizeMultiline("a" + String(Character(c)) + "b") == out)
        #expect(!TerminalSafe.isSafe("a" + String(Character(c))))
    }

    @Test func namedControlPictures() {
        #expect(TerminalSafe.sanitize("\u{0}") == "␀")
        #expect(TerminalSafe.sanitize("\u{7}") == "␇")
        #expect(TerminalSafe.sanitize("abc\u{8}\u{8}\u{8}xyz") == "abc␈␈␈xyz")
        #expect(TerminalSafe.sanitize("\u{7F}") == "␡")
    }

    @Test func tabBecomesSpace() {
        #expect(TerminalSafe.sanitize("a\tb") == "a b")
        #expect(TerminalSafe.sanitizeMultiline("a\tb") == "a b")
    }

    @Test func lineEndsInOneLineText() {
        #expect(TerminalSafe.sanitize("a\nb") == "a b")
        #expect(TerminalSafe.sanitize("a\rb") == "a b")
        #expect(TerminalSafe.sanitize("a\r\nb") == "a b")
        #expect(TerminalSafe.sanitize("a\u{2028}b\u{2029}c") == "a b c")
        #expect(!TerminalSafe.isSafe("a\nb"))
    }

    @Test func lineEndsInMultilineText() {
        #expect(TerminalSafe.sanitizeMultiline("a\nb") == "a\nb")
        #expect(TerminalSafe.sanitizeMultiline("a\rb") == "a\nb")
        #expect(TerminalSafe.sanitizeMultiline("a\r\nb\r\n") == "a\nb\n")
        #expect(TerminalSafe.sanitizeMultiline("a\u{2028}b") == "a\nb")
        #expect(TerminalSafe.isSafeMultiline("a\nb"))
        #expect(!TerminalSafe.isSafeMultiline("a\rb"))
    }

    // MARK: escape sequences

    @Test func csiSequencesAreRemovedWhole() {
        #expect(TerminalSafe.sanitize("a\u{1B}[2Jb") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{1B}[10;20Hb") == "a␛b")
        #expect(TerminalSafe.sanitize("\u{1B}[1;31mred\u{1B}[0m") == "␛red␛")
        #expect(TerminalSafe.sanitize("\u{1B}[?1049h") == "␛")
        #expect(TerminalSafe.sanitize("\u{1B}[?25l x") == "␛ x")
        #expect(TerminalSafe.sanitize("\u{1B}[ q") == "␛") // intermediate byte
    }

    @Test func unterminatedCSIEndsAtText() {
        #expect(TerminalSafe.sanitize("a\u{1B}[12;") == "a␛")
        #expect(TerminalSafe.sanitize("a\u{1B}[") == "a␛")
        #expect(TerminalSafe.sanitize("a\u{1B}") == "a␛")
    }

    @Test func csiInterruptedByControlShowsTheControl() {
        // A C0 control inside CSI ends the sequence; the control itself is shown.
        #expect(TerminalSafe.sanitize("\u{1B}[1\u{7}x") == "␛␇x")
        // A non-ASCII scalar also ends it and is kept.
        #expect(TerminalSafe.sanitize("\u{1B}[1é") == "␛é")
    }

    @Test func oscTitleWithBELOrST() {
        #expect(TerminalSafe.sanitize("x\u{1B}]0;pwned\u{7}y") == "x␛y")
        #expect(TerminalSafe.sanitize("x\u{1B}]2;pwned\u{1B}\\y") == "x␛y")
        #expect(TerminalSafe.sanitize("x\u{1B}]2;pwned\u{9C}y") == "x␛y")
    }

    @Test func osc52ClipboardWriteIsRemoved() {
        let s = "talk\u{1B}]52;c;cm0gLXJmIH4K\u{7}title"
        #expect(TerminalSafe.sanitize(s) == "talk␛title")
        #expect(!TerminalSafe.sanitize(s).contains("52"))
    }

    @Test func unterminatedOSCRunsToEnd() {
        #expect(TerminalSafe.sanitize("a\u{1B}]0;never ends") == "a␛")
    }

    @Test func oscEndsAtANewEscape() {
        #expect(TerminalSafe.sanitize("a\u{1B}]0;t\u{1B}[2Jb") == "a␛␛b")
    }

    @Test func canAndSubAbortStrings() {
        #expect(TerminalSafe.sanitize("a\u{1B}]0;t\u{18}b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{1B}P1$r\u{1A}b") == "a␛b")
    }

    @Test func dcsSosPmApcAreRemoved() {
        #expect(TerminalSafe.sanitize("a\u{1B}P1$qm\u{1B}\\b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{1B}Xsos\u{1B}\\b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{1B}^pm\u{1B}\\b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{1B}_apc\u{1B}\\b") == "a␛b")
        // DCS is not ended by BEL (only OSC is).
        #expect(TerminalSafe.sanitize("a\u{1B}Pq\u{7}z\u{1B}\\b") == "a␛b")
    }

    @Test func twoCharacterEscapes() {
        #expect(TerminalSafe.sanitize("a\u{1B}cb") == "a␛b")     // RIS
        #expect(TerminalSafe.sanitize("a\u{1B}7b\u{1B}8") == "a␛b␛") // save/restore cursor
        #expect(TerminalSafe.sanitize("a\u{1B}(Bb") == "a␛b")    // charset
        #expect(TerminalSafe.sanitize("a\u{1B}#8b") == "a␛b")    // DECALN
        #expect(TerminalSafe.sanitize("\u{1B}\u{1B}") == "␛␛")
        #expect(TerminalSafe.sanitize("\u{1B}é") == "␛é")
    }

    @Test func eightBitSequences() {
        #expect(TerminalSafe.sanitize("a\u{9B}2Jb") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{9D}0;t\u{7}b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{9D}52;c;eA==\u{9C}b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{90}q\u{9C}b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{98}x\u{9C}b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{9E}x\u{9C}b") == "a␛b")
        #expect(TerminalSafe.sanitize("a\u{9F}x\u{9C}b") == "a␛b")
    }

    // MARK: C1 and bidi

    @Test(arguments: Array(0x80...0x9F).filter { ![0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F].contains($0) })
    func otherC1ControlsAreLabelled(value: Int) throws {
        let c = try #require(Unicode.Scalar(UInt32(value)))
        let out = TerminalSafe.sanitize("a" + String(Character(c)) + "b")
        #expect(out == "a" + TerminalSafe.codePointLabel(UInt32(value)) + "b")
        #expect(hasNoControls(out))
    }

    @Test func c1LabelFormat() {
        #expect(TerminalSafe.sanitize("\u{85}") == "⟨U+0085⟩")
        #expect(TerminalSafe.sanitize("\u{9C}") == "⟨U+009C⟩") // a stray ST
    }

    @Test(arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C])
    func bidiControlsAreLabelled(value: Int) throws {
        let c = try #require(Unicode.Scalar(UInt32(value)))
        let out = TerminalSafe.sanitize("abc" + String(Character(c)) + "def")
        #expect(out == "abc" + TerminalSafe.codePointLabel(UInt32(value)) + "def")
        #expect(!TerminalSafe.isSafe("x" + String(Character(c))))
    }

    @Test func trojanSourceStyleText() {
        let s = "access\u{202E}\u{2066}// admin\u{2069}\u{2066}"
        #expect(TerminalSafe.sanitize(s) == "access⟨U+202E⟩⟨U+2066⟩// admin⟨U+2069⟩⟨U+2066⟩")
    }

    // MARK: properties

    @Test func everyScalarBelow0x3000IsHandled() throws {
        for v in UInt32(0)..<0x3000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = "x" + String(Character(s)) + "y"
            let one = TerminalSafe.sanitize(text)
            let multi = TerminalSafe.sanitizeMultiline(text)
            #expect(hasNoControls(one), "U+\(String(v, radix: 16)) leaked in one-line text")
            #expect(hasNoControls(multi, allowNewline: true), "U+\(String(v, radix: 16)) leaked")
            #expect(TerminalSafe.isSafe(one))
            #expect(TerminalSafe.isSafeMultiline(multi))
            #expect(TerminalSafe.isSafe(text) == (one == text))
        }
    }

    @Test func sanitizeIsIdempotent() {
        var rng = SeededGenerator(seed: 7)
        let alphabet: [UInt32] = [0x1B, 0x5B, 0x5D, 0x50, 0x5C, 0x07, 0x9B, 0x9D, 0x9C, 0x90, 0x0A, 0x0D,
                                  0x09, 0x00, 0x7F, 0x85, 0x202E, 0x2066, 0x41, 0x32, 0x3B, 0x6D, 0xE9, 0x1F642]
        for _ in 0..<2000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 40) {
                let v = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                if let u = Unicode.Scalar(v) { s.append(u) }
            }
            let text = String(s)
            let once = TerminalSafe.sanitize(text)
            #expect(TerminalSafe.sanitize(once) == once, "seed \(rng.seed): \(text.debugDescription)")
            #expect(hasNoControls(once), "seed \(rng.seed): \(text.debugDescription)")
            let m = TerminalSafe.sanitizeMultiline(text)
            #expect(TerminalSafe.sanitizeMultiline(m) == m, "seed \(rng.seed): \(text.debugDescription)")
            #expect(hasNoControls(m, allowNewline: true), "seed \(rng.seed): \(text.debugDescription)")
        }
    }

    @Test func largeTextIsHandled() {
        let big = String(repeating: "abc\u{1B}[2J\u{202E}é\n", count: 20_000)
        let out = TerminalSafe.sanitizeMultiline(big)
        #expect(hasNoControls(out, allowNewline: true))
        #expect(out.hasPrefix("abc␛⟨U+202E⟩é\nabc"))
    }
}
