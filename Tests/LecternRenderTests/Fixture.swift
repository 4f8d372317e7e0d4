import Foundation
import LecternCore
import LecternStorage

/// A small hand-written corpus in the shape of the bundled one (ICML 2021, times in PDT), and
/// states built on it with a fixed display zone so goldens do not depend on the machine.
enum Fixture {
    static let zone = "Europe/Berlin"

    /// Zone abbreviations (CEST, PDT) read from the system's tz database, as the executable does.
    static let systemZones = SystemZoneDatabase.shared
    static let pdt = -7 * 3600

    static func t(_ hour: Int, _ minute: Int) -> Timestamp {
        Timestamp(year: 2021, month: 7, day: 20, hour: hour, minute: minute, utcOffsetSeconds: pdt)
    }

    static let architectures = Session(id: "s-dl-architectures", title: "Deep Learning Architectures", moderator: "Ruslan Salakhutdinov",
                                       start: t(5, 0), end: t(5, 55), timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT",
                                       source: Provenance(file: "002_ca8e3577a9d278cc.txt", line: 1))
    static let algorithms = Session(id: "s-dl-algorithms-6", title: "Deep Learning Algorithms 6", moderator: "Graham Taylor",
                                    start: t(17, 0), end: t(17, 55), timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT",
                                    source: Provenance(file: "000_ab8cafbeae178898.txt", line: 1))

    static let reinforcement = Session(id: "s-rl-theory-2", title: "Reinforcement Learning Theory 2", moderator: nil,
                                       start: t(5, 0), end: t(5, 55), timeZone: "America/Los_Angeles", zoneAbbreviation: nil,
                                       source: Provenance(file: "003_786bcdff634eab6e.txt", line: 1))

    static func talk(_ id: String, _ kind: ItemKind, inferred: Bool? = nil, _ title: String, _ authors: [String], _ abstract: String,
                     _ session: Session, _ start: (Int, Int), _ end: (Int, Int), line: Int) -> Item {
        Item(id: id, kind: kind, kindInferred: inferred, title: title, authors: authors, abstract: abstract, sessionId: session.id,
             start: t(start.0, start.1), end: t(end.0, end.1), source: Provenance(file: session.source.file, line: line))
    }

    static func paper(_ id: String, _ title: String, _ abstract: String, line: Int) -> Item {
        Item(id: id, kind: .paper, title: title, authors: [], abstract: abstract, source: Provenance(file: "004_1ff04b75ad176379.txt", line: line))
    }

