/// The terms of a corpus read in parts, numbered as reading it in one go would number them (the first
/// part's in its order, then each later part's new ones in its order), with how many items hold each
/// and the surface word shown for it.
struct SimilarityVocabulary {
    /// Per part: its own term ids to the joined ones.
    let maps: [[Int32]]
    /// Per term: the number of items holding it.
    let documentFrequency: [Int32]
    /// Per term: the surface word most often seen for it (ties: the smallest).
    let surfaces: [String]

    var termCount: Int { documentFrequency.count }

    init(_ parts: [SimilarityCounts]) {
        var ids: [String: Int32] = [:]
        var df: [Int32] = []
        var maps: [[Int32]] = []
        var totals: [String: (term: Int32, count: Int32)] = [:]
        for part in parts {
            let partDf = part.documentFrequency
            let map = part.stems.enumerated().map { t, stem -> Int32 in
                let id: Int32
                if let known = ids[stem] {
                    id = known
                } else {
                    id = Int32(df.count)
                    ids[stem] = id
                    df.append(0)
                }
                df[Int(id)] += partDf[t]
                return id
            }
            for w in part.countedWords() { totals[w.text, default: (map[Int(w.term)], 0)].count += w.count }
            maps.append(map)
        }
        var best = [Int32](repeating: 0, count: df.count)
        var surfaces = [String](repeating: "", count: df.count)
        for (text, w) in totals {
            let t = Int(w.term)
            if w.count > best[t] || (w.count == best[t] && text < surfaces[t]) {
                best[t] = w.count
                surfaces[t] = text
            }
        }
        self.maps = maps
        documentFrequency = df
        self.surfaces = surfaces
    }
}
