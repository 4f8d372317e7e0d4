/// Namespace-aware names over our XML reader's elements: `prefix:local` resolved through the
/// `xmlns` declarations in scope, so that `<atom:entry>` and a default-namespace `<entry>` match alike.
struct XMLNames {
    let namespace: String?
    let local: String

    /// The name of `element` with the declarations of its ancestors (`scope`, prefix to URI, "" for
    /// the default) and its own.
    static func resolve(_ element: XMLElement, scope: [String: String]) -> (name: XMLNames, scope: [String: String]) {
        var inner = scope
        for attribute in element.attributes {
            if attribute.name == "xmlns" {
                inner[""] = attribute.value
            } else if attribute.name.hasPrefix("xmlns:") {
                inner[String(attribute.name.dropFirst(6))] = attribute.value
            }
        }
        let parts = element.name.split(separator: ":", maxSplits: 1)
        let prefix = parts.count == 2 ? String(parts[0]) : ""
        let local = String(parts.last ?? "")
        return (XMLNames(namespace: inner[prefix] ?? (prefix.isEmpty ? nil : prefix), local: local), inner)
    }
}
