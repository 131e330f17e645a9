package import PasetoKit

/// The three segments of a compact JWS, split strictly and decoded, header parsed; nothing verified.
///
/// Split on exactly two periods (four periods is a JWE and refused as such), each segment strict unpadded
/// base64url (PasetoKit's `Base64URL`, the decoder PASETO uses), the header a strict JSON object with unique
/// member names. The signing input is the ASCII of the first two segments as they appear in the token: it is
/// never re-serialised.
package struct CompactJWS: Sendable {
    /// The decoded header object.
    package let header: JSONObject
    /// The decoded header bytes, exactly as signed.
    package let headerBytes: [UInt8]
    /// The decoded payload bytes, exactly as signed (not parsed here).
    package let payloadBytes: [UInt8]
    /// The decoded signature.
    package let signature: [UInt8]
    /// `base64url(header) || '.' || base64url(payload)`, the bytes the signature covers.
    package let signingInput: [UInt8]

    /// Splits and decodes `token`.
    ///
    /// - Throws: ``JWTCompatError`` `limit-exceeded`, `jwe-not-supported`, `malformed-token`,
    ///   `duplicate-header` or `invalid-header`.
    package init(parsing token: String, limits: JWTLimits) throws {
        let utf8 = Array(token.utf8)
        guard utf8.count <= limits.maximumTokenLength else {
            throw JWTCompatError.make(.limitExceeded, "the token is longer than \(limits.maximumTokenLength) bytes")
        }
        let periods = utf8.indices.filter { utf8[$0] == UInt8(ascii: ".") }
        if periods.count == 4 {
            throw JWTCompatError.make(
                .jweNotSupported,
                "the token has five segments: it is an encrypted JWT (JWE); only signed JWTs (JWS) can be read"
            )
        }
        guard periods.count == 2 else {
            throw JWTCompatError.make(
                .malformedToken,
                "a compact JWS has three segments separated by '.', this token has \(periods.count + 1)"
            )
        }
        let segments = [utf8[..<periods[0]], utf8[(periods[0] + 1)..<periods[1]], utf8[(periods[1] + 1)...]]
        guard !segments[0].isEmpty else { throw JWTCompatError.make(.malformedToken, "the header segment is empty") }
        guard !segments[1].isEmpty else {
            throw JWTCompatError.make(
                .malformedToken,
                "the payload segment is empty (detached content is not supported)"
            )
        }
        var decoded: [[UInt8]] = []
        for (position, segment) in zip(["header", "payload", "signature"], segments) {
            guard let bytes = segment.withUnsafeBytes({ Base64URL.decode($0) }) else {
                throw JWTCompatError.make(.malformedToken, "the \(position) segment is not strict unpadded base64url")
            }
            decoded.append(bytes)
        }
        headerBytes = decoded[0]
        payloadBytes = decoded[1]
        signature = decoded[2]
        signingInput = Array(utf8[..<periods[1]])
        header = try Self.object(
            headerBytes,
            limits: limits.header,
            part: "header",
            duplicate: .duplicateHeader,
            invalid: .invalidHeader,
            notObject: .invalidHeader
        )
    }

    /// `bytes` as a strict JSON object, each failure mapped to the caller's codes.
    package static func object(
        _ bytes: [UInt8],
        limits: JSONLimits,
        part: String,
        duplicate: JWTCompatError.Code,
        invalid: JWTCompatError.Code,
        notObject: JWTCompatError.Code
    ) throws -> JSONObject {
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(bytes, limits: limits)
        } catch let error as StrictJSONError {
            if case .duplicateMember = error {
                throw JWTCompatError.make(duplicate, "\(part): \(error)", underlying: error)
            }
            throw JWTCompatError.make(error.isLimit ? .limitExceeded : invalid, "\(part): \(error)", underlying: error)
        }
        guard case .object(let object) = value else {
            throw JWTCompatError.make(notObject, "the \(part) must be a JSON object, not \(value.kindWithArticle)")
        }
        return object
    }
}
