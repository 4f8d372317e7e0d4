/// One row of a person's work in the people panel.
public enum PeopleEntry: Hashable, Sendable {
    /// A session they moderate (session id).
    case session(String)
    /// A talk or paper they wrote (index into `Corpus.items`).
    case item(Int)
}
