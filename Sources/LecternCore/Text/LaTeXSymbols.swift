/// The tables `LaTeXCleaner` reads: symbols, accents, font alphabets, sub- and superscript digits and letters.
enum LaTeXSymbols {
    /// Control words that stand for one symbol or word.
    static let words: [String: String] = [
        // Greek, lower case
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
        "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        // Greek, upper case
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        // relations and operators
        "times": "×", "cdot": "·", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆", "circ": "∘",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
        "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫",
        "infty": "∞", "sum": "∑", "prod": "∏", "int": "∫", "oint": "∮", "partial": "∂", "nabla": "∇",
        "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇",
        "cup": "∪", "cap": "∩", "setminus": "∖", "emptyset": "∅", "varnothing": "∅",
        "forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬", "land": "∧", "lor": "∨", "wedge": "∧", "vee": "∨",
        "oplus": "⊕", "otimes": "⊗", "odot": "⊙", "top": "⊤", "bot": "⊥", "perp": "⊥", "parallel": "∥",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⇒", "iff": "⇔",
        "mapsto": "↦", "uparrow": "↑", "downarrow": "↓",
        "ell": "ℓ", "hbar": "ℏ", "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ", "prime": "′",
        "ldots": "…", "cdots": "⋯", "dots": "…", "vdots": "⋮", "ddots": "⋱",
        "langle": "⟨", "rangle": "⟩", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊", "rfloor": "⌋",
        "mid": "|", "vert": "|", "lvert": "|", "rvert": "|", "Vert": "‖", "lVert": "‖", "rVert": "‖",
        "deg": "°", "degree": "°", "textdegree": "°", "checkmark": "✓", "dagger": "†", "ddagger": "‡",
        "S": "§", "P": "¶", "copyright": "©", "textregistered": "®", "texttrademark": "™",
        "euro": "€", "pounds": "£", "textendash": "–", "textemdash": "—", "textbullet": "•",
        "quad": " ", "qquad": "  ", "colon": ":", "lbrace": "{", "rbrace": "}",
        "left": "", "right": "", "big": "", "Big": "", "bigg": "", "Bigg": "",
        "bigl": "", "bigr": "", "Bigl": "", "Bigr": "", "displaystyle": "", "limits": "", "nolimits": "",
        // operator names print as words
        "log": "log", "ln": "ln", "exp": "exp", "sin": "sin", "cos": "cos", "tan": "tan", "tanh": "tanh",
        "max": "max", "min": "min", "arg": "arg", "argmax": "argmax", "argmin": "argmin", "sup": "sup",
        "inf": "inf", "lim": "lim", "det": "det", "dim": "dim", "ker": "ker", "Pr": "Pr", "sgn": "sgn",
        "LaTeX": "LaTeX", "TeX": "TeX",
    ]

    /// Control words that print a letter; a space after them is swallowed, as TeX does.
    static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    ]

    /// Accents, written as a control symbol (`\'e`) or a control word (`\c{c}`), to combining marks.
    static let accents: [String: Unicode.Scalar] = [
        "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "\"": "\u{0308}", "~": "\u{0303}",
        "=": "\u{0304}", ".": "\u{0307}", "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}",
        "H": "\u{030B}", "k": "\u{0328}", "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
        "hat": "\u{0302}", "widehat": "\u{0302}", "tilde": "\u{0303}", "widetilde": "\u{0303}",
        "bar": "\u{0304}", "overline": "\u{0305}", "dot": "\u{0307}", "ddot": "\u{0308}", "vec": "\u{20D7}",
        "acute": "\u{0301}", "grave": "\u{0300}", "breve": "\u{0306}", "check": "\u{030C}",
    ]

    /// Control symbols (`\%`) that print their character.
    static let escapes: [Character: String] = [
        "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}",
        ",": " ", ";": " ", ":": " ", " ": " ", "!": "", "\\": " ", "|": "‖", "/": "", "-": "",
    ]

    static let blackboard: [Character: String] = [
        "R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ", "H": "ℍ", "1": "𝟙",
    ]

    static let calligraphic: [Character: String] = [
        "A": "𝒜", "B": "ℬ", "C": "𝒞", "D": "𝒟", "E": "ℰ", "F": "ℱ", "G": "𝒢", "H": "ℋ", "I": "ℐ",
        "J": "𝒥", "K": "𝒦", "L": "ℒ", "M": "ℳ", "N": "𝒩", "O": "𝒪", "P": "𝒫", "Q": "𝒬", "R": "ℛ",
        "S": "𝒮", "T": "𝒯", "U": "𝒰", "V": "𝒱", "W": "𝒲", "X": "𝒳", "Y": "𝒴", "Z": "𝒵",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ",
        "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
        "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "φ": "ᵩ", "ϕ": "ᵩ", "χ": "ᵪ",
    ]

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "′": "′", "*": "*", "∗": "*", "⊤": "ᵀ",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ",
        "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ",
        "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
        "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ",
        "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ", "W": "ᵂ",
        "α": "ᵅ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "θ": "ᶿ", "φ": "ᵠ", "ϕ": "ᵠ", "χ": "ᵡ",
    ]

    /// Commands whose one argument is shown in bold, italic, or plain.
    static let boldArgument: Set<String> = ["textbf", "mathbf", "boldsymbol", "bm"]
    static let italicArgument: Set<String> = ["textit", "emph", "textsl", "mathit"]
    static let plainArgument: Set<String> = [
        "textsc", "texttt", "textrm", "textsf", "textup", "textnormal", "text", "mathrm", "mathsf",
        "mathtt", "operatorname", "mbox", "hbox", "textmd", "ensuremath",
    ]
    /// Declarations that switch the font for the rest of the group.
    static let boldSwitch: Set<String> = ["bf", "bfseries"]
    static let italicSwitch: Set<String> = ["it", "em", "itshape", "sl", "slshape"]
    static let plainSwitch: Set<String> = ["rm", "tt", "sc", "sf", "normalfont", "upshape", "mdseries", "scshape", "ttfamily"]
}
