import Foundation

/// Folds text the way search does (NFD, combining marks dropped, lower case) and splits it into terms.
enum TermFolding {
    /// `Ondřej Cífka` → `ondrej cifka`.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: out.append(s)
            }
        }
        return String(out).lowercased()
    }

    /// Folded words of letters and digits, in order, scalar by scalar. The similarity index reads
    /// ASCII words from bytes itself (`SimilarityWords`) and calls this for runs with other characters.
    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(Substring(String(current)))
                current = String.UnicodeScalarView()
            }
        }
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        let source = ascii ? text : text.decomposedStringWithCanonicalMapping
        for s in source.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    current.append(s)
                } else if v >= 0x41 && v <= 0x5A, let lower = Unicode.Scalar(v + 32) {
                    current.append(lower)
                } else {
                    flush()
                }
                continue
            }
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                if s.properties.isAlphabetic || s.properties.numericType != nil {
                    current.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }

    /// Light suffix stripping so that plural and verb forms share a term:
    /// `transformers` → `transformer`, `encodings`/`encoded`/`encoding` → `encod`.
    static func stem(_ word: Substring) -> String {
        var w = String(word)
        guard w.count > 3, w.allSatisfy({ $0.isLetter }) else { return w }
        if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3)
            w += "y"
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        for suffix in ["ing", "ed"] where w.hasSuffix(suffix) && w.count - suffix.count >= 4 {
            w.removeLast(suffix.count)
            break
        }
        if w.hasSuffix("e"), w.count >= 5 { w.removeLast() }
        return w
    }

    /// Words too common to say anything about a document.
    static let stopWords: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "also", "although",
        "among", "an", "and", "another", "any", "are", "as", "at", "be", "because", "been", "before", "being",
        "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done",
        "down", "due", "during", "each", "either", "else", "enough", "etc", "even", "ever", "every", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
        "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "less", "many", "may",
        "might", "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off",
        "often", "on", "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "out",
        "over", "own", "per", "rather", "same", "she", "should", "since", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "thereby", "therefore", "these", "they",
        "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via",
        "was", "we", "well", "were", "what", "when", "where", "whereas", "whether", "which", "while", "who",
        "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
        "i.e", "e.g", "et", "al", "two", "three", "first", "second", "new", "novel", "paper", "propose",
        "proposed", "proposes", "present", "presents", "show", "shows", "shown", "demonstrate", "demonstrates",
        "approach", "approaches", "method", "methods", "result", "results", "work", "works", "use", "used",
        "uses", "using", "based", "existing", "recent", "recently", "significant", "significantly", "achieve",
        "achieves", "achieved", "state", "art", "experiment", "experiments", "experimental", "code", "available",
        "https", "http", "www", "github", "com", "org", "via", "able", "make", "makes", "provide", "provides",
        "introduce", "introduces", "given", "further", "several", "various", "different", "both", "toward",
        "towards", "well", "whole", "best", "better", "improve", "improves", "improved", "effective",
        "effectively", "outperform", "outperforms", "problem", "problems", "study", "studies",
        "like", "quite", "surprisingly", "moreover", "previous", "previously", "simultaneously", "require",
        "requires", "allow", "allows", "help", "helps", "create", "conduct", "explore", "presented", "analyze",
        "particular", "particularly", "efficiently", "increase", "reduce", "readily", "traditionally",
        "indispensable", "motivated", "prove", "beneficial", "widely", "commonly", "respectively", "including",
        "especially", "specifically", "typically", "usually", "finally", "additionally", "furthermore",
    ]
}
