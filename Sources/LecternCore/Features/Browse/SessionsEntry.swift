/// One row of the sessions pane.
public enum SessionsEntry: Hashable, Sendable {
    /// A session: an ICML session, or a schedule's room on one day.
    case session(String)
    /// A conference's header, when the library holds more than one: every talk of it, by time.
    case conference(String)
    /// One day of a conference (`YYYY-MM-DD` in the conference's own clock): every talk of it, by time.
    case day(conference: String?, date: String)
    /// One track on one day of a conference; an empty name holds the talks with no track.
    case track(conference: String?, date: String, name: String)
    /// The papers with no named collection (the bundled trending list, a `--corpus` file's papers).
    case trending
    /// The papers of one named collection of the library ("CHIL 2024 proceedings"), by its name.
    case collection(String)
    case bookmarks
}
