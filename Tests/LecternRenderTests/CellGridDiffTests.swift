import LecternCore
import LecternRender
import LecternTestSupport
import Testing

/// `CellGrid.diff(from:)`: exactly the cells a terminal must write, and applying them to the old
/// screen gives the new one.
@Suite struct CellGridDiffTests {
    /// A one-row grid from text, wide characters taking two cells.
    static func row(_ text: String, width: Int, role: Role = .normal) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: 1))
        grid.put(text, x: 0, y: 0, role: role)
        return grid
    }

    /// What a terminal shows after writing `updates` over `screen`, writing as curses does: a wide
    /// character covers two columns, and writing over half of one blanks its other half.
    static func apply(_ updates: [CellUpdate], to screen: CellGrid) -> CellGrid {
        var result = screen
        for u in updates {
            result.set(u.cell, x: u.x, y: u.y)
            if u.cell.width == 2 { result.set(.continuation(role: u.cell.role), x: u.x + 1, y: u.y) }
        }
        return result
    }

    static func columns(_ updates: [CellUpdate]) -> [Int] { updates.map(\.x) }

    @Test func sameGridWritesNothing() {
        let grid = Self.row("hello 世界", width: 20)
        #expect(grid.diff(from: grid).isEmpty)
    }

    @Test func nothingKnownWritesEveryCellButContinuations() {
        let grid = Self.row("a世b", width: 5)
        let updates = grid.diff(from: nil)
        #expect(Self.columns(updates) == [0, 1, 3, 4])
        #expect(updates[1].cell.grapheme == "世" && updates[1].cell.width == 2)
    }

    @Test func oneChangedCellIsOneUpdate() {
        let before = Self.row("abcdef", width: 6)
        let after = Self.row("abXdef", width: 6)
        let updates = after.diff(from: before)
        #expect(updates == [CellUpdate(x: 2, y: 0, cell: after[2, 0])])
    }

    @Test func wideCharacterReplacingTwoNarrowOnesIsOneWrite() {
        let before = Self.row("abcd", width: 4)
        let after = Self.row("a世d", width: 4)
        let updates = after.diff(from: before)
        #expect(Self.columns(updates) == [1])
        #expect(updates[0].cell.grapheme == "世")
        #expect(Self.apply(updates, to: before) == after)
    }

    @Test func narrowCharactersReplacingAWideOneWriteBothColumns() {
        let before = Self.row("a世d", width: 4)
        let after = Self.row("abcd", width: 4)
        let updates = after.diff(from: before)
        #expect(Self.columns(updates) == [1, 2])
        #expect(Self.apply(updates, to: before) == after)
    }

    @Test func wideCharacterShiftedByOneColumnRewritesTheHalfItBlanks() {
        // Old: "a" then 世 in columns 1-2 then "x". New: 世 in columns 0-1, then "b" "x".
        let before = Self.row("a世x", width: 4)
        let after = Self.row("世bx", width: 4)
        let updates = after.diff(from: before)
        #expect(Self.columns(updates) == [0, 2])
        #expect(Self.apply(updates, to: before) == after)
    }

    @Test func writingOverTheLeftHalfOfAnUnchangedLookingCellRewritesItsRightHalf() {
        // Column 2 holds the same continuation before and after in the grids' terms, but the
        // screen's wide character at 1-2 is cut by the new wide one at 0-1: column 2 is written.
        var before = CellGrid(size: Size(width: 4, height: 1))
        before.put("a世", x: 0, y: 0, role: .normal)
        var after = CellGrid(size: Size(width: 4, height: 1))
        after.put("世", x: 0, y: 0, role: .normal)
        after[2, 0] = before[2, 0]
        let updates = after.diff(from: before)
        #expect(Self.columns(updates) == [0, 2])
        #expect(updates[1].cell.grapheme == " " && updates[1].cell.width == 1)
    }

    @Test func changedContinuationStyleRewritesTheWideCell() {
        let before = Self.row("世", width: 2)
        var after = before
        after[1, 0] = .continuation(role: .selection)
        let updates = after.diff(from: before)
        #expect(Self.columns(updates) == [0])
        #expect(updates[0].cell.grapheme == "世")
    }

    @Test func theLastColumnIsWritten() {
        let before = Self.row("abcde", width: 5)
        let after = Self.row("abcdZ", width: 5)
        #expect(after.diff(from: before) == [CellUpdate(x: 4, y: 0, cell: after[4, 0])])
    }

    @Test func aWideCellInTheLastColumnIsWrittenAsASpace() {
        var grid = CellGrid(size: Size(width: 3, height: 1))
        grid[2, 0] = Cell("世", width: 2, role: .title)
        let updates = grid.diff(from: CellGrid(size: grid.size))
        #expect(updates == [CellUpdate(x: 2, y: 0, cell: Cell(" ", role: .title))])
    }

    @Test func anOrphanContinuationIsWrittenAsASpace() {
        var grid = CellGrid(size: Size(width: 3, height: 1))
        grid[1, 0] = .continuation(role: .title)
        let updates = grid.diff(from: CellGrid(size: grid.size))
        #expect(updates == [CellUpdate(x: 1, y: 0, cell: Cell(" ", role: .title))])
    }

    @Test func aResizeWritesEveryCell() {
        let before = Self.row("abc", width: 3)
        var after = CellGrid(size: Size(width: 4, height: 2))
        after.put("abc", x: 0, y: 0, role: .normal)
        let updates = after.diff(from: before)
        #expect(updates.count == 8)
        #expect(updates.map { GridPoint(x: $0.x, y: $0.y) } == (0..<2).flatMap { y in (0..<4).map { GridPoint(x: $0, y: y) } })
        let smaller = Self.row("ab", width: 2)
        #expect(smaller.diff(from: after).count == 2)
    }

    @Test func aStyleChangeAloneIsAnUpdate() {
        let before = Self.row("abc", width: 3)
        var after = before
        after.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .selection)
        var bolder = before
        bolder[2, 0].bold = true
        var underlined = before
        underlined[0, 0].underline = true
        #expect(after.diff(from: before) == [CellUpdate(x: 1, y: 0, cell: after[1, 0])])
        #expect(Self.columns(bolder.diff(from: before)) == [2])
        #expect(Self.columns(underlined.diff(from: before)) == [0])
    }

    @Test func onlyChangedRowsAreWritten() {
        var before = CellGrid(size: Size(width: 3, height: 3))
        before.put("abc", x: 0, y: 1, role: .normal)
        var after = before
        after.put("x", x: 1, y: 2, role: .normal)
        #expect(after.diff(from: before) == [CellUpdate(x: 1, y: 2, cell: after[1, 2])])
    }

    @Test func applyingTheDiffAlwaysGivesTheNewGrid() {
        let seed: UInt64 = 0xD1FF
        var rng = SeededGenerator(seed: seed)
        let alphabet: [String] = ["a", "b", " ", "世", "界", "é", "🙂"]
        let roles: [Role] = [.normal, .selection, .title]
        func random(width: Int) -> CellGrid {
            var grid = CellGrid(size: Size(width: width, height: 2))
            for y in 0..<2 {
                var x = 0
                while x < width {
                    let text = alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
                    x = grid.put(text, x: x, y: y, role: roles[Int.random(in: 0..<roles.count, using: &rng)])
                    if Int.random(in: 0..<5, using: &rng) == 0 { x = Int.random(in: 0..<width, using: &rng) }
                }
            }
            return grid
        }
        for _ in 0..<300 {
            let width = Int.random(in: 1...9, using: &rng)
            let before = random(width: width), after = random(width: width)
            let result = Self.apply(after.diff(from: before), to: before)
            #expect(result == after, "seed \(seed): before \(before.text) after \(after.text) gave \(result.text)")
            if result != after { return }
        }
    }
}
