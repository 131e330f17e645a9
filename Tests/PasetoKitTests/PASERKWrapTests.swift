import Testing

@testable import PasetoKit

/// Seal, PIE wrap and password wrap for k2 and k4: round trips, tampering, wrong keys and passwords, PASERKs of
/// another version or type, malformed PASERKs. Password tests use the smallest Argon2id limits so the suite
/// stays fast; one test checks the default limits.
@Suite("PASERK seal, wrap and password wrap")
struct PASERKWrapTests {
    /// 8 KiB and one pass: libsodium's minimum, milliseconds per derivation.
    static let fast = (try? Argon2idParameters(memoryLimit: 8192, operationsLimit: 1)) ?? .interactive
    static let password = PASERKPassword("correct horse battery staple")

    // MARK: Round trips

    @Test("Every key type of k2 and k4 round-trips through seal, PIE wrap and password wrap")
    func roundTrips() throws {
        let v4Local = PasetoV4.Local.Key.generate()
        let v4Secret = PasetoV4.Public.SecretKey.generate()
        let v4Wrapping = PasetoV4.Local.Key.generate()
        let sealed4 = try v4Local.seal(to: v4Secret.publicKey)
        #expect(sealed4.hasPrefix("k4.seal.") && sealed4.count == "k4.seal.".count + 128)
        #expect(
            try PasetoV4.Local.Key(unsealing: sealed4, with: v4Secret).unsafeExportRawBytes()
                == v4Local.unsafeExportRawBytes()
        )
        let wrapped4 = v4Local.wrap(with: v4Wrapping)
        #expect(wrapped4.hasPrefix("k4.local-wrap.pie."))
        #expect(try PasetoV4.Local.Key(unwrapping: wrapped4, with: v4Wrapping).exportPASERK() == v4Local.exportPASERK())
        let wrappedSecret4 = v4Secret.wrap(with: v4Wrapping)
        #expect(wrappedSecret4.hasPrefix("k4.secret-wrap.pie."))
        #expect(
            try PasetoV4.Public.SecretKey(unwrapping: wrappedSecret4, with: v4Wrapping).exportPASERK()
                == v4Secret.exportPASERK()
        )
        let pw4 = try v4Local.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(pw4.hasPrefix("k4.local-pw.") && pw4.count == "k4.local-pw.".count + 160)
        #expect(
            try PasetoV4.Local.Key(unwrapping: pw4, withPassword: Self.password).exportPASERK()
                == v4Local.exportPASERK()
        )
        let pwSecret4 = try v4Secret.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(pwSecret4.hasPrefix("k4.secret-pw.") && pwSecret4.count == "k4.secret-pw.".count + 203)
        #expect(
            try PasetoV4.Public.SecretKey(unwrapping: pwSecret4, withPassword: Self.password).exportPASERK()
                == v4Secret.exportPASERK()
        )

        let v2Local = PasetoV2.Local.Key.generate()
        let v2Secret = PasetoV2.Public.SecretKey.generate()
        let v2Wrapping = PasetoV2.Local.Key.generate()
        let sealed2 = try v2Local.seal(to: v2Secret.publicKey)
        #expect(sealed2.hasPrefix("k2.seal."))
        #expect(try PasetoV2.Local.Key(unsealing: sealed2, with: v2Secret).exportPASERK() == v2Local.exportPASERK())
        #expect(
            try PasetoV2.Local.Key(unwrapping: v2Local.wrap(with: v2Wrapping), with: v2Wrapping).exportPASERK()
                == v2Local.exportPASERK()
        )
        #expect(
            try PasetoV2.Public.SecretKey(unwrapping: v2Secret.wrap(with: v2Wrapping), with: v2Wrapping).exportPASERK()
                == v2Secret.exportPASERK()
        )
        let pw2 = try v2Local.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(pw2.hasPrefix("k2.local-pw."))
        #expect(
            try PasetoV2.Local.Key(unwrapping: pw2, withPassword: Self.password).exportPASERK()
                == v2Local.exportPASERK()
        )
        let pwSecret2 = try v2Secret.wrap(withPassword: Self.password, parameters: Self.fast)
        #expect(
            try PasetoV2.Public.SecretKey(unwrapping: pwSecret2, withPassword: Self.password).exportPASERK()
                == v2Secret.exportPASERK()
        )
    }

    @Test("AnyPasetoKey does the same at run time, for either version")
    func runtimeRoundTrips() throws {
        for version in [PasetoVersion.v2, .v4] {
            let local = try AnyPasetoKey.generate(version: version, purpose: .local)
            let secret = try AnyPasetoKey.generate(version: version, purpose: .public)
            let publicKey = try secret.publicKey()
            let wrapping = try AnyPasetoKey.generate(version: version, purpose: .local)
            #expect(
                try AnyPasetoKey(unsealing: local.seal(to: publicKey), with: secret).exportPASERK()
                    == local.exportPASERK()
            )
            for key in [local, secret] {
                #expect(
                    try AnyPasetoKey(unwrapping: key.wrap(with: wrapping), with: wrapping).exportPASERK()
                        == key.exportPASERK()
                )
                let wrapped = try key.wrap(withPassword: Self.password, parameters: Self.fast)
                #expect(
                    try AnyPasetoKey(unwrapping: wrapped, withPassword: Self.password).exportPASERK()
                        == key.exportPASERK()
                )
            }
        }
    }

    @Test("Wrapping twice gives two different PASERKs (fresh nonce, salt, ephemeral key)")
    func freshRandomness() throws {
        let key = PasetoV4.Local.Key.generate()
        let recipient = PasetoV4.Public.SecretKey.generate().publicKey
        let wrapping = PasetoV4.Local.Key.generate()
        #expect(try key.seal(to: recipient) != key.seal(to: recipient))
        #expect(key.wrap(with: wrapping) != key.wrap(with: wrapping))
        #expect(
            try key.wrap(withPassword: Self.password, parameters: Self.fast)
                != key.wrap(withPassword: Self.password, parameters: Self.fast)
        )
    }

    @Test("The default Argon2id limits (libsodium's moderate: 256 MiB, 3 passes) round-trip and are recorded")
    func defaultLimits() throws {
        let key = PasetoV4.Local.Key.generate()
        #expect(Argon2idParameters.moderate.memoryLimit == 268_435_456)
        #expect(Argon2idParameters.moderate.operationsLimit == 3)
        let wrapped = try key.wrap(withPassword: Self.password)
        let data = try #require(Base64URL.decode(wrapped.dropFirst("k4.local-pw.".count)))
        #expect(
            Array(data[16..<32]) == [0, 0, 0, 0, 0x10, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 1],
            "BE64 mem, BE32 time, para"
        )
        #expect(
            try PasetoV4.Local.Key(unwrapping: wrapped, withPassword: Self.password).exportPASERK()
                == key.exportPASERK()
        )
    }

    // MARK: Tampering

    @Test("Flipping any bit of a sealed key is authentication-failed")
    func sealTampering() throws {
        let secret = PasetoV4.Public.SecretKey.generate()
        let sealed = try PasetoV4.Local.Key.generate().seal(to: secret.publicKey)
        let flips = Self.singleBitFlips(of: sealed, header: "k4.seal.")
        #expect(flips.count == 96 * 8)
        for (description, variant) in flips {
            expectPasetoError(.authenticationFailed, "\(description)") {
                try PasetoV4.Local.Key(unsealing: variant, with: secret)
            }
        }
    }

    @Test("Flipping any bit of a PIE-wrapped local or secret key is authentication-failed")
    func wrapTampering() throws {
        let wrapping = PasetoV2.Local.Key.generate()
        let local = Self.singleBitFlips(
            of: PasetoV2.Local.Key.generate().wrap(with: wrapping),
            header: "k2.local-wrap.pie."
        )
        #expect(local.count == 96 * 8)
        for (description, variant) in local {
            expectPasetoError(.authenticationFailed, "\(description)") {
                try PasetoV2.Local.Key(unwrapping: variant, with: wrapping)
            }
        }
        let secret = Self.singleBitFlips(
            of: PasetoV2.Public.SecretKey.generate().wrap(with: wrapping),
            header: "k2.secret-wrap.pie."
        )
        #expect(secret.count == 128 * 8)
        for (description, variant) in secret {
            expectPasetoError(.authenticationFailed, "\(description)") {
                try PasetoV2.Public.SecretKey(unwrapping: variant, with: wrapping)
            }
        }
    }

    @Test("Flipping any bit of a password-wrapped key's salt, nonce, ciphertext or tag is authentication-failed")
    func passwordTampering() throws {
        let wrapped = try PasetoV4.Local.Key.generate().wrap(withPassword: Self.password, parameters: Self.fast)
        let flips = Self.singleBitFlips(of: wrapped, header: "k4.local-pw.")
        #expect(flips.count == 120 * 8)
        // Bytes 16..<32 are the parameters (checked below): a flipped high bit there asks for terabytes of
        // memory or billions of passes, which the PASERK is free to ask for (the tag is only checked after
        // the derivation), so this test does not run them.
        for (index, (description, variant)) in flips.enumerated() where !(16 * 8..<32 * 8).contains(index) {
            expectPasetoError(.authenticationFailed, "\(description)") {
                try PasetoV4.Local.Key(unwrapping: variant, withPassword: Self.password)
            }
        }
    }

    @Test("Altered Argon2id parameters: a cheap valid change fails the tag; an invalid one is invalid-key")
    func parameterTampering() throws {
        let wrapped = try PasetoV4.Local.Key.generate().wrap(withPassword: Self.password, parameters: Self.fast)
        let data = try #require(Base64URL.decode(wrapped.dropFirst("k4.local-pw.".count)))
        #expect(data.count == 120)
        func variant(_ change: (inout [UInt8]) -> Void) -> String {
            var copy = data
            change(&copy)
            return "k4.local-pw." + Base64URL.encode(copy)
        }
        let cases: [(String, PasetoError.Code, (inout [UInt8]) -> Void)] = [
            ("memory 8193 bytes", .authenticationFailed, { $0[23] = 0x01 }),
            ("two passes", .authenticationFailed, { $0[27] = 2 }),
            ("memory below 8192 bytes", .invalidKey, { $0[22] = 0x10 }),
            ("zero passes", .invalidKey, { $0[27] = 0 }),
            ("parallelism 2", .invalidKey, { $0[31] = 2 }),
            ("parallelism 0", .invalidKey, { $0[31] = 0 }),
            ("memory over 2^63", .invalidKey, { $0[16] = 0x80 }),
            ("memory over libsodium's maximum", .invalidKey, { $0[17] = 0x10 }),
        ]
        for (name, code, change) in cases {
            expectPasetoError(code, "\(name)") {
                try PasetoV4.Local.Key(unwrapping: variant(change), withPassword: Self.password)
            }
        }
    }

    // MARK: Wrong keys and passwords

    @Test("A wrong password, wrapping key or secret key is authentication-failed")
    func wrongSecrets() throws {
        let key = PasetoV4.Public.SecretKey.generate()
        let wrapped = try key.wrap(withPassword: Self.password, parameters: Self.fast)
        for wrong in [
            "correct horse battery stapl", "correct horse battery staple ", "Correct horse battery staple", "x",
        ] {
            expectPasetoError(.authenticationFailed, "\(wrong)") {
                try PasetoV4.Public.SecretKey(unwrapping: wrapped, withPassword: PASERKPassword(wrong))
            }
        }
        expectPasetoError(.authenticationFailed) {
            try PasetoV4.Public.SecretKey(unwrapping: wrapped, withPassword: PASERKPassword(bytes: []))
        }
        let wrapping = PasetoV4.Local.Key.generate()
        expectPasetoError(.authenticationFailed) {
            try PasetoV4.Public.SecretKey(unwrapping: key.wrap(with: wrapping), with: .generate())
        }
        let sealed = try PasetoV4.Local.Key.generate().seal(to: key.publicKey)
        expectPasetoError(.authenticationFailed) { try PasetoV4.Local.Key(unsealing: sealed, with: .generate()) }
    }

    @Test("Password bytes are exact: no normalisation, no trimming")
    func passwordBytes() throws {
        let key = PasetoV2.Local.Key.generate()
        let composed = PASERKPassword("caf\u{E9}")
        let decomposed = PASERKPassword("cafe\u{301}")
        let wrapped = try key.wrap(withPassword: composed, parameters: Self.fast)
        #expect(
            try PasetoV2.Local.Key(unwrapping: wrapped, withPassword: PASERKPassword(bytes: Array("caf\u{E9}".utf8)))
                .exportPASERK() == key.exportPASERK()
        )
        expectPasetoError(.authenticationFailed) {
            try PasetoV2.Local.Key(unwrapping: wrapped, withPassword: decomposed)
        }
        let withNewline = try key.wrap(withPassword: PASERKPassword("pw\n"), parameters: Self.fast)
        expectPasetoError(.authenticationFailed) {
            try PasetoV2.Local.Key(unwrapping: withNewline, withPassword: PASERKPassword("pw"))
        }
    }

    @Test("An empty password cannot wrap a key")
    func emptyPassword() {
        expectPasetoError(.invalidPassword) {
            try PasetoV4.Local.Key.generate().wrap(withPassword: PASERKPassword(""), parameters: Self.fast)
        }
        #expect(PASERKPassword("").isEmpty && !Self.password.isEmpty)
        var bytes: [UInt8] = Array("secret".utf8)
        let password = PASERKPassword(wiping: &bytes)
        #expect(bytes.isEmpty && !password.isEmpty)
    }

    // MARK: Other versions and types

    @Test("A PASERK of another version or type is key-mismatch, before any cryptography")
    func otherVersionsAndTypes() throws {
        let v2Key = PasetoV2.Local.Key.generate()
        let v2Secret = PasetoV2.Public.SecretKey.generate()
        let v4Wrapping = PasetoV4.Local.Key.generate()
        let v4Secret = PasetoV4.Public.SecretKey.generate()
        let v2Wrapped = v2Key.wrap(with: PasetoV2.Local.Key.generate())
        let v2Sealed = try v2Key.seal(to: v2Secret.publicKey)
        let v2Password = try v2Key.wrap(withPassword: Self.password, parameters: Self.fast)
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(unwrapping: v2Wrapped, with: v4Wrapping) }
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(unsealing: v2Sealed, with: v4Secret) }
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(unwrapping: v2Password, withPassword: Self.password) }
        let v4Wrapped = PasetoV4.Local.Key.generate().wrap(with: v4Wrapping)
        expectPasetoError(.keyMismatch) { try PasetoV4.Public.SecretKey(unwrapping: v4Wrapped, with: v4Wrapping) }
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(unsealing: v4Wrapped, with: v4Secret) }
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(unwrapping: v4Wrapped, withPassword: Self.password) }
        expectPasetoError(.keyMismatch) {
            try PasetoV4.Local.Key(unwrapping: v4Secret.exportPASERK(), with: v4Wrapping)
        }
        for other in ["k1", "k3"] {
            let renamed = other + v4Wrapped.dropFirst(2)
            expectPasetoError(.keyMismatch, "\(other)") {
                try PasetoV4.Local.Key(unwrapping: renamed, with: v4Wrapping)
            }
        }
    }

    @Test("AnyPasetoKey refuses keys of the wrong kind or version with key-mismatch")
    func runtimeMismatches() throws {
        let local4 = try AnyPasetoKey.generate(version: .v4, purpose: .local)
        let secret4 = try AnyPasetoKey.generate(version: .v4, purpose: .public)
        let public4 = try secret4.publicKey()
        let local2 = try AnyPasetoKey.generate(version: .v2, purpose: .local)
        let secret2 = try AnyPasetoKey.generate(version: .v2, purpose: .public)
        let wrapped = try local4.wrap(with: local4)
        let sealed = try local4.seal(to: public4)
        for attempt: () throws -> Void in [
            { _ = try public4.wrap(with: local4) },
            { _ = try local4.wrap(with: secret4) },
            { _ = try local4.wrap(with: local2) },
            { _ = try secret4.seal(to: public4) },
            { _ = try local4.seal(to: secret4) },
            { _ = try local4.seal(to: try secret2.publicKey()) },
            { _ = try public4.wrap(withPassword: Self.password, parameters: Self.fast) },
            { _ = try AnyPasetoKey(unwrapping: wrapped, with: local2) },
            { _ = try AnyPasetoKey(unwrapping: wrapped, with: secret4) },
            { _ = try AnyPasetoKey(unwrapping: sealed, with: local4) },
            { _ = try AnyPasetoKey(unsealing: sealed, with: secret2) },
            { _ = try AnyPasetoKey(unsealing: sealed, with: local4) },
            { _ = try AnyPasetoKey(unsealing: wrapped, with: secret4) },
            { _ = try AnyPasetoKey(unwrapping: sealed, withPassword: Self.password) },
            { _ = try AnyPasetoKey(unwrapping: local4.exportPASERK(), withPassword: Self.password) },
        ] {
            expectPasetoError(.keyMismatch) { try attempt() }
        }
        let k3 = "k3.local-wrap.pie." + String(wrapped.dropFirst("k4.local-wrap.pie.".count))
        expectPasetoError(.keyMismatch) { try AnyPasetoKey(unwrapping: k3, with: local4) }
    }

    // MARK: Malformed PASERKs

    @Test("Malformed wrapped PASERKs are invalid-key; another wrap protocol is unsupported-version")
    func malformed() throws {
        let wrapping = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        let wrapped = PasetoV4.Local.Key.generate().wrap(with: wrapping)
        let data = String(wrapped.dropFirst("k4.local-wrap.pie.".count))
        for bad in [
            "k4.local-wrap.pie." + data.dropLast(2), "k4.local-wrap.pie." + data + "AA",
            "k4.local-wrap.pie." + data + "=",
            "k4.local-wrap." + data, "k4.local-wrap..", "k4.local-wrap.pie.", "k4.local-wrap",
        ] {
            expectPasetoError(.invalidKey, "\(bad)") { try PasetoV4.Local.Key(unwrapping: bad, with: wrapping) }
        }
        expectPasetoError(.unsupportedVersion) {
            try PasetoV4.Local.Key(unwrapping: "k4.local-wrap.aws-kms." + data, with: wrapping)
        }
        let sealed = try PasetoV4.Local.Key.generate().seal(to: secret.publicKey)
        expectPasetoError(.invalidKey) { try PasetoV4.Local.Key(unsealing: String(sealed.dropLast(3)), with: secret) }
        let password = try PasetoV4.Local.Key.generate().wrap(withPassword: Self.password, parameters: Self.fast)
        expectPasetoError(.invalidKey) {
            try PasetoV4.Local.Key(unwrapping: password + "AAAA", withPassword: Self.password)
        }
    }

    @Test("A wrapped secret key whose public half does not match its seed is invalid-key after authentication")
    func invalidUnwrappedSecret() throws {
        var bytes = PasetoV4.Public.SecretKey.generate().unsafeExportRawBytes()
        bytes[63] ^= 1
        let wrapping = PasetoV4.Local.Key.generate()
        let forged = PASERKWrap.wrap(UncheckedSecretKey(secret: SecretBytes(copying: bytes)), with: wrapping)
        #expect(forged.hasPrefix("k4.secret-wrap.pie."))
        expectPasetoError(.invalidKey) { try PasetoV4.Public.SecretKey(unwrapping: forged, with: wrapping) }
    }

    @Test("Nothing can be sealed to a public key that is no usable Ed25519 point")
    func unusableRecipient() throws {
        let key = PasetoV4.Local.Key.generate()
        // Points of small order: the identity (y = 1) and the point of order 2 (y = -1).
        let identity: [UInt8] = [1] + [UInt8](repeating: 0, count: 31)
        let orderTwo: [UInt8] = [0xEC] + [UInt8](repeating: 0xFF, count: 30) + [0x7F]
        for bytes in [identity, orderTwo] {
            expectPasetoError(.invalidKey) { try key.seal(to: PasetoV4.Public.PublicKey(rawBytes: bytes)) }
        }
    }

    // MARK: Parameters and footers

    @Test("Argon2id parameters: libsodium's bounds, presets and description")
    func parameters() throws {
        #expect(Argon2idParameters.memoryLimitRange.lowerBound == 8192)
        #expect(Argon2idParameters.operationsLimitRange == 1...4_294_967_295)
        #expect(Argon2idParameters.interactive == (try Argon2idParameters(memoryLimit: 67_108_864, operationsLimit: 2)))
        #expect(
            Argon2idParameters.sensitive == (try Argon2idParameters(memoryLimit: 1_073_741_824, operationsLimit: 4))
        )
        #expect(Self.fast.parallelism == 1)
        for (memory, operations) in [(8191, 1), (8192, 0), (-1, 3), (Int.max, 3)] {
            expectPasetoError(.invalidParameters, "\(memory) \(operations)") {
                try Argon2idParameters(memoryLimit: memory, operationsLimit: operations)
            }
        }
        #expect(
            Argon2idParameters.moderate.description
                == "Argon2id(memory: 268435456 bytes, operations: 3, parallelism: 1)"
        )
    }

    @Test("Only ids and wrapped keys may appear in a footer")
    func footerTypes() {
        let allowed = PASERKType.all.filter(\.isAllowedInFooter)
        #expect(allowed == [.lid, .pid, .sid, .seal, .localWrap, .secretWrap])
        #expect(!PASERKType.local.isAllowedInFooter && !PASERKType.secret.isAllowedInFooter)
        #expect(!PASERKType.public.isAllowedInFooter)
        #expect(!PASERKType.localPassword.isAllowedInFooter && !PASERKType.secretPassword.isAllowedInFooter)
    }

    // MARK: Helpers

    /// Every PASERK that differs from `paserk` in exactly one bit of its decoded data.
    static func singleBitFlips(of paserk: String, header: String) -> [(String, String)] {
        let data = Base64URL.decode(paserk.dropFirst(header.count)) ?? []
        return data.indices.flatMap { index in
            (0..<8).map { bit in
                var flipped = data
                flipped[index] ^= 1 << bit
                return ("byte \(index) bit \(bit)", header + Base64URL.encode(flipped))
            }
        }
    }
}

/// A k4 secret-key type that skips validation, to wrap bytes no real secret key holds.
private struct UncheckedSecretKey: SodiumSecretKey {
    static let version = PasetoVersion.v4
    static let purpose = PasetoPurpose.public
    static let paserkType = PASERKType.secret
    static let secretCount = 64

    let secret: SecretBytes

    init(secret: SecretBytes) { self.secret = secret }
    init(validating secret: SecretBytes) { self.secret = secret }
    init(paserk: String) throws { try self.init(importingPASERK: paserk) }
    func exportPASERK() -> String { paserkEncoding }
}
