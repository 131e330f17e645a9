/// PASERK key identifiers (`lid`, `pid`, `sid`): a short hash of the key's PASERK string that is safe to
/// publish, for example as the `kid` in a token footer.
package enum PASERKIdentifier {
    /// The id of `paserk`, a serialised key whose header is `keyHeader`.
    ///
    /// k2/k4: `h ‖ base64url(BLAKE2b-264(h ‖ paserk))` with `h = kN.lid.` (or `pid`, `sid`).
    package static func identifier(of paserk: String, keyHeader: PASERKHeader) -> String {
        guard let idType = keyHeader.type.identifierType else {
            preconditionFailure("only local, public and secret keys have identifiers")
        }
        let idHeader = PASERKHeader(version: keyHeader.version, type: idType).description
        precondition(keyHeader.version == .v2 || keyHeader.version == .v4, "k1/k3 ids need SHA-384")
        let message = Array((idHeader + paserk).utf8)
        let digest = message.withUnsafeBytes { BLAKE2b.hash(outputCount: 33, message: $0) }
        return idHeader + Base64URL.encode(digest)
    }
}
