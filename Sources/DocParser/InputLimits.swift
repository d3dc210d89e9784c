/// The bounds the parser puts on every input dimension. Docs are untrusted input: past each
/// bound the page gets a located error instead of unbounded time, memory or stack, and the cost
/// of reading stays linear in the page's size.
public enum InputLimits {
    /// The largest page read (a real page is under 200 KB).
    public static let pageBytes = 16 * 1024 * 1024
    /// The most dot-separated parts in a parameter name (real pages nest up to 6).
    public static let nameParts = 32
    /// The most characters in one table cell (a real cell is under 10,000).
    public static let cellCharacters = 1024 * 1024
    /// The deepest nesting of an example response (each level becomes a nested Swift type).
    public static let exampleDepth = 32
}
