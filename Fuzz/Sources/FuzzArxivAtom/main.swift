import FuzzReaderHarness
import LecternCore

/// Feeds each input to the arXiv API Atom reader (see `fuzzReader`).
fuzzReader(ArxivAtomReader.self, options: [ImportOptions()])
