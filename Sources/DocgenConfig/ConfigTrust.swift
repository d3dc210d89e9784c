import APISchema

/// What a `docgen.yaml` may say only where the person running the generator wrote it.
///
/// A docs clone is anyone's pull request away, and the build plugin runs the generator in every
/// consumer's `swift build`. A `docgen.yaml` found *below* the folder named on the command line
/// (a product folder of a docs clone) is docs-tree configuration: it may name modules, exclude
/// pages, list error pages in the tree, add waiters and be strict, but the settings that widen what
/// the generator trusts are ignored with a warning unless the caller opts in (`--trust-config`):
/// - `allowedHosts`: signed requests would go to a host the tree chooses;
/// - `readOutside` (and so `pages` outside the folder): pages and error pages would be read from
///   anywhere on the machine into the generated module;
/// - `retries` that make an action's ambiguous failures retried: a create sent twice;
/// - errata with `secret: false`: a key or password shown in logs, dry runs and errors.
///
/// The configuration of the folder named (a spec folder of your own, the build plugin's target)
/// is the caller's and obeyed whole.
extension DocgenConfig {
    /// One setting that widens trust: what it is and where it is written.
    public struct TrustWidening: Sendable, Hashable {
        /// The key and what it would do (`allowedHosts: api.example.test`).
        public var setting: String
        /// Where the entry is in `docgen.yaml`.
        public var location: SourceLocation?
    }

    /// The settings of this configuration that widen trust, in file order by key.
    public var trustWidening: [TrustWidening] {
        var found: [TrustWidening] = []
        for (index, host) in (allowedHosts ?? []).enumerated() {
            found.append(TrustWidening(setting: "allowedHosts: \(ConfigError.excerpt(host))", location: location(of: .allowedHosts, entry: index)))
        }
        for (index, folder) in (readOutside ?? []).enumerated() {
            found.append(TrustWidening(setting: "readOutside: \(ConfigError.excerpt(folder))", location: location(of: .readOutside, entry: index)))
        }
        for setting in retries ?? [] where setting.ambiguous {
            found.append(TrustWidening(setting: "retries: \(ConfigError.excerpt(setting.action)) ambiguous: true", location: setting.source))
        }
        for erratum in errata ?? [] where erratum.secret == false {
            found.append(TrustWidening(setting: "errata: \(ConfigError.excerpt(erratum.path)) secret: false", location: erratum.source))
        }
        return found
    }

    /// This configuration without the settings that widen trust (``trustWidening``).
    public var withoutTrustWidening: DocgenConfig {
        var config = self
        config.allowedHosts = nil
        config.readOutside = nil
        config.retries = retries?.filter { !$0.ambiguous }
        config.errata = errata?.filter { $0.secret != false }
        config.entryLocations[.allowedHosts] = nil
        config.entryLocations[.readOutside] = nil
        config.entryLocations[.retries] = config.retries?.compactMap(\.source)
        config.entryLocations[.errata] = config.errata?.compactMap(\.source)
        return config
    }
}
