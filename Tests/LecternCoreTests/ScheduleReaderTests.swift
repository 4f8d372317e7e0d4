import Foundation
import Testing
@testable import LecternCore

/// The readers on small hand-written inputs: what the samples do not show.
@Suite struct ScheduleReaderTests {
    func importing(_ text: String, name: String = "s", timeZone: String? = nil) throws(ImportError) -> (corpus: Corpus, messages: [ImportMessage]) {
        try SourceImport.importSources([(name, Array(text.utf8))], options: ImportOptions(timeZone: timeZone))
    }

    func error(_ text: String) -> String {
        do { _ = try importing(text); return "no error" } catch { return error.description }
    }

    @Test func xmlDayChangeMovesEarlyTimesToTheNextDate() throws {
        let xml = """
        <?xml version="1.0"?>
        <schedule><conference><title>Night &amp; Day</title><day_change>04:00</day_change><time_zone_name>Europe/Berlin</time_zone_name></conference>
        <day date="2019-12-27" index="1"><room name="Ada">
        <event id="1"><start>23:30</start><duration>01:00</duration><title>Late</title></event>
        <event id="2"><start>01:00</start><duration>00:30</duration><title>After midnight</title></event>
        </room></day></schedule>
        """
        let (corpus, _) = try importing(xml)
        #expect(corpus.conferences?.first?.title == "Night & Day")
        let late = try #require(corpus.items.first { $0.title == "Late" })
        let after = try #require(corpus.items.first { $0.title == "After midnight" })
        #expect(late.end?.iso8601 == "2019-12-28T00:30:00+01:00")
        #expect(after.start?.iso8601 == "2019-12-28T01:00:00+01:00")
        #expect(late.sessionId == after.sessionId)  // both on the 27th's schedule
    }

    @Test func malformedXMLIsAnErrorWithLineAndColumn() {
        #expect(error("<schedule>\n  <conference>\n</schedule>") == "s:3:1: expected </conference> closing <conference> from line 2, found \"</schedule>\"")
        #expect(error("<schedule>\n<title>a &bogus; b</title></schedule>").hasPrefix("s:2:10: expected one of the entities"))
        #expect(error("<schedule>\n<event>").hasPrefix("s:2:8: expected </event> closing <event>"))
    }

