import LecternCore
import LecternTerminal
import Testing

@Suite struct KeyDecoderTests {
    static let characterCases: [(UInt32, Key)] = [
        (13, .enter), (10, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        (4, .ctrl("d")), (21, .ctrl("u")), (23, .ctrl("w")), (3, .ctrl("c")), (1, .ctrl("a")),
        (0x6A, .char("j")), (0x47, .char("G")), (0x2F, .char("/")), (0x3F, .char("?")), (0x20, .char(" ")),
        (0xE9, .char("é")), (0x4E2D, .char("中")), (0x1F600, .char("😀")),
    ]

    @Test func characters() {
        for (code, expected) in Self.characterCases {
            #expect(KeyDecoder.key(for: .character(code)) == expected, "code \(code)")
        }
    }

    @Test func controlCodesWithoutAMeaningAreIgnored() {
        #expect(KeyDecoder.key(for: .character(0)) == nil)
        #expect(KeyDecoder.key(for: .character(28)) == nil)
        #expect(KeyDecoder.key(for: .character(0x9B)) == nil)
    }

    @Test func functionKeys() {
        let cases: [(Int32, Key)] = [
            (CursesKeyCode.up, .up), (CursesKeyCode.down, .down), (CursesKeyCode.left, .left), (CursesKeyCode.right, .right),
            (CursesKeyCode.home, .home), (CursesKeyCode.end, .end), (CursesKeyCode.pageUp, .pageUp),
            (CursesKeyCode.pageDown, .pageDown), (CursesKeyCode.enter, .enter), (CursesKeyCode.backspace, .backspace),
            (CursesKeyCode.delete, .delete), (CursesKeyCode.backTab, .backTab),
            (CursesKeyCode.function(1), .function(1)), (CursesKeyCode.function(12), .function(12)),
        ]
        for (code, key) in cases {
            #expect(KeyDecoder.key(for: .functionKey(code)) == key, "code \(code)")
        }
    }

    @Test func resizeAndMouseAreNotKeys() {
        #expect(KeyDecoder.key(for: .functionKey(CursesKeyCode.resize)) == nil)
        #expect(KeyDecoder.key(for: .functionKey(CursesKeyCode.mouse)) == nil)
    }

    @Test func nearestPaletteIndex() {
        #expect(TerminalColor.nearestIndex(r: 0, g: 0, b: 0) == 16)
        #expect(TerminalColor.nearestIndex(r: 255, g: 255, b: 255) == 231)
        #expect(TerminalColor.nearestIndex(r: 255, g: 0, b: 0) == 196)
        #expect(TerminalColor.nearestIndex(r: 128, g: 128, b: 128) == 244)
    }
}

/// Alt arrives as ESC and the character, read in one burst.
@Suite struct AltKeyDecodingTests {
    @Test func escapeThenACharacterIsAlt() {
        #expect(KeyDecoder.keys(for: [.character(27), .character(0x62)]) == [.alt("b")])
        #expect(KeyDecoder.keys(for: [.character(0x61), .character(27), .character(0x66), .character(0x78)]) == [.char("a"), .alt("f"), .char("x")])
    }

    @Test func aLoneEscapeOrOneBeforeAnotherKeyIsEscape() {
        #expect(KeyDecoder.keys(for: [.character(27)]) == [.escape])
        #expect(KeyDecoder.keys(for: [.character(27), .character(27)]) == [.escape, .escape])
        #expect(KeyDecoder.keys(for: [.character(27), .functionKey(CursesKeyCode.up)]) == [.escape, .up])
        #expect(KeyDecoder.keys(for: [.character(27), .character(13)]) == [.escape, .enter])
    }

    @Test func altKeysHaveNamesForTheConfig() {
        #expect(Key(name: "alt-b") == .alt("b"))
        #expect(Key(name: "M-f") == .alt("f"))
        #expect(Key.alt("b").name == "alt-b")
        #expect(Key.alt("b").label == "M-b")
        #expect(Key(name: "alt-") == nil)
    }
}
