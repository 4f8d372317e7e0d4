import FuzzReaderHarness
import LecternCore

/// Feeds each input to the BibTeX reader (see `fuzzReader`).
fuzzReader(BibTeXReader.self, options: [ImportOptions()])
