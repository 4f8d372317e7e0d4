import LecternRender
import LecternTerminal
import Testing

@Suite struct DirectColorWriterTests {
    static let writer = DirectColorWriter(styles: [
        .normal: PaintStyle(foreground: .rgb(208, 208, 208), background: .default),
        .selection: PaintStyle(foreground: .rgb(255, 255, 255), background: .rgb(0, 95, 135), bold: true),
        .border: PaintStyle(foreground: .indexed(8)),
    ])

    @Test func colorsAreWrittenAsTwentyFourBitSGR() {
        let out = Self.writer.bytes(for: [CellUpdate(x: 2, y: 1, cell: Cell("a", role: .selection))], cursor: nil)
        #expect(out == "\u{1B}[2;3H\u{1B}[0;1;38;2;255;255;255;48;2;0;95;135ma\u{1B}[0m\u{1B}[?25l")
    }

    @Test func neighboursShareOnePositionAndOneStyle() {
        let updates = [CellUpdate(x: 0, y: 0, cell: Cell("a")), CellUpdate(x: 1, y: 0, cell: Cell("b")),
                       CellUpdate(x: 5, y: 0, cell: Cell("c", role: .border))]
        let out = Self.writer.bytes(for: updates, cursor: GridPoint(x: 3, y: 0))
        #expect(out == "\u{1B}[1;1H\u{1B}[0;38;2;208;208;208mab\u{1B}[1;6H\u{1B}[0;90mc\u{1B}[0m\u{1B}[1;4H\u{1B}[?25h")
    }

    @Test func aWideCellMovesTwoColumns() {
        let updates = [CellUpdate(x: 0, y: 0, cell: Cell("中", width: 2)), CellUpdate(x: 2, y: 0, cell: Cell("x"))]
        #expect(Self.writer.bytes(for: updates, cursor: nil) == "\u{1B}[1;1H\u{1B}[0;38;2;208;208;208m中x\u{1B}[0m\u{1B}[?25l")
    }

    @Test func noPaletteSequenceEver() {
        let out = Self.writer.bytes(for: [CellUpdate(x: 0, y: 0, cell: Cell("\u{1B}", role: .selection))], cursor: nil)
        #expect(!out.contains("\u{1B}]"))
        #expect(out.contains("m \u{1B}[0m"), "a control character is written as a blank")
    }
}