    @Test func dtdsExternalEntitiesAndEntityBombsAreRefused() {
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <schedule><conference><title>&b;</title></conference></schedule>
        """
        #expect(error(bomb).hasPrefix("s:2:1: expected no DTD"))
        let external = "<?xml version=\"1.0\"?><!DOCTYPE schedule SYSTEM \"file:///etc/passwd\"><schedule>&xxe;</schedule>"
        #expect(error(external).contains("expected no DTD"))
    }

    @Test func aBadEventIsSkippedWithItsPlaceAndTheRestKept() throws {
        let xml = """
        <schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference><day date="2020-01-01"><room name="R">
        <event id="1"><start>9 o'clock</start><title>Bad</title></event>
        <event id="2"><start>09:00</start><duration>00:30</duration><title>Good</title></event>
        </room></day></schedule>
        """
        let (corpus, messages) = try importing(xml)
        #expect(corpus.items.map(\.title) == ["Good"])
        #expect(messages.count == 1)
        #expect(messages.first?.description.hasPrefix("s:2:15: expected a <start> time") == true)
        let json = """
        {"schedule": {"conference": {"title": "J", "time_zone_name": "UTC", "days": [{"date": "2020-01-01", "rooms": {"R": [
          {"id": 1, "start": "10:00", "duration": "00:30"},
          {"id": 2, "title": "Kept", "start": "11:00", "duration": "00:30"}]}}]}}}
        """
        let (c2, m2) = try importing(json)
        #expect(c2.items.map(\.title) == ["Kept"])
        #expect(m2.first?.description.contains("at schedule.conference.days[0].rooms[\"R\"][0]") == true)
    }

    @Test func iCalendarFoldingEscapesDurationVTimezoneAndRecurrence() throws {
        let ics = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:Tiny\\, conf",
            "BEGIN:VTIMEZONE", "TZID:Custom Eastern",
            "BEGIN:STANDARD", "DTSTART:19701101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:a@x", "SUMMARY:Summer talk\\; with a long", "  folded title", "DTSTART;TZID=Custom Eastern:20240710T100000",
            "DURATION:PT1H30M", "DESCRIPTION:line one\\nline two", "LOCATION:Hall A", "END:VEVENT",
            "BEGIN:VEVENT", "UID:b@x", "SUMMARY:Winter talk", "DTSTART;TZID=Custom Eastern:20240110T100000", "DTEND;TZID=Custom Eastern:20240110T110000",
            "RRULE:FREQ=WEEKLY;COUNT=1000000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:c@x", "SUMMARY:In UTC", "DTSTART:20240110T150000Z", "DTEND:20240110T160000Z", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let (corpus, messages) = try importing(ics, timeZone: "America/New_York")
        #expect(corpus.conferences?.first?.title == "Tiny, conf")
        let summer = try #require(corpus.items.first { $0.id.hasSuffix("-a") })
        #expect(summer.title == "Summer talk; with a long folded title")
        #expect(summer.start?.iso8601 == "2024-07-10T10:00:00-04:00" && summer.end?.iso8601 == "2024-07-10T11:30:00-04:00")
        #expect(summer.abstract == "line one\nline two" && summer.room == "Hall A")
        let winter = try #require(corpus.items.first { $0.title == "Winter talk" })
        #expect(winter.start?.iso8601 == "2024-01-10T10:00:00-05:00")
        let utc = try #require(corpus.items.first { $0.title == "In UTC" })
        #expect(utc.start?.iso8601 == "2024-01-10T10:00:00-05:00")
        #expect(messages.contains(.warning("s: 1 recurring event imported at the first occurrence only")))
    }

    @Test func htmlBecomesReadableText() {
        let html = "<p>First &amp; foremost,<br>a line.</p><ul><li>one</li><li>two <a href=\"https://x.org/a\">link</a></li></ul><p>caf&eacute; &#233; &#x2014;<script>bad()</script></p>"
        #expect(HTMLText.readable(html) == "First & foremost,\na line.\n\n• one\n• two link (https://x.org/a)\n\ncafé é —")
        #expect(HTMLText.readable("a < b and 3 > 2\r\nnext") == "a < b and 3 > 2\nnext")
        #expect(HTMLText.readable("<p>see <a href=\"https://x.org\">https://x.org</a></p>") == "see https://x.org")
    }

    @Test func aLongAbstractDoesNotStall() throws {
        let long = String(repeating: "&lt;p&gt;word &amp;amp; more&lt;/p&gt; ", count: 200_000)
        let xml = "<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference><day date=\"2020-01-01\"><room name=\"R\"><event id=\"1\"><start>09:00</start><duration>00:30</duration><title>Big</title><abstract>\(long)</abstract></event></room></day></schedule>"
        let (corpus, _) = try importing(xml)
        #expect(corpus.items.first?.abstract.hasPrefix("word & more\n\nword & more") == true)
    }
}

/// A date before 1900 in a zone whose offset then had seconds (Berlin's local mean time,
/// +00:53:28): the corpus still writes and reads back the same timestamps (found by the fuzzer).
@Suite struct LocalMeanTimeTests {
    @Test func anOffsetWithSecondsRoundTrips() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <schedule>
          <conference><title>Tiny</title><acronym>tiny</acronym><start>2020-01-01</start><end>2020-01-02</end>
            <time_zone_name>Europe/Berlin</time_zone_name></conference>
          <day index="1" date="2020-01-01">
            <room name="Ada">
              <event id="1" guid="6a32cb72-a69d-423c-91b5-60d88eb8e6c7">
                <date>1020-01-01T23:30:00+01:00</date><start>23:30</start><duration>01:00</duration><room>Ada</room>
                <title>Late</title><type>lecture</type>
              </event>
            </room>
          </day>
        </schedule>
        """
        let corpus = try SourceImport.importSources([("tiny.xml", Array(xml.utf8))]).corpus
        let item = try #require(corpus.items.first)
        #expect(item.start.map { $0.utcOffsetSeconds % 60 } == 0)
        #expect(try CorpusDecoder.decode(try corpus.jsonData(), fileName: "tiny.json") == corpus)
        #expect(Timestamp(epochSeconds: 0, utcOffsetSeconds: -3208).utcOffsetSeconds == -3180)
    }
}
