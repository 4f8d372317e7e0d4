/// Where each pane goes for a terminal size. Geometry only; shared by the reducer (page sizes,
/// mouse hit-testing) and the renderer, so both agree on what is on screen.
public struct PaneLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case wide, narrow, tooSmall }

    public static let minimumSize = Size(width: 40, height: 10)
    /// From this width on, the three panes stand side by side.
    public static let wideWidth = 100
    /// The widest the sessions pane gets: its titles and times fit, and the rest goes to the items.
    public static let sessionsMaxWidth = 36
    /// Screen rows each entry of a list takes.
    public static let rowsPerSession = 2
    public static let rowsPerItem = 2

    public var mode: Mode
    public var searchBar: Rect
    public var status: Rect
    /// Pane rectangles including their borders; `.zero` when the pane is hidden.
    public var sessions: Rect
    public var items: Rect
    public var details: Rect

    public init(size: Size, detailsZoomed: Bool = false) {
        let w = size.width, h = size.height
        guard w >= PaneLayout.minimumSize.width, h >= PaneLayout.minimumSize.height else {
            mode = .tooSmall
            searchBar = .zero; status = .zero; sessions = .zero; items = .zero; details = .zero
            return
        }
        searchBar = Rect(x: 0, y: 0, width: w, height: 1)
        status = Rect(x: 0, y: h - 1, width: w, height: 1)
        let bodyY = 1, bodyH = h - 2
        if w >= PaneLayout.wideWidth {
            mode = .wide
            let sw = min(PaneLayout.sessionsMaxWidth, max(24, w * 24 / 100))
            let iw = max(30, (w - sw) * 48 / 100)
            sessions = Rect(x: 0, y: bodyY, width: sw, height: bodyH)
            items = Rect(x: sw, y: bodyY, width: iw, height: bodyH)
            details = Rect(x: sw + iw, y: bodyY, width: w - sw - iw, height: bodyH)
        } else {
            mode = .narrow
            if detailsZoomed {
                sessions = .zero
                items = .zero
                details = Rect(x: 0, y: bodyY, width: w, height: bodyH)
            } else {
                let sw = max(16, w * 34 / 100)
                sessions = Rect(x: 0, y: bodyY, width: sw, height: bodyH)
                items = Rect(x: sw, y: bodyY, width: w - sw, height: bodyH)
                details = .zero
            }
        }
    }

    /// The rectangle of a pane (with its border).
    public func rect(of pane: PaneID) -> Rect {
        switch pane {
        case .sessions: return sessions
        case .items: return items
        case .details: return details
        case .search: return searchBar
        }
    }

    /// Where the help overlay, the schedule and the panels go: the whole body, between the bars.
    public var overlay: Rect { Rect(x: 0, y: 1, width: searchBar.width, height: max(0, status.y - 1)) }

    /// How many entries of a pane's list are visible at once.
    public func visibleEntries(of pane: PaneID) -> Int {
        let inner = max(0, rect(of: pane).height - 2)
        switch pane {
        case .sessions: return max(1, inner / PaneLayout.rowsPerSession)
        case .items: return max(1, inner / PaneLayout.rowsPerItem)
        default: return max(1, inner)
        }
    }

    /// Panes that are on screen, left to right.
    public var visiblePanes: [PaneID] {
        [PaneID.sessions, .items, .details].filter { !rect(of: $0).isEmpty }
    }
}
