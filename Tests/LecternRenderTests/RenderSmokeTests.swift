import Testing

@Suite struct RenderSmokeTests {
    @Test func placeholder() { #expect(1 + 1 == 2) }
}
