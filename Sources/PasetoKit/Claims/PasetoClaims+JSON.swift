internal import Foundation

extension PasetoClaims {
    /// The claims read from a verified payload object, with `content` decoded from the same object.
    init(registered: RegisteredClaims, content: Content) {
        self.init(
            content,
            issuer: registered.issuer,
            subject: registered.subject,
            audience: registered.audience,
            expiration: registered.expiration,
            notBefore: registered.notBefore,
            issuedAt: registered.issuedAt,
            tokenID: registered.tokenID
        )
        audiences = registered.audiences
    }

    /// The registered claims of these claims.
    public var registered: RegisteredClaims {
        var registered = RegisteredClaims()
        registered.issuer = issuer
        registered.subject = subject
        registered.audiences = audiences
        registered.expiration = expiration
        registered.notBefore = notBefore
        registered.issuedAt = issuedAt
        registered.tokenID = tokenID
        return registered
    }
}

extension PasetoClaims where Content: Encodable {
    /// The payload bytes to issue: defaults applied (`iat`, `nbf` now; `exp` now plus the lifetime), the
    /// lifetime checked, registered claims first, then the content's members.
    ///
    /// - Throws: ``PasetoError`` `invalid-claim` when the content uses a registered name, a time cannot be
    ///   written, or the lifetime is over the policy's maximum; `invalid-payload` when the content does not
    ///   encode as a JSON object.
    package func issuingPayload(policy: IssuingPolicy) throws -> [UInt8] {
        let now = policy.clock.now()
        var claims = registered
        claims.issuedAt = claims.issuedAt ?? now
        claims.notBefore = claims.notBefore ?? now
        if claims.expiration == nil, !isNonExpiring {
            claims.expiration = now.addingTimeInterval(policy.defaultLifetime.timeInterval)
        }
        try policy.checkLifetime(of: claims)

        var object = JSONObject()
        let strings: [(String, String?)] = [
            (RegisteredClaim.issuer, claims.issuer), (RegisteredClaim.subject, claims.subject),
        ]
        for case (let name, let value?) in strings { object.set(name, to: .string(value)) }
        switch claims.audiences.count {
        case 0: break
        case 1: object.set(RegisteredClaim.audience, to: .string(claims.audiences[0]))
        default: object.set(RegisteredClaim.audience, to: .array(claims.audiences.map(JSONValue.string)))
        }
        let times: [(String, Date?)] = [
            (RegisteredClaim.expiration, claims.expiration), (RegisteredClaim.notBefore, claims.notBefore),
            (RegisteredClaim.issuedAt, claims.issuedAt),
        ]
        for case (let name, let date?) in times {
            guard let text = RFC3339.format(date) else {
                throw PasetoError.make(.invalidClaim, "\(name) is outside the years 0000-9999", claim: name)
            }
            object.set(name, to: .string(text))
        }
        if let tokenID = claims.tokenID { object.set(RegisteredClaim.tokenID, to: .string(tokenID)) }

        for member in try contentObject().members {
            guard !RegisteredClaim.all.contains(where: { $0.isExactly(member.name) }) else {
                throw PasetoError.make(
                    .invalidClaim,
                    "the content defines \(member.name), a registered claim: set it on PasetoClaims instead",
                    claim: member.name
                )
            }
            object.set(member.name, to: member.value)
        }
        return JSONWriter.bytes(of: .object(object))
    }

    private func contentObject() throws -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONValueEncoder.encode(content)
        } catch {
            throw PasetoError.make(.invalidPayload, "the claims content could not be encoded: \(error)")
        }
        guard case .object(let object) = value else {
            throw PasetoError.make(.invalidPayload, "the claims content must encode as a JSON object")
        }
        return object
    }
}
