/// The cost of the Argon2id key derivation behind k2 and k4 password wrapping (`local-pw`, `secret-pw`).
///
/// A wrapped key records its parameters, and unwrapping always uses those, so they can be raised later
/// without breaking keys already stored. The default, ``moderate``, is libsodium's
/// `crypto_pwhash_OPSLIMIT_MODERATE`/`MEMLIMIT_MODERATE`: 256 MiB of memory and 3 passes, under a second on a
/// current machine.
///
/// ```swift
/// let quick = try Argon2idParameters(memoryLimit: 64 << 20, operationsLimit: 2)
/// let stored = try key.wrap(withPassword: password, parameters: quick)
/// ```
///
/// - Important: Parallelism is always 1, the only value libsodium computes; a PASERK that asks for another
///   value is refused when unwrapping.
public struct Argon2idParameters: Hashable, Sendable, CustomStringConvertible {
    /// The memory the derivation uses, in bytes.
    public let memoryLimit: Int
    /// The number of passes over that memory.
    public let operationsLimit: Int
    /// The number of lanes: always 1.
    public var parallelism: Int { 1 }

    private init(validated memoryLimit: Int, operationsLimit: Int) {
        self.memoryLimit = memoryLimit
        self.operationsLimit = operationsLimit
    }

    /// Parameters with the given limits.
    ///
    /// - Parameters:
    ///   - memoryLimit: Bytes of memory, within ``memoryLimitRange`` (at least 8192).
    ///   - operationsLimit: Passes, within ``operationsLimitRange`` (at least 1).
    /// - Throws: ``PasetoError`` `invalid-parameters` when a limit is outside its range.
    public init(memoryLimit: Int, operationsLimit: Int) throws {
        guard Self.memoryLimitRange.contains(memoryLimit) else {
            throw PasetoError.make(
                .invalidParameters,
                "the Argon2id memory limit must be \(Self.memoryLimitRange.lowerBound) to "
                    + "\(Self.memoryLimitRange.upperBound) bytes, not \(memoryLimit)"
            )
        }
        guard Self.operationsLimitRange.contains(operationsLimit) else {
            throw PasetoError.make(
                .invalidParameters,
                "the Argon2id operations limit must be \(Self.operationsLimitRange.lowerBound) to "
                    + "\(Self.operationsLimitRange.upperBound), not \(operationsLimit)"
            )
        }
        self.init(validated: memoryLimit, operationsLimit: operationsLimit)
    }

    /// libsodium's moderate limits, the default: 256 MiB and 3 passes.
    public static let moderate = Argon2idParameters(
        validated: Argon2id.moderate.memory,
        operationsLimit: Argon2id.moderate.operations
    )

    /// libsodium's interactive limits: 64 MiB and 2 passes. Faster, and cheaper to guess against.
    public static let interactive = Argon2idParameters(
        validated: Argon2id.interactive.memory,
        operationsLimit: Argon2id.interactive.operations
    )

    /// libsodium's sensitive limits: 1 GiB and 4 passes, several seconds per wrap or unwrap.
    public static let sensitive = Argon2idParameters(
        validated: Argon2id.sensitive.memory,
        operationsLimit: Argon2id.sensitive.operations
    )

    /// The most a password-wrapped PASERK may ask for when unwrapping, unless the caller raises it: 1 GiB and
    /// 8 passes (a few seconds). The PASERK chooses its own cost and its tag can only be checked after
    /// Argon2id ran, so without a ceiling a forged PASERK could demand terabytes of memory or hours of work.
    public static let unwrappingCeiling = Argon2idParameters(validated: 1 << 30, operationsLimit: 8)

    /// Whether these parameters cost no more than `ceiling` in memory and in passes.
    public func isWithin(_ ceiling: Argon2idParameters) -> Bool {
        memoryLimit <= ceiling.memoryLimit && operationsLimit <= ceiling.operationsLimit
    }

    /// The memory limits libsodium accepts, in bytes: 8192 up to 4 TiB (less on 32-bit systems).
    public static var memoryLimitRange: ClosedRange<Int> { Argon2id.memoryLimits }

    /// The operations limits libsodium accepts: 1 up to 2³² − 1.
    public static var operationsLimitRange: ClosedRange<Int> { Argon2id.operationsLimits }

    /// `Argon2id(memory: 268435456 bytes, operations: 3, parallelism: 1)`.
    public var description: String {
        "Argon2id(memory: \(memoryLimit) bytes, operations: \(operationsLimit), parallelism: \(parallelism))"
    }
}
