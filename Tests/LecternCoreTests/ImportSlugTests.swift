import Testing
@testable import LecternCore

@Suite struct ImportSlugTests {
    @Test func slugsAreLowercaseAsciiHyphenated() {
        #expect(Slug.make("CATE: Computation-aware Neural Architecture") == "cate-computation-aware-neural-architecture")
        #expect(Slug.make("Poincaré ResNet") == "poincare-resnet")
        #expect(Slug.make("Ondřej Cífka & Gaël") == "ondrej-cifka-and-gael")
        #expect(Slug.make("Straße Øresund Łódź") == "strasse-oresund-lodz")
        #expect(Slug.make("What's in the Box?") == "whats-in-the-box")
        #expect(Slug.make("  --Hello,   World!!  ") == "hello-world")
        #expect(Slug.make("360SD-Net: 360° Stereo") == "360sd-net-360-stereo")
        #expect(Slug.make("") == "item")
        #expect(Slug.make("日本語") == "item")
    }

    @Test func longSlugsAreCutAtAHyphen() {
        let slug = Slug.make("Relative Positional Encoding for Transformers with Linear Complexity")
        #expect(slug == "relative-positional-encoding-for-transformers-with-linear")
        #expect(slug.count <= Slug.maxLength)
        let unbroken = Slug.make(String(repeating: "a", count: 100))
        #expect(unbroken.count == 60)
    }

    @Test func collisionsGetNumberedSuffixesWithinTheLimit() {
        var ids = IdAllocator()
        #expect(ids.id(forTitle: "Q&A") == "q-and-a")
        #expect(ids.id(forTitle: "Q and A") == "q-and-a-2")
        #expect(ids.id(forTitle: "q-and-a") == "q-and-a-3")
        let long = String(repeating: "word ", count: 30)
        let first = ids.id(forTitle: long)
        let second = ids.id(forTitle: long)
        #expect(first != second && second.hasSuffix("-2") && second.count <= Slug.maxLength)
    }
}
