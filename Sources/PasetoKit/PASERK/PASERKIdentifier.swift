/// PASERK key identifiers (`lid`, `pid`, `sid`): a short hash of the key's PASERK string that is safe to
/// publish, for example as the `kid` in a token footer.
package enum PASERKIdentifier {
    /// The size of the hash in an id: 33 bytes, 44 base64url characters.
    package static let digestCount = 33

    /// The id of `paserk`, a serialised key whose header is `keyHeader`: `h ‖ base64url(d)` with
    /// `h = kN.lid.` (or `pid`, `sid`) and
    /// - k2/k4: `d = BLAKE2b-264(h ‖ paserk)`;
    /// - k1/k3: `d = SHA-384(h ‖ paserk)[0:33]`.
    package static func identifier(of paserk: String, keyHeader: PASERKHeader) -> String {
        guard let idType = keyHeader.type.identifierType else {
            preconditionFailure("only local, public and secret keys have identifiers")
        }
        let idHeader = PASERKHeader(version: keyHeader.version, type: idType).description
        let message = Array((idHeader + paserk).utf8)
        let digest =
            switch keyHeader.version {
            case .v1, .v3: SHA384Hash.hash(outputCount: digestCount, message: message)
            default: message.withUnsafeBytes { BLAKE2b.hash(outputCount: digestCount, message: $0) }
            }
        return idHeader + Base64URL.encode(digest)
    }
}
