/// What one schedule yielded: its conference (with a provisional id) and its events.
public struct ScheduleImport: Sendable, Equatable {
    public var conference: Conference
    public var events: [ScheduleEvent]
    public var file: String

    public init(conference: Conference, events: [ScheduleEvent], file: String) {
        self.conference = conference
        self.events = events
        self.file = file
    }
}
