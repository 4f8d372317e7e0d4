/// Reading helpers for schedule JSON, where most fields are optional and either a string or an object.
extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    var members: [(key: String, value: JSONValue)]? {
        if case .object(let m) = kind { return m }
        return nil
    }

    var elements: [JSONValue]? {
        if case .array(let a) = kind { return a }
        return nil
    }

    /// A string, or a number written as text (ids); nil for anything else or blank.
    var text: String? {
        switch kind {
        case .string(let s): return ScheduleCommon.text(s)
        case .number(let raw, _): return raw
        default: return nil
        }
    }

    /// A name that is a string or an object with `name` (or `slug`), as schedule2 writes rooms and tracks.
    var name: String? {
        if let t = text { return t }
        return self["name"]?.text ?? self["slug"]?.text
    }
}
