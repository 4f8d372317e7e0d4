import Testing

@Suite struct TerminalSmokeTests {
    @Test func placeholder() { #expect(1 + 1 == 2) }
}
