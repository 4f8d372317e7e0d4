import FuzzReaderHarness
import LecternCore

/// Feeds each input to the arXiv snapshot (JSON Lines) reader, with filters (see `fuzzReader`).
fuzzReader(ArxivSnapshotReader.self, options: [ImportOptions(categories: ["cs.LG"], since: "2020-01-01")])
