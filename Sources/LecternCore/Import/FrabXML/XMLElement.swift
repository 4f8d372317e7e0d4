/// An element of an XML document: name, attributes in order, children, and the text directly inside it.
public final class XMLElement: Sendable {
    public let name: String
    public let attributes: [(name: String, value: String)]
    public let children: [XMLElement]
    /// The character data directly inside the element (CDATA included), in order.
    public let text: String
    public let line: Int
    public let column: Int

    init(name: String, attributes: [(name: String, value: String)], children: [XMLElement], text: String, line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        self.column = column
    }

    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The first child named `name`.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    public func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The trimmed text of the first child named `name`; nil when absent or empty.
    public func value(_ name: String) -> String? {
        guard let t = child(name)?.text.trimmedWhitespace, !t.isEmpty else { return nil }
        return t
    }
}
