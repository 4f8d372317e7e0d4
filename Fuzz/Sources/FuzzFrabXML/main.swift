import FuzzReaderHarness
import LecternCore

/// Feeds each input to the frab schedule XML reader, with and without a --time-zone (see `fuzzReader`).
fuzzReader(FrabXMLReader.self, options: [ImportOptions(), ImportOptions(timeZone: "Europe/Brussels")])
