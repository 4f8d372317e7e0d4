import LecternTestSupport
import Testing
@testable import LecternCore

/// The records of one work are found in time linear in the authors, and exactly as comparing every
/// two records of a title would find them: seeded corpora of a few titles held many times, by talks
/// and papers with random authors.
@Suite struct SameWorkPropertyTests {
    /// The definition, pair by pair: records of one folded title sharing an author, not both talks
    /// in the schedule, joined directly or through others.
    static func pairwise(_ corpus: Corpus) -> [[Int]] {
        let items = corpus.items
        var root = Array(items.indices)
        func find(_ a: Int) -> Int {
            var a = a
            while root[a] != a { a = root[a] }
            return a
        }
        let keys = items.map { SameWork.titleKey($0.title) }
        let authors = items.map { Set($0.authors.map(SameWork.authorKey)) }
        for a in items.indices where items[a].kind != .qa && keys[a].count >= 8 {
            for b in items.indices where b > a && items[b].kind != .qa && keys[b] == keys[a]
                && !(items[a].start != nil && items[b].start != nil) && !authors[a].isDisjoint(with: authors[b]) {
                root[find(b)] = find(a)
            }
        }
        return items.indices.map { k in items.indices.filter { $0 != k && find($0) == find(k) } }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func linearJoinEqualsPairwise(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let titles = ["Attention Is All You Need", "attention is all you need.", "Graph Neural Networks Revisited",
                      "Über Gödel's Theorems", "Short", "A {B}ayesian Approach to Sorting"]
        let names = ["Ann Lee", "A. Lee", "Bo Chen", "Carla Diaz", "Dan Ek", "Eve Fox", "Ørjan Holm", "O. Holm"]
        var items: [Item] = []
        for k in 0..<Int.random(in: 20...160, using: &rng) {
            let kind: ItemKind = [.paper, .paper, .oral, .spotlight, .qa].randomElement(using: &rng)!
            let authors = (0..<Int.random(in: 0...3, using: &rng)).map { _ in names.randomElement(using: &rng)! }
            var item = Item(id: "i\(k)", kind: kind, title: titles.randomElement(using: &rng)!, authors: authors, abstract: "",
                            source: Provenance(file: "t", line: k + 1))
            if kind != .paper, Bool.random(using: &rng) {
                item.start = Timestamp(epochSeconds: 1_612_000_000 + Int64(k) * 600, utcOffsetSeconds: 0)
            }
            items.append(item)
        }
        let corpus = Corpus(items: items)
        let same = SameWork(corpus)
        let expected = Self.pairwise(corpus)
        for k in items.indices {
            #expect(same.others(of: k) == expected[k], "seed \(seed), item \(k)")
        }
        // A work is listed once, at its best-ranked record.
        let ranked = Array(items.indices).shuffled(using: &rng)
        var seen = Set<Int>()
        let kept = ranked.filter { k in
            defer { seen.insert(k); seen.formUnion(expected[k]) }
            return !seen.contains(k)
        }
        #expect(same.firstOfEachWork(ranked) == kept)
    }
}
