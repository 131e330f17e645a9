/// A compact JWS whose header passed the policy and whose signature verified with a configured key.
public struct VerifiedJWS: Sendable {
    /// The header's typed members.
    public let header: JOSEHeader
    /// The algorithm the signature was verified with.
    public let algorithm: JWSAlgorithm
    /// The `kid` of the key that verified it, when that key has one.
    public let keyID: String?
    /// The decoded header JSON.
    public let headerBytes: [UInt8]
    /// The signed payload, exactly as signed.
    public let payload: [UInt8]
}
