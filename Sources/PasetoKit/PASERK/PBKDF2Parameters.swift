/// The cost of the PBKDF2-HMAC-SHA-384 key derivation behind k1 and k3 password wrapping (`local-pw`,
/// `secret-pw`): its iteration count.
///
/// A wrapped key records its iteration count, and unwrapping always uses that, so the count can be raised
/// later without breaking keys already stored. The default, ``recommended``, is 210,000 iterations
/// (OWASP's figure for PBKDF2 over SHA-512's compression function, which SHA-384 shares, and the floor of
/// swift-crypto's checked PBKDF2), a few tenths of a second.
///
/// ```swift
/// let stored = try key.wrap(withPassword: password, parameters: try PBKDF2Parameters(iterations: 600_000))
/// ```
///
/// - Important: Prefer k4 and Argon2id where you can choose: PBKDF2 is cheap to attack with GPUs. Only unwrap
///   password-wrapped keys whose origin you trust; ``unwrappingCeiling`` bounds the work a forged one causes.
public struct PBKDF2Parameters: Hashable, Sendable, CustomStringConvertible {
    /// The number of PBKDF2 iterations.
    public let iterations: Int

    private init(validated iterations: Int) {
        self.iterations = iterations
    }

    /// Parameters with `iterations` rounds.
    ///
    /// - Parameter iterations: Within ``iterationsRange`` (1 to 2³² − 1, the range a PASERK can record).
    /// - Throws: ``PasetoError`` `invalid-parameters` when `iterations` is outside that range.
    public init(iterations: Int) throws {
        guard Self.iterationsRange.contains(iterations) else {
            throw PasetoError.make(
                .invalidParameters,
                "the PBKDF2 iteration count must be \(Self.iterationsRange.lowerBound) to "
                    + "\(Self.iterationsRange.upperBound), not \(iterations)"
            )
        }
        self.init(validated: iterations)
    }

    /// The default for wrapping: 210,000 iterations.
    public static let recommended = PBKDF2Parameters(validated: 210_000)

    /// The specification's suggested count, 100,000 iterations.
    public static let specificationDefault = PBKDF2Parameters(validated: 100_000)

    /// The most a password-wrapped PASERK may ask for when unwrapping, unless the caller raises it: 10 million
    /// iterations (several seconds). The PASERK chooses its own count and its tag can only be checked after
    /// PBKDF2 ran, so without a ceiling a forged PASERK could demand hours of work (up to 2³² − 1 iterations).
    public static let unwrappingCeiling = PBKDF2Parameters(validated: 10_000_000)

    /// Whether these parameters cost no more than `ceiling`.
    public func isWithin(_ ceiling: PBKDF2Parameters) -> Bool {
        iterations <= ceiling.iterations
    }

    /// The iteration counts a PASERK can record: 1 to 2³² − 1.
    public static var iterationsRange: ClosedRange<Int> { 1...Int(UInt32.max) }

    /// `PBKDF2-SHA384(iterations: 210000)`.
    public var description: String { "PBKDF2-SHA384(iterations: \(iterations))" }
}
