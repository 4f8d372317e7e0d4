import FuzzReaderHarness
import LecternCore

/// Feeds each input to the MiniConfCalendar reader (see `fuzzReader`).
fuzzReader(MiniConfCalendarReader.self, options: [ImportOptions()])
