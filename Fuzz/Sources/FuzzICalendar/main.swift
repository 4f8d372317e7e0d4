import FuzzReaderHarness
import LecternCore

/// Feeds each input to the iCalendar reader, with and without a --time-zone (see `fuzzReader`).
fuzzReader(ICalendarReader.self, options: [ImportOptions(), ImportOptions(timeZone: "Europe/Brussels")])
