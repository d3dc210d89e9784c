import DocText

/// Host names parsed as host names, not matched as text.
public enum HostName {
    /// The placeholder a host template holds for the region (`cmq-queue-{region}.api.qcloud.com`);
    /// the client fills it in.
    public static let regionPlaceholder = "{region}"

    /// A template with its placeholders filled by a sample region, for checking it as a host name.
    public static func filled(_ template: String) -> String {
        template.replacingOccurrencesIfPresent(of: regionPlaceholder, with: "region")
    }

    /// Whether `host` is a DNS host name: dot-separated labels of ASCII letters, digits and
    /// hyphens (not at a label's ends), 1 to 63 characters each, at most 253 in all, at least two labels.
    public static func isValid(_ host: String) -> Bool {
        guard !host.isEmpty, host.utf8.count <= 253 else { return false }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-" else { return false }
            return label.utf8.allSatisfy { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            }
        }
    }

    /// Whether `host` is `domain` or a subdomain of it, compared by whole labels, ignoring case.
    public static func isUnder(_ host: String, domain: String) -> Bool {
        let host = host.lowercased(), domain = domain.lowercased()
        return host == domain || host.hasSuffix("." + domain)
    }
}
