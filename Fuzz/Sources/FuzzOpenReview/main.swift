import FuzzReaderHarness
import LecternCore

/// Feeds each input to the OpenReview notes reader (see `fuzzReader`).
fuzzReader(OpenReviewReader.self, options: [ImportOptions()])
