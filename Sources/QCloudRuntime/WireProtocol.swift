import Foundation

/// How an operation's requests are sent and its responses read, by the dialect of the page it
/// was generated from.
public enum WireProtocol: String, Sendable, Hashable, CaseIterable {
    /// Classic API 2.0: form parameters signed with HmacSHA1/256 on `/v2/index.php`, responses
    /// `{"code", "message", …}`.
    case v2
    /// V3 pages: the v2 endpoint and signature plus a `Version` parameter; responses wrapped as
    /// `{"Response": {…, "RequestId"}}`, errors as `Response.Error {Code, Message}`.
    case v2Versioned = "v2-versioned"
    /// API 3.0: POST JSON on path `/` signed with TC3-HMAC-SHA256 (`X-TC-*` headers), or the v1
    /// GET form (``ClientConfiguration/v3Signing``); the `Response` envelope.
    case v3

    /// Whether responses come in the `Response` envelope.
    public var isEnveloped: Bool { self != .v2 }
}

/// How API 3.0 calls are signed.
public enum V3Signing: String, Sendable, Hashable {
    /// POST JSON with TC3-HMAC-SHA256 (the default).
    case tc3
    /// GET with the parameters flattened and a v1 HmacSHA1/256 signature (``ClientConfiguration/signatureMethod``).
    case v1
}

/// The JSON body of an API 3.0 call, built from the flattened parameters the request writes
/// (`Filters.0.Values.0=a` → `{"Filters": [{"Values": ["a"]}]}`), each value with the JSON kind
/// its Swift type has.
public enum JSONBody {
    private indirect enum Node {
        case value(String, ParameterKind)
        case members([(String, Node)])
        case elements([Node])

        /// An empty node read as an array, for a numeric segment.
        var orElements: Node {
            if case .members(let members) = self, members.isEmpty { return .elements([]) }
            return self
        }
    }

    /// The body, members in the order the request writes them.
    public static func encode(_ parameters: [(name: String, value: String)], kinds: [ParameterKind]) -> Data {
        var root = Node.members([])
        for (index, parameter) in parameters.enumerated() {
            let kind = index < kinds.count ? kinds[index] : .string
            let path = parameter.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            insert(&root, path[...], .value(parameter.value, kind))
        }
        var out = ""
        write(root, into: &out)
        return Data(out.utf8)
    }

    private static func insert(_ node: inout Node, _ path: ArraySlice<String>, _ leaf: Node) {
        guard let head = path.first else { node = leaf; return }
        let rest = path.dropFirst()
        // A numeric segment indexes an array (the writer numbers elements from 0, in order).
        if let index = Int(head), index >= 0, case .elements(var elements) = node.orElements {
            while elements.count <= index { elements.append(.members([])) }
            insert(&elements[index], rest, leaf)
            node = .elements(elements)
            return
        }
        guard case .members(var members) = node else {
            node = .members([])
            insert(&node, path, leaf)
            return
        }
        if let at = members.firstIndex(where: { $0.0 == head }) {
            insert(&members[at].1, rest, leaf)
        } else {
            var child = Node.members([])
            if let next = rest.first, Int(next) != nil { child = .elements([]) }
            insert(&child, rest, leaf)
            members.append((head, child))
        }
        node = .members(members)
    }

    private static func write(_ node: Node, into out: inout String) {
        switch node {
        case .value(let text, let kind):
            switch kind {
            case .number where Double(text)?.isFinite == true: out += text
            case .boolean where text == "true" || text == "false": out += text
            case .json: out += text
            default: out += quoted(text)
            }
        case .members(let members):
            out += "{"
            for (index, (name, child)) in members.enumerated() {
                if index > 0 { out += "," }
                out += quoted(name) + ":"
                write(child, into: &out)
            }
            out += "}"
        case .elements(let elements):
            out += "["
            for (index, child) in elements.enumerated() {
                if index > 0 { out += "," }
                write(child, into: &out)
            }
            out += "]"
        }
    }

    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x2028...0x2029).contains(scalar.value):
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
