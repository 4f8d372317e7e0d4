import LecternCore
import Testing

/// Display width, truncation and wrapping of text with wide characters, emoji and combining marks.
@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("漢" as Character) == 2)
        #expect(DisplayWidth.of("한" as Character) == 2)
        #expect(DisplayWidth.of("Ａ" as Character) == 2)
        #expect(DisplayWidth.of("🚀" as Character) == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧‍👦" as Character) == 2)
        #expect(DisplayWidth.of("🇨🇿" as Character) == 2)
        #expect(DisplayWidth.of("❤️" as Character) == 2)
        #expect(DisplayWidth.of("e\u{0301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{0301}" as Character) == 0)
        #expect(DisplayWidth.of("\u{200B}" as Character) == 0)
        #expect(DisplayWidth.of("★" as Character) == 1)
        #expect(DisplayWidth.of("–" as Character) == 1)
        #expect(DisplayWidth.of("Ondřej Cífka") == 12)
        #expect(DisplayWidth.of("深層学習 ok") == 11)
        #expect(DisplayWidth.needsSanitizing("\u{1B}"))
        #expect(DisplayWidth.needsSanitizing("\u{9B}"))
        #expect(!DisplayWidth.needsSanitizing("a"))
    }

    @Test func truncation() {
        #expect(DisplayWidth.truncate("Transformers", to: 20) == "Transformers")
        #expect(DisplayWidth.truncate("Transformers", to: 8) == "Transfo…")
        #expect(DisplayWidth.truncate("深層学習", to: 6) == "深層…")
        #expect(DisplayWidth.truncate("深層学習", to: 5) == "深層…")
        #expect(DisplayWidth.truncate("深層学習", to: 4) == "深…")
        #expect(DisplayWidth.truncate("Gae\u{0308}l Richard", to: 4) == "Gae\u{0308}…")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: 1) == "…")
        for w in 0...20 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("👩‍👩‍👧‍👦 family 漢字 e\u{0301}", to: w)) <= w)
        }
    }

    @Test func wrapping() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(DisplayWidth.wrap("漢字漢字漢", width: 4) == ["漢字", "漢字", "漢"])
        #expect(DisplayWidth.wrap("", width: 5) == [""])
        #expect(DisplayWidth.wrap("one\n\ntwo", width: 5) == ["one", "", "two"])
        #expect(DisplayWidth.wrap("漢", width: 1) == ["漢"])
        let text = String(repeating: "supercalifragilistic 深層学習 ", count: 30)
        for w in 2...30 {
            for line in DisplayWidth.wrap(text, width: w) { #expect(DisplayWidth.of(line) <= w) }
        }
    }

    @Test func timeFormatting() {
        let zones = Fixture.systemZones
        let start = Fixture.t(17, 0), end = Fixture.t(17, 20)
        #expect(TimeFormatting.clock(start, in: "Europe/Berlin") == "02:00")
        #expect(TimeFormatting.range(start, end, in: "Europe/Berlin", zones: zones) == "Wed 02:00–02:20 CEST")
        #expect(TimeFormatting.range(start, end, in: "America/Los_Angeles", zones: zones) == "Tue 17:00–17:20 PDT")
        #expect(TimeFormatting.localWithConference(start, end, session: Fixture.algorithms, local: "Europe/Berlin", zones: zones)
                == "Wed 21 Jul 02:00–02:20 CEST (17:00–17:20 PDT)")
        #expect(TimeFormatting.range(start, end, in: "Europe/Berlin", zones: .empty) == "Wed 02:00–02:20 UTC+2")
        #expect(TimeFormatting.offsetLabel(19_800) == "UTC+5:30")
        #expect(TimeFormatting.clock(start, in: "Not/AZone") == "00:00")
    }
}

@Suite struct DistinctTruncationTests {
    @Test func titlesThatWouldReadTheSameAreCutInTheMiddle() {
        let titles = ["Deep Learning Algorithms", "Deep Learning Algorithms 6", "Deep Learning Architectures"]
        let cut = titles.map { DisplayWidth.truncateDistinct($0, among: titles, to: 18) }
        #expect(Set(cut).count == 3, "\(cut)")
        #expect(cut.allSatisfy { DisplayWidth.of($0) <= 18 })
        #expect(cut[1].hasSuffix("thms 6"))
    }

    @Test func aTitleWithNoTwinIsCutAtTheEnd() {
        #expect(DisplayWidth.truncateDistinct("Deep Learning Architectures", among: ["Optimization"], to: 18) == "Deep Learning Arc…")
        #expect(DisplayWidth.truncateDistinct("Short", among: ["Short"], to: 18) == "Short")
    }

    @Test func middleCutKeepsBothEnds() {
        #expect(DisplayWidth.truncateMiddle("abcdefghijklmnop", to: 9) == "abcd…mnop")
        #expect(DisplayWidth.truncateMiddle("abc", to: 9) == "abc")
    }
}