    static var items: [Item] {
        [
            talk("t-rpe", .oral, "Relative Positional Encoding for Transformers with Linear Complexity",
                 ["Antoine Liutkus", "Ondřej Cífka", "Shih-Lun Wu", "Umut Simsekli", "Yi-Hsuan Yang", "Gaël Richard"],
                 "Recent advances in Transformer models allow for unprecedented sequence lengths, due to linear space and time complexity. In the meantime, relative positional encoding (RPE) was proposed as beneficial for classical Transformers and consists in exploiting lags instead of absolute positions for inference. Still, RPE is not available for the recent linear-variants of the Transformer, because it requires the explicit computation of the attention matrix, which is precisely what is avoided by such methods. In this paper, we bridge this gap and present Stochastic Positional Encoding as a way to generate PE that can be used as a replacement to the classical additive (sinusoidal) PE and provably behaves like RPE. The main theoretical contribution is to make a connection between positional encoding and cross-covariance structures of correlated Gaussian processes. We illustrate the performance of our approach on the Long-Range Arena benchmark and on music generation.",
                 architectures, (5, 0), (5, 20), line: 13),
            talk("t-free-lunch", .spotlight, "A Free Lunch From ANN: Towards Efficient, Accurate Spiking Neural Networks Calibration",
                 ["Yuhang Li", "Shikuang Deng", "Xin Dong", "Ruihao Gong", "Shi Gu"],
                 "Spiking Neural Network (SNN) has been recognized as one of the next generation of neural networks. We introduce SNN Calibration, a cheap but extraordinarily effective method. Codes are released at https://github.com/yhhhli/SNN_Calibration.",
                 architectures, (5, 20), (5, 25), line: 22),
            talk("t-gansformer", .spotlight, "Generative Adversarial Transformers", ["Drew Hudson", "Larry Zitnick"],
                 "We introduce the GANsformer, a novel and efficient type of transformer, and explore it for the task of visual generative modeling.",
                 architectures, (5, 30), (5, 35), line: 40),
            talk("t-zoo", .spotlight, "Zoo-Tuning: Adaptive Transfer from A Zoo of Models", ["Yang Shu", "Zhi Kou", "Zhangjie Cao"],
                 "We propose \\emph{Zoo-Tuning} to address these challenges, which learns to adaptively transfer the parameters of pretrained models to the target task.",
                 architectures, (5, 40), (5, 45), line: 58),
            talk("t-qa-arch", .qa, "Q&A", [], "", architectures, (5, 50), (5, 55), line: 76),
            talk("t-cate", .oral, inferred: true, "CATE: Computation-aware Neural Architecture Encoding with Transformers",
                 ["Shen Yan", "Kaiqiang Song", "Fei Liu", "Mi Zhang"],
                 "Recent works (White et al., 2020a; Yan et al., 2020) demonstrate the importance of architecture encodings in Neural Architecture Search (NAS). In this work, we introduce a Computation-Aware Transformer-based Encoding method called CATE.",
                 algorithms, (17, 0), (17, 20), line: 11),
            talk("t-bw", .spotlight, inferred: true, "Blackwell Online Learning for Markov Decision Processes", ["Tongyi Li", "Tianyi Lin"],
                 "This work provides a novel interpretation of Markov Decision Processes (MDP) from the online optimization viewpoint.",
                 algorithms, (17, 20), (17, 25), line: 19),
            talk("t-rl-bounds", .oral, "Near-Optimal Regret Bounds for Episodic Reinforcement Learning", ["Alekh Agarwal"],
                 "We prove regret bounds for episodic reinforcement learning with function approximation.",
                 reinforcement, (5, 10), (5, 30), line: 14),
            paper("p-speech", "Neural Speech Synthesis with Transformer Network",
                  "Although end-to-end neural text-to-speech (TTS) methods (such as Tacotron2) are proposed and achieve state-of-the-art performance, they still suffer from two problems.", line: 3),
            paper("p-visual", "Towards Truly Zero-shot Compositional Visual Reasoning with LLMs as Programmers",
                  "Visual reasoning is dominated by end-to-end neural networks scaled to billions of model parameters and training examples.", line: 5),
            paper("p-isp", "Model-Based Image Signal Processors via Learnable Dictionaries",
                  "Digital cameras transform sensor RAW readings into RGB images by means of their Image Signal Processor (ISP).", line: 7),
        ]
    }

    static var corpus: Corpus {
        Corpus(sources: ["000_ab8cafbeae178898.txt", "002_ca8e3577a9d278cc.txt", "004_1ff04b75ad176379.txt"],
               sessions: [algorithms, architectures, reinforcement], items: items)
    }

    /// A state at `size` with the fixed display zone.
    static func state(_ corpus: Corpus = Fixture.corpus, size: Size) -> State {
        var s = State(corpus: corpus, size: size, environment: Environment(displayTimeZone: zone, zones: systemZones))
        _ = reduce(&s, .terminalResized(size))
        return s
    }

    /// The first session opened, its second talk selected, focus on the items.
    static func browsing(size: Size) -> State {
        var s = state(size: size)
        if let first = s.sessionEntries.first { s.openEntry(first) }
        if s.visibleItems.count > 1 { s.selectItem(id: s.corpus.items[s.visibleItems[1]].id) }
        s.focus = .items
        return s
    }
}
