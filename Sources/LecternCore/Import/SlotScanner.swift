/// Splits a slot line into words while tracking the 1-based column of each, for error messages.
struct SlotScanner: Sendable {
    private var characters: [Character]
    private var index = 0
    private let baseColumn: Int
    /// Column just past the last word read (where a missing word was expected).
    var column: Int { baseColumn + index }

    init(_ line: PageLine) {
        characters = Array(line.text)
        baseColumn = line.column
    }

    /// The next run of non-space characters and its column; a dash glued to times (`17:00-17:20`) is its own word.
    mutating func word() -> (String, Int)? {
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index < characters.count else { return nil }
        let start = index
        let dashes: Set<Character> = ["-", "–", "—"]
        if dashes.contains(characters[index]) {
            index += 1
        } else {
            while index < characters.count, characters[index] != " ", characters[index] != "\t", !dashes.contains(characters[index]) {
                index += 1
            }
        }
        return (String(characters[start..<index]), baseColumn + start)
    }
}
