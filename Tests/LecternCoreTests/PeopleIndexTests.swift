import LecternCore
import Testing

@Suite struct PeopleIndexTests {
    static let corpus: Corpus = {
        (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")) ?? Corpus()
    }()
    static let people = PeopleIndex(corpus: corpus)

    @Test func namesMatchWithoutAccentsOrCase() throws {
        let person = try #require(Self.people.person(named: "ondrej CIFKA"))
        #expect(person.name == "Ondřej Cífka")
        #expect(person.items.map { Self.corpus.items[$0].id } == ["relative-positional-encoding-for-transformers-with-linear"])
    }

    @Test func exactMatchWinsOverSubstrings() {
        let found = Self.people.lookup("Graham Taylor")
        #expect(found.map(\.name) == ["Graham Taylor"])
        #expect(found.first?.moderatedSessions == ["deep-learning-algorithms-6"])
    }

    @Test func partialNamesListEveryMatch() {
        let found = Self.people.lookup("cifka")
        #expect(found.map(\.name) == ["Ondřej Cífka"])
        #expect(Self.people.lookup("zz-nobody").isEmpty)
        #expect(Self.people.lookup("   ").isEmpty)
    }

    @Test func aPartialNameMatchesTheStartOfAWord() {
        let names = Self.people.lookup("li").map(\.name)
        #expect(names.contains("Antoine Liutkus") && names.contains("Ming Li"))
        for inside in ["Max Welling", "Oliver Deussen", "Umut Simsekli"] {
            #expect(!names.contains(inside), "\(inside) only has \"li\" inside a word")
        }
        #expect(Self.people.lookup("lun").map(\.name) == ["Shih-Lun Wu"], "a hyphen starts a word")
        #expect(Self.people.lookup("ondrej cif").map(\.name) == ["Ondřej Cífka"])
    }

    @Test func everyAuthorAndModeratorIsListed() {
        let authors = Set(Self.corpus.items.flatMap(\.authors).map(PeopleIndex.fold))
        let moderators = Set(Self.corpus.sessions.compactMap(\.moderator).map(PeopleIndex.fold))
        #expect(Set(Self.people.people.map(\.folded)) == authors.union(moderators))
        #expect(moderators.count == Self.corpus.sessions.count)
    }

    @Test func suggestionsCatchTypos() {
        #expect(Self.people.suggestions(for: "Grahm Taylor").contains("Graham Taylor"))
    }

    @Test func spellingsOfOneNameShareAnEntry() {
        let src = Provenance(file: "t", line: 1)
        let corpus = Corpus(items: [
            Item(id: "a", kind: .paper, title: "A", authors: ["Gaël Richard"], abstract: "", source: src),
            Item(id: "b", kind: .paper, title: "B", authors: ["Gael  RICHARD"], abstract: "", source: src),
        ])
        let people = PeopleIndex(corpus: corpus)
        #expect(people.people.count == 1)
        #expect(people.people.first?.name == "Gaël Richard")
        #expect(people.people.first?.items == [0, 1])
    }
}
