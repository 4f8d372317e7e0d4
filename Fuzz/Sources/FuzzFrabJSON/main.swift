import FuzzReaderHarness
import LecternCore

/// Feeds each input to the frab schedule JSON reader, with and without a --time-zone (see `fuzzReader`).
fuzzReader(FrabJSONReader.self, options: [ImportOptions(), ImportOptions(timeZone: "Europe/Brussels")])
