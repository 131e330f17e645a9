package import PasetoKit

/// A JWT decoded **without any verification**: for inventory and debugging (`paseto jwt decode`), never for
/// deciding anything.
///
/// Decoding is as strict as verifying: three strict base64url segments, header and payload strict JSON
/// objects with unique member names within ``JWTLimits``; a JWE is refused. The signature is not checked,
/// `alg` may be `none`, and the claims may be forged.
///
/// ```swift
/// let jwt = try UnverifiedJWT(parsing: token)
/// print(jwt.header.algorithm ?? "-", jwt.header.keyID ?? "-")
/// ```
public struct UnverifiedJWT: Sendable {
    /// The header's typed members.
    public let header: JOSEHeader
    /// The decoded header JSON, as the token holds it.
    public let headerBytes: [UInt8]
    /// The decoded payload JSON, as the token holds it.
    public let payloadBytes: [UInt8]
    /// The signature bytes, not checked.
    public let signature: [UInt8]
    /// The parsed header object.
    package let headerObject: JSONObject
    /// The parsed payload object.
    package let payloadObject: JSONObject

    /// Decodes `token` without verifying it.
    ///
    /// - Throws: ``JWTCompatError`` `limit-exceeded`, `jwe-not-supported`, `malformed-token`,
    ///   `duplicate-header`, `invalid-header`, `invalid-payload`, `duplicate-claim` or `payload-not-object`.
    public init(parsing token: String, limits: JWTLimits = JWTLimits()) throws {
        let jws = try CompactJWS(parsing: token, limits: limits)
        header = try JOSEHeader(object: jws.header)
        headerObject = jws.header
        headerBytes = jws.headerBytes
        payloadBytes = jws.payloadBytes
        signature = jws.signature
        payloadObject = try PayloadReader.object(jws.payloadBytes, limits: limits)
    }
}

/// Reads a JWT payload as a strict JSON object.
enum PayloadReader {
    /// - Throws: ``JWTCompatError`` `invalid-payload`, `duplicate-claim`, `limit-exceeded` or `payload-not-object`.
    static func object(_ bytes: [UInt8], limits: JWTLimits) throws -> JSONObject {
        try CompactJWS.object(
            bytes,
            limits: limits.payload,
            part: "payload",
            duplicate: .duplicateClaim,
            invalid: .invalidPayload,
            notObject: .payloadNotObject
        )
    }
}
