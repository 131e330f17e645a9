import PasetoKit
import PasetoVectors
import Testing

/// k3 and k1 PASERKs beyond the vectors: round trips of every wrap type, tampering, wrong versions and kinds,
/// the PBKDF2 iteration ceiling, the missing `k1.seal`, and secret hygiene.
@Suite("k3 and k1 PASERKs")
struct NISTPASERKTests {
    static let password = PASERKPassword("correct horse battery staple")
    /// Cheap PBKDF2 parameters, so the tests stay fast (the vectors use 1,000 and 10,000).
    static let fast: PBKDF2Parameters = {
        guard let parameters = try? PBKDF2Parameters(iterations: 1000) else { preconditionFailure("1000 iterations") }
        return parameters
    }()
    static let rsaKey = PasetoV1.Public.SecretKey.generate()

    @Test("k3: local and secret keys survive wrap, password-wrap and (local) seal, typed and at run time")
    func k3RoundTrips() throws {
        let local = PasetoV3.Local.Key.generate()
        let secret = PasetoV3.Public.SecretKey.generate()
        let wrapping = PasetoV3.Local.Key.generate()
        let wrappedLocal = local.wrap(with: wrapping)
        #expect(wrappedLocal.hasPrefix("k3.local-wrap.pie.") && wrappedLocal != local.wrap(with: wrapping))
        #expect(try PasetoV3.Local.Key(unwrapping: wrappedLocal, with: wrapping).exportPASERK() == local.exportPASERK())
        let wrappedSecret = secret.wrap(with: wrapping)
        #expect(
            try PasetoV3.Public.SecretKey(unwrapping: wrappedSecret, with: wrapping).exportPASERK()
                == secret.exportPASERK()
        )
        let pw = try local.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(pw.hasPrefix("k3.local-pw."))
        #expect(
            try PasetoV3.Local.Key(unwrapping: pw, withPassword: Self.password).exportPASERK() == local.exportPASERK()
        )
        let secretPW = try secret.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(
            try PasetoV3.Public.SecretKey(unwrapping: secretPW, withPassword: Self.password).exportPASERK()
                == secret.exportPASERK()
        )
        let sealed = try local.seal(to: secret.publicKey)
        #expect(sealed.hasPrefix("k3.seal.") && (Base64URL.decode(sealed.dropFirst(8))?.count ?? 0) == 48 + 49 + 32)
        #expect(try PasetoV3.Local.Key(unsealing: sealed, with: secret).exportPASERK() == local.exportPASERK())
        expectPasetoError(.authenticationFailed) { try PasetoV3.Local.Key(unsealing: sealed, with: .generate()) }
        // The same through AnyPasetoKey, as the command line does it.
        let anyLocal = AnyPasetoKey(local)
        #expect(
            try AnyPasetoKey(unwrapping: anyLocal.wrap(with: AnyPasetoKey(wrapping)), with: AnyPasetoKey(wrapping))
                .exportPASERK() == local.exportPASERK()
        )
        #expect(
            try AnyPasetoKey(unsealing: anyLocal.seal(to: AnyPasetoKey(secret.publicKey)), with: AnyPasetoKey(secret))
                .exportPASERK() == local.exportPASERK()
        )
        let anyPW = try AnyPasetoKey(secret).wrap(withPassword: Self.password, pbkdf2Parameters: Self.fast)
        #expect(
            try AnyPasetoKey(unwrapping: anyPW, withPassword: Self.password).exportPASERK() == secret.exportPASERK()
        )
    }

    @Test("k1: local and secret keys survive wrap and password-wrap; the secret-pw plaintext is PEM, the wrap DER")
    func k1RoundTrips() throws {
        let local = PasetoV1.Local.Key.generate()
        let secret = Self.rsaKey
        let wrapping = PasetoV1.Local.Key.generate()
        #expect(
            try PasetoV1.Local.Key(unwrapping: local.wrap(with: wrapping), with: wrapping).exportPASERK()
                == local.exportPASERK()
        )
        let wrappedSecret = secret.wrap(with: wrapping)
        // t(48) ‖ n(32) ‖ DER
        #expect(
            Base64URL.decode(wrappedSecret.dropFirst("k1.secret-wrap.pie.".count))?.count == 80
                + secret.unsafeExportRawBytes().count
        )
        #expect(
            try PasetoV1.Public.SecretKey(unwrapping: wrappedSecret, with: wrapping).exportPASERK()
                == secret.exportPASERK()
        )
        let pw = try secret.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(
            try PasetoV1.Public.SecretKey(unwrapping: pw, withPassword: Self.password).exportPASERK()
                == secret.exportPASERK()
        )
        // s(32) ‖ i(4) ‖ n(16) ‖ PEM ‖ t(48): the PEM text is longer than the DER.
        let pwCount = Base64URL.decode(pw.dropFirst("k1.secret-pw.".count))?.count ?? 0
        #expect(pwCount > 100 + secret.unsafeExportRawBytes().count * 4 / 3)
        let localPW = try local.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(
            try PasetoV1.Local.Key(unwrapping: localPW, withPassword: Self.password).exportPASERK()
                == local.exportPASERK()
        )
    }

    @Test("k1.seal does not exist here: sealing to or opening with a k1 key is unsupported-version")
    func noK1Seal() throws {
        let local = AnyPasetoKey(PasetoV1.Local.Key.generate())
        expectPasetoError(.unsupportedVersion) { try local.seal(to: AnyPasetoKey(Self.rsaKey.publicKey)) }
        let k1Sealed = "k1.seal." + Base64URL.encode([UInt8](repeating: 0, count: 592))
        expectPasetoError(.unsupportedVersion) {
            try AnyPasetoKey(unsealing: k1Sealed, with: AnyPasetoKey(Self.rsaKey))
        }
    }

    @Test("Flipping any bit of a k3 wrapped, password-wrapped or sealed key makes it fail to open")
    func tamper() throws {
        let local = PasetoV3.Local.Key.generate()
        let wrapping = PasetoV3.Local.Key.generate()
        let secret = PasetoV3.Public.SecretKey.generate()
        let cases: [(String, String, (String) throws -> PasetoV3.Local.Key)] = [
            (local.wrap(with: wrapping), "k3.local-wrap.pie.", { try .init(unwrapping: $0, with: wrapping) }),
            (
                try local.wrap(withPassword: Self.password, parameters: try .init(iterations: 1)), "k3.local-pw.",
                {
                    try .init(unwrapping: $0, withPassword: Self.password)
                }
            ),
            (try local.seal(to: secret.publicKey), "k3.seal.", { try .init(unsealing: $0, with: secret) }),
        ]
        for (paserk, header, open) in cases {
            #expect(try open(paserk).exportPASERK() == local.exportPASERK())
            let data = try #require(Base64URL.decode(paserk.dropFirst(header.count)))
            for index in data.indices {
                for bit in [0, 5] {
                    var flipped = data
                    flipped[index] ^= 1 << bit
                    let error = #expect(throws: PasetoError.self, "\(header) byte \(index)") {
                        try open(header + Base64URL.encode(flipped))
                    }
                    // Flipped iteration bytes may also ask for too many iterations or none at all.
                    let allowed: [PasetoError.Code] = [.authenticationFailed, .invalidParameters, .invalidKey]
                    #expect(
                        error.map { allowed.contains($0.code) } ?? false,
                        "\(header) byte \(index): \(String(describing: error))"
                    )
                }
            }
        }
    }

    @Test("PASERKs of another version or kind are key-mismatch, before any cryptography")
    func wrongVersions() throws {
        let local3 = PasetoV3.Local.Key.generate()
        let local4 = try PasetoV4.Local.Key(rawBytes: local3.unsafeExportRawBytes())
        let local1 = try PasetoV1.Local.Key(rawBytes: local3.unsafeExportRawBytes())
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(paserk: local3.exportPASERK()) }
        expectPasetoError(.keyMismatch) { try PasetoV3.Local.Key(paserk: local1.exportPASERK()) }
        expectPasetoError(.keyMismatch) { try PasetoV3.Public.PublicKey(paserk: local3.exportPASERK()) }
        expectPasetoError(.keyMismatch) { try PasetoV3.Local.Key(unwrapping: local4.wrap(with: local4), with: local3) }
        expectPasetoError(.keyMismatch) { try PasetoV1.Local.Key(unwrapping: local3.wrap(with: local3), with: local1) }
        let pw4 = try local4.wrap(
            withPassword: Self.password,
            parameters: try .init(memoryLimit: 8192, operationsLimit: 1)
        )
        expectPasetoError(.keyMismatch) { try PasetoV3.Local.Key(unwrapping: pw4, withPassword: Self.password) }
        let secret3 = PasetoV3.Public.SecretKey.generate()
        let sealed = try local3.seal(to: secret3.publicKey)
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(unsealing: sealed, with: .generate()) }
        // At run time: a k3 wrapped key with a k4 wrapping key, a k3 key sealed to a k4 or k1 public key.
        expectPasetoError(.keyMismatch) {
            try AnyPasetoKey(unwrapping: local3.wrap(with: local3), with: AnyPasetoKey(local4))
        }
        expectPasetoError(.keyMismatch) {
            try AnyPasetoKey(local3).seal(to: AnyPasetoKey(PasetoV4.Public.SecretKey.generate().publicKey))
        }
        expectPasetoError(.keyMismatch) { try AnyPasetoKey(local3).wrap(with: AnyPasetoKey(local1)) }
        expectPasetoError(.keyMismatch) { try AnyPasetoKey(unsealing: sealed, with: AnyPasetoKey(secret3.publicKey)) }
    }

    // MARK: PBKDF2 ceiling

    /// A `k3.local-pw` PASERK whose recorded iteration count is rewritten to `iterations` (its tag no longer
    /// matches, which does not matter: the count must be refused before PBKDF2 even runs).
    func forged(iterations: UInt32) throws -> String {
        let paserk = try PasetoV3.Local.Key.generate().wrap(
            withPassword: Self.password,
            parameters: try .init(iterations: 1)
        )
        var data = try #require(Base64URL.decode(paserk.dropFirst("k3.local-pw.".count)))
        data.replaceSubrange(32..<36, with: (0..<4).map { UInt8(truncatingIfNeeded: iterations >> (8 * (3 - $0))) })
        return "k3.local-pw." + Base64URL.encode(data)
    }

    @Test("Iteration counts above the ceiling are refused at once with invalid-parameters; zero is invalid-key")
    func pbkdf2Ceiling() throws {
        #expect(PBKDF2Parameters.unwrappingCeiling.iterations == 10_000_000)
        for iterations in [UInt32.max, 10_000_001, 2_000_000_000] {
            // 4 billion iterations would take hours: this returns at once or the test hangs.
            expectPasetoError(.invalidParameters, "\(iterations)") {
                try PasetoV3.Local.Key(unwrapping: forged(iterations: iterations), withPassword: Self.password)
            }
            expectPasetoError(.invalidParameters, "\(iterations) at run time") {
                try AnyPasetoKey(unwrapping: forged(iterations: iterations), withPassword: Self.password)
            }
        }
        expectPasetoError(.invalidKey) {
            try PasetoV3.Local.Key(unwrapping: forged(iterations: 0), withPassword: Self.password)
        }
        // At a lowered ceiling, the count is refused; at the count itself it runs (and the forged tag fails).
        let paserk = try forged(iterations: 2000)
        let low = try PBKDF2Parameters(iterations: 1999)
        expectPasetoError(.invalidParameters) {
            try PasetoV3.Local.Key(unwrapping: paserk, withPassword: Self.password, maximumCost: low)
        }
        expectPasetoError(.invalidParameters) {
            try AnyPasetoKey(unwrapping: paserk, withPassword: Self.password, maximumPBKDF2Cost: low)
        }
        let exact = try PBKDF2Parameters(iterations: 2000)
        expectPasetoError(.authenticationFailed) {
            try PasetoV3.Local.Key(unwrapping: paserk, withPassword: Self.password, maximumCost: exact)
        }
    }

    @Test("PBKDF2 parameters: 1 to 2³² − 1 iterations, presets and description")
    func pbkdf2Parameters() throws {
        for iterations in [0, -1, Int(UInt32.max) + 1] {
            expectPasetoError(.invalidParameters, "\(iterations)") { try PBKDF2Parameters(iterations: iterations) }
        }
        #expect(PBKDF2Parameters.recommended.iterations == 210_000)
        #expect(PBKDF2Parameters.specificationDefault.iterations == 100_000)
        #expect(PBKDF2Parameters.recommended.isWithin(.unwrappingCeiling))
        #expect(Self.fast.description == "PBKDF2-SHA384(iterations: 1000)")
        expectPasetoError(.invalidPassword) {
            try PasetoV3.Local.Key.generate().wrap(withPassword: PASERKPassword(""), parameters: Self.fast)
        }
    }

    // MARK: Secret hygiene

    @Test("Descriptions, dumps and error messages of v3 and v1 keys never hold key bytes")
    func hygiene() throws {
        let local = PasetoV3.Local.Key.generate()
        let secret = PasetoV3.Public.SecretKey.generate()
        let rsa = Self.rsaKey
        var texts: [String] = []
        for key in [
            AnyPasetoKey(local), AnyPasetoKey(secret), AnyPasetoKey(rsa), AnyPasetoKey(PasetoV1.Local.Key.generate()),
        ] {
            texts += [key.description, key.debugDescription, String(describing: key), String(reflecting: key)]
            var dumped = ""
            dump(key, to: &dumped)
            texts.append(dumped)
        }
        for key in [local.description, secret.description, rsa.description] { texts.append(key) }
        let wrongPassword = PASERKPassword("wrong")
        for attempt in [
            {
                _ = try PasetoV3.Local.Key(
                    unwrapping: local.wrap(withPassword: Self.password, parameters: Self.fast),
                    withPassword: wrongPassword
                )
            },
            { _ = try PasetoV3.Local.Key(unsealing: local.seal(to: secret.publicKey), with: .generate()) },
            { _ = try PasetoV1.Public.SecretKey(derRepresentation: Array(rsa.unsafeExportRawBytes().prefix(600))) },
            { _ = try PasetoV3.Public.SecretKey(rawBytes: [UInt8](repeating: 0xFF, count: 48)) },
        ] as [() throws -> Void] {
            do {
                try attempt()
                Issue.record("expected an error")
            } catch {
                texts += ["\(error)", String(reflecting: error)]
            }
        }
        let secrets = [
            local.unsafeExportRawBytes(), secret.unsafeExportRawBytes(), Array(rsa.unsafeExportRawBytes()[100..<140]),
        ]
        for text in texts {
            for bytes in secrets {
                #expect(
                    !text.contains(Hex.encode(bytes)) && !text.contains(Base64URL.encode(bytes)),
                    "\(text.prefix(60))"
                )
            }
            #expect(!text.contains(local.exportPASERK()) && !text.contains(secret.exportPASERK()))
            #expect(!text.contains("correct horse") && !text.contains("wrong\""))
        }
    }
}
