import FuzzReaderHarness
import LecternCore

/// Feeds each input to the MiniConfPapers reader (see `fuzzReader`).
fuzzReader(MiniConfPapersReader.self, options: [ImportOptions()])
