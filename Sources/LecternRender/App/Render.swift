import LecternCore

/// Draws the whole screen for `state` at `size` with Unicode glyphs. Pure: the same state and size
/// give the same grid.
public func render(_ state: State, size: Size) -> CellGrid {
    render(state, size: size, glyphs: .unicode)
}

/// Draws the whole screen with the glyphs `theme` asks for (Unicode or ASCII); `cache` keeps
/// wrapped abstracts between frames when the caller owns one.
public func render(_ state: State, size: Size, theme: Theme, cache: WrappedTextCache? = nil) -> CellGrid {
    render(state, size: size, glyphs: theme.glyphs, cache: cache)
}

/// Draws the whole screen with `glyphs`. Every cell of the result holds printable text only.
public func render(_ state: State, size: Size, glyphs: Glyphs, cache: WrappedTextCache? = nil) -> CellGrid {
    var grid = CellGrid(size: size)
    let layout = PaneLayout(size: size, detailsZoomed: state.detailsZoomed)
    if layout.mode == .tooSmall {
        TooSmallView(size: size, glyphs: glyphs).draw(into: &grid)
        return grid
    }
    SearchBarView(state: state, glyphs: glyphs).draw(into: &grid, in: layout.searchBar)
    SessionsView(state: state, glyphs: glyphs).draw(into: &grid, in: layout.sessions)
    ItemsView(state: state, glyphs: glyphs).draw(into: &grid, in: layout.items)
    DetailsView(state: state, glyphs: glyphs, cache: cache).draw(into: &grid, in: layout.details)
    StatusLineView(state: state, glyphs: glyphs).draw(into: &grid, in: layout.status)
    if let schedule = state.schedule {
        ScheduleView(state: state, schedule: schedule, glyphs: glyphs).draw(into: &grid, in: layout.overlay)
    } else if let related = state.related {
        RelatedView(state: state, related: related, glyphs: glyphs).draw(into: &grid, in: layout.overlay)
    } else if let people = state.people {
        PeopleView(state: state, people: people, glyphs: glyphs).draw(into: &grid, in: layout.overlay)
    } else if let messages = state.messagesOverlay {
        MessagesView(state: state, messages: messages, glyphs: glyphs).draw(into: &grid, in: layout.overlay)
    }
    if let help = state.help {
        grid.cursor = nil
        HelpOverlay(state: state, help: help, glyphs: glyphs).draw(into: &grid, in: layout.overlay)
    }
    if !(state.focus == .search && state.search.editing) && state.help == nil { grid.cursor = nil }
    return grid
}
