import Crypto
import Foundation
import JWTKit

/// HMAC for a secret shorter than the hash output, admitted only with
/// ``JWTKeySet/hmacSecret(_:allowingShortSecret:)``: jwt-kit's own HMAC signer refuses such keys (a debug
/// assertion today, a precondition in a future release), so swift-crypto's HMAC computes it here.
///
/// The comparison is swift-crypto's constant-time `isValidAuthenticationCode`; the secret lives in a
/// `SymmetricKey`, which wipes its storage when released.
struct ShortSecretHMAC: JWTAlgorithm {
    let name: String
    private let key: SymmetricKey
    private let hashByteCount: Int

    /// HMAC with `secret` for `algorithm` (one of `HS256`, `HS384`, `HS512`).
    init(_ secret: [UInt8], _ algorithm: JWSAlgorithm) {
        precondition(algorithm.family == .hmac, "ShortSecretHMAC serves HMAC algorithms only")
        name = algorithm.name
        key = SymmetricKey(data: secret)
        hashByteCount = algorithm.hashByteCount
    }

    func sign(_ plaintext: some DataProtocol) throws -> [UInt8] {
        switch hashByteCount {
        case 48: Array(HMAC<SHA384>.authenticationCode(for: plaintext, using: key))
        case 64: Array(HMAC<SHA512>.authenticationCode(for: plaintext, using: key))
        default: Array(HMAC<SHA256>.authenticationCode(for: plaintext, using: key))
        }
    }

    func verify(_ signature: some DataProtocol, signs plaintext: some DataProtocol) throws -> Bool {
        let code = Array(signature)
        return switch hashByteCount {
        case 48: HMAC<SHA384>.isValidAuthenticationCode(code, authenticating: plaintext, using: key)
        case 64: HMAC<SHA512>.isValidAuthenticationCode(code, authenticating: plaintext, using: key)
        default: HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: plaintext, using: key)
        }
    }
}
