/// The names of days and months, once: every weekday or month table in lectern reads these.
/// Weekdays count from 0 = Sunday (as `Timestamp.wallClock` does), months from 1 = January.
public enum CalendarNames {
    public static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    public static let months = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]
    /// `Tue`; `?` outside 0...6.
    public static let shortWeekdays = weekdays.map { String($0.prefix(3)) }
    /// `Jul`; `?` outside 1...12.
    public static let shortMonths = months.map { String($0.prefix(3)) }

    /// The weekday's name (`Tuesday`, or `Tue` when `short`), `?` for a number that is none.
    public static func weekday(_ number: Int, short: Bool = true) -> String {
        let names = short ? shortWeekdays : weekdays
        return names.indices.contains(number) ? names[number] : "?"
    }

    /// The month's name (`July`, or `Jul` when `short`), `?` for a number that is none.
    public static func month(_ number: Int, short: Bool = true) -> String {
        let names = short ? shortMonths : months
        return names.indices.contains(number - 1) ? names[number - 1] : "?"
    }
}
