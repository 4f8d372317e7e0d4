import LecternCore
import Testing

@Suite struct LaTeXCleanerTests {
    /// Cases taken from the bundled abstracts (source pages 001–004), then the remaining commands.
    static let cases: [(String, String)] = [
        // from the bundled corpus
        ("OkwuGb\\'e is a step", "OkwuGbé is a step"),
        ("The resulting Pad\\'e Activation Units", "The resulting Padé Activation Units"),
        ("expensive Fr\\'echet mean calculations", "expensive Fréchet mean calculations"),
        ("from Poincar\\'e 2D convolutions", "from Poincaré 2D convolutions"),
        ("with 91.3\\% recall and 86.5\\% precision", "with 91.3% recall and 86.5% precision"),
        ("is not only $60\\%$ faster", "is not only 60% faster"),
        ("from $\\mathcal{O}(D^3)$ to $\\mathcal{O}(D^2)$,", "from 𝒪(D³) to 𝒪(D²),"),
        ("Compression via $\\frac{\\ell_1}{\\ell_2}$ Regularized", "Compression via ℓ₁/ℓ₂ Regularized"),
        ("we propose \\emph{Self Normalizing Flows}, a", "we propose Self Normalizing Flows, a"),
        ("we propose \\textsc{Synthesizer}, a model", "we propose Synthesizer, a model"),
        ("under \\{mono, cross and multi\\} lingual", "under {mono, cross and multi} lingual"),
        ("top-bottom 360{\\deg} camera pairs", "top-bottom 360° camera pairs"),
        ("dubbed as {\\bf \\inerflong}, or \\inerf. Taking", "dubbed as \\inerflong, or \\inerf. Taking"),
        ("we introduce \\carb, an end-to-end", "we introduce \\carb, an end-to-end"),
        ("we propose \\name -- a system", "we propose \\name – a system"),
        ("reproducing our analysis at https://github.com/ApolloResearch/e2e_sae", "reproducing our analysis at https://github.com/ApolloResearch/e2e_sae"),
        // accents
        ("\\\"o \\^o \\`a \\~n", "ö ô à ñ"),
        ("Gar\\c{c}on and \\v{r} and \\v r", "Garçon and ř and ř"),
        ("{\\'e} and \\'{e} and \\'\\i", "é and é and í"),
        ("Erd\\H{o}s, \\r{a}, Stra\\ss e", "Erdős, å, Straße"),
        // escapes and spacing
        ("A \\& B, a\\_b, \\#1, \\$5", "A & B, a_b, #1, $5"),
        ("Fig.~3", "Fig. 3"),
        ("20%~98% MACs saving", "20%~98% MACs saving"),
        ("costs $5 only", "costs $5 only"),
        // math
        ("$\\alpha$, $\\beta$, $\\Omega$, $\\lambda$", "α, β, Ω, λ"),
        ("$x_2 + y^2$", "x₂ + y²"),
        ("$W_{ij}$ and $x_{\\max}$", "Wᵢⱼ and xₘₐₓ"),
        ("$x_q$ and $x_{yz}$ and $\\hat{y}$", "x_q and x_(yz) and ŷ"),
        ("$x^{-1}$ and $A^T$", "x⁻¹ and Aᵀ"),
        ("$a \\times b \\leq c \\geq d \\neq e \\approx f$", "a × b ≤ c ≥ d ≠ e ≈ f"),
        ("$\\infty$, $\\sum_i$, $x \\in \\mathbb{R}^d$", "∞, ∑ᵢ, x ∈ ℝᵈ"),
        ("$\\log n$, $\\sqrt{x}$, $\\sqrt{n+1}$", "log n, √x, √(n+1)"),
        ("$a \\cdot b \\pm c$, $x \\to y$, $x \\rightarrow y$", "a · b ± c, x → y, x → y"),
        ("$\\frac{a}{b}$ and $\\frac{a+b}{2}$", "a/b and (a+b)/2"),
        ("\\(\\mathcal{L}\\) and \\[\\epsilon\\]", "ℒ and ε"),
        // unknown commands stay as written
        ("\\foo{bar} and \\unknown", "\\foo{bar} and \\unknown"),
        // URLs: trailing punctuation dropped, balanced parentheses kept
        ("Codes are at https://github.com/VITA-Group/Unified-LTH-GNN.", "Codes are at https://github.com/VITA-Group/Unified-LTH-GNN."),
        ("see \\url{https://x.org/a\\_b}", "see https://x.org/a_b"),
    ]

    @Test(arguments: cases)
    func cleansLaTeX(_ input: String, _ expected: String) {
        #expect(LaTeXCleaner.clean(input) == expected)
    }

    static let urlCases: [(String, [String])] = [
        ("Codes are at https://github.com/VITA-Group/Unified-LTH-GNN.", ["https://github.com/VITA-Group/Unified-LTH-GNN"]),
        ("available at https://arteq.is.tue.mpg.de.", ["https://arteq.is.tue.mpg.de"]),
        ("released at: https://github.com/maysonma/VAANet.", ["https://github.com/maysonma/VAANet"]),
        ("webpage: https://progress.eecs.umich.edu/projects/dnbp/ .", ["https://progress.eecs.umich.edu/projects/dnbp/"]),
        ("(see https://en.wikipedia.org/wiki/Swift_(language)).", ["https://en.wikipedia.org/wiki/Swift_(language)"]),
        ("(code: https://a.io/x), and www.example.com;", ["https://a.io/x", "https://www.example.com"]),
        ("Project page: http://cs-people.bu.edu/vpetsiuk/rise/", ["http://cs-people.bu.edu/vpetsiuk/rise/"]),
        ("no url: https:// or awww.example", []),
    ]

    @Test(arguments: urlCases)
    func findsURLsWithoutTrailingPunctuation(_ input: String, _ expected: [String]) {
        #expect(LaTeXCleaner.urls(in: input) == expected)
    }

    @Test func urlSpanEndsBeforeTheFullStop() {
        let spans = LaTeXCleaner.render("Code at https://github.com/cvg/GeoCalib.")
        #expect(spans == [TextSpan("Code at "), TextSpan("https://github.com/cvg/GeoCalib", url: "https://github.com/cvg/GeoCalib"), TextSpan(".")])
    }

    @Test func boldAndItalicBecomeSpanAttributes() {
        let spans = LaTeXCleaner.render("a \\textbf{bold} b {\\it it} c \\emph{em} {\\bf x}")
        #expect(spans == [
            TextSpan("a "), TextSpan("bold", bold: true), TextSpan(" b "), TextSpan("it", italic: true),
            TextSpan(" c "), TextSpan("em", italic: true), TextSpan(" "), TextSpan("x", bold: true),
        ])
    }

    @Test func plainTextIsOneSpan() {
        #expect(LaTeXCleaner.render("Plain words") == [TextSpan("Plain words")])
        #expect(LaTeXCleaner.render("") == [])
    }

    @Test func unbalancedInputDoesNotCrash() {
        for text in ["\\", "{", "}", "$", "\\frac{", "\\'", "$x_", "\\sqrt[", "a}b{c", "\\url{", "$$"] {
            _ = LaTeXCleaner.clean(text)
        }
        #expect(LaTeXCleaner.clean("a}b") == "a}b")
    }
}
