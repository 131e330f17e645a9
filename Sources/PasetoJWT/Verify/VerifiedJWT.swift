package import PasetoKit

/// A JWT whose signature verified and whose claims passed the rules.
///
/// Its description shows the algorithm only: claims may be personal data.
public struct VerifiedJWT: Sendable, CustomStringConvertible {
    /// The signature check's result: header, algorithm, key id, payload bytes.
    public let signature: VerifiedJWS
    /// The registered claims, typed.
    public let claims: JWTRegisteredClaims
    /// The payload object, every claim kept as written.
    package let payloadObject: JSONObject

    /// The payload JSON, exactly as signed.
    public var payload: [UInt8] { signature.payload }

    /// `VerifiedJWT(ES256)`.
    public var description: String { "VerifiedJWT(\(signature.algorithm))" }
}
