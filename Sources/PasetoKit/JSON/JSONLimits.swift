/// Bounds on untrusted JSON, checked while parsing so that no input causes unbounded work.
///
/// ``StrictJSONParser`` is a recursive-descent parser: each nested object or array costs a few stack frames.
/// Its depth is therefore bounded by ``depthCeiling`` whatever is asked, through the initialiser *and* through
/// the ``maximumDepth`` setter, so no configuration lets a deep `[[[…]]]` reach the end of the stack.
public struct JSONLimits: Hashable, Sendable {
    /// The deepest nesting any limits allow (512): a few hundred kilobytes of stack at most, yet deeper than
    /// any real token needs.
    public static let depthCeiling = 512

    private var storedDepth: Int

    /// The deepest nesting of objects and arrays; a flat object has depth 1.
    ///
    /// Values are clamped to 1 through ``depthCeiling`` when set: asking for more gives the ceiling.
    public var maximumDepth: Int {
        get { storedDepth }
        set { storedDepth = Self.clampedDepth(newValue) }
    }

    /// The most object members in the whole document.
    public var maximumMembers: Int

    /// Limits with the given bounds. Depth is clamped to 1 through ``depthCeiling`` whatever is asked, to keep
    /// the parser's recursion far from the stack's end.
    public init(maximumDepth: Int, maximumMembers: Int = .max) {
        self.storedDepth = Self.clampedDepth(maximumDepth)
        self.maximumMembers = max(maximumMembers, 0)
    }

    private static func clampedDepth(_ depth: Int) -> Int { min(max(depth, 1), depthCeiling) }
}

/// Why a document was refused by ``StrictJSONParser``. Messages name positions and member names, never
/// string values (a payload may be secret).
package enum StrictJSONError: Error, Equatable, CustomStringConvertible {
    case syntax(offset: Int, expected: String)
    case invalidUTF8(offset: Int)
    case duplicateMember(name: String)
    case depthExceeded(limit: Int)
    case tooManyMembers(limit: Int)

    package var description: String {
        switch self {
        case .syntax(let offset, let expected): "invalid JSON at byte \(offset): expected \(expected)"
        case .invalidUTF8(let offset): "invalid UTF-8 at byte \(offset)"
        case .duplicateMember(let name): "duplicate member name \"\(name.prefix(64))\""
        case .depthExceeded(let limit): "nesting deeper than \(limit)"
        case .tooManyMembers(let limit): "more than \(limit) object members"
        }
    }

    /// Whether the document broke a configured limit rather than the JSON grammar.
    package var isLimit: Bool {
        switch self {
        case .depthExceeded, .tooManyMembers: true
        default: false
        }
    }
}
