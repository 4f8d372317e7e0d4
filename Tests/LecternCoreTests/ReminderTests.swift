import LecternCore
import Testing

@Suite struct ReminderTests {
    @Test(arguments: [("10m", 10), ("10", 10), ("1h", 60), ("1h30m", 90), ("2d", 2880), ("1d2h5m", 1565), (" 15M ", 15)])
    func durationsAreRead(text: String, minutes: Int) {
        #expect(Reminder.parse(text) == .some(Reminder(minutes: minutes)))
    }

    @Test(arguments: ["0", "none", "off", "0m"])
    func noReminder(text: String) {
        #expect(Reminder.parse(text) == .some(nil))
    }

    @Test(arguments: ["", "soon", "30m1h", "1h1h", "m", "10x", "-5", "8d", "99999999999999999999"])
    func notADuration(text: String) {
        #expect(Reminder.parse(text) == nil)
    }

    @Test func triggersAreRFC5545Durations() {
        #expect(Reminder(minutes: 10)?.trigger == "-PT10M")
        #expect(Reminder(minutes: 90)?.trigger == "-PT1H30M")
        #expect(Reminder(minutes: 2880)?.trigger == "-P2D")
        #expect(Reminder(minutes: 1565)?.trigger == "-P1DT2H5M")
        #expect(Reminder(minutes: 61)?.spoken == "1 hour 1 minute")
    }
}
