/// What covers the panes and takes the keys: one at a time, by construction.
public enum Overlay: Equatable, Sendable {
    case help(HelpFeature.State)
    case schedule(ScheduleFeature.State)
    case related(RelatedFeature.State)
    case people(PeopleFeature.State)
    /// The export prompt in the status line (`x`): the format, then the path.
    case export(ExportFeature.State)
    /// The links of an item offered in the status line (`o`), a digit each.
    case links(LinksFeature.State)
    /// Every status message of the session (`M`).
    case messages(MessagesFeature.State)
    /// A question in the status line, waiting for its answer.
    case confirm(ConfirmFeature.Question)
}
