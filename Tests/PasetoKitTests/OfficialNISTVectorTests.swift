import Foundation
import PasetoKit
import PasetoVectors
import Testing

/// The v1, v3, k1 and k3 vector files this test target runs, with their case counts (spec digest §9).
enum NISTVectorFiles {
    static let v1 = "paseto/v1.json"
    static let v3 = "paseto/v3.json"

    /// Every k1 and k3 PASERK file and its number of cases.
    static let paserkCounts: [(file: String, count: Int)] =
        [
            ("lid", 4), ("local", 5), ("local-pw", 6), ("local-wrap.pie", 4), ("pid", 3), ("public", 3), ("seal", 5),
            ("secret", 3), ("secret-pw", 6), ("secret-wrap.pie", 4), ("sid", 3),
        ].map { ("paserk/k1.\($0.0).json", $0.1) }
        + [
            ("lid", 4), ("local", 5), ("local-pw", 6), ("local-wrap.pie", 4), ("pid", 4), ("public", 3), ("seal", 4),
            ("secret", 5), ("secret-pw", 6), ("secret-wrap.pie", 4), ("sid", 4),
        ].map { ("paserk/k3.\($0.0).json", $0.1) }
}

/// The official PASETO v1 and v3 vectors and every k1 and k3 PASERK file, read in place: case counts, each
/// case through ``VectorRunner``, and each case again through direct calls to the typed API.
@Suite("Official PASETO v1/v3 and PASERK k1/k3 test vectors")
struct OfficialNISTVectorTests {
    static let v1Cases = OfficialVectors.pasetoCases(NISTVectorFiles.v1)
    static let v3Cases = OfficialVectors.pasetoCases(NISTVectorFiles.v3)
    static let paserkCases = NISTVectorFiles.paserkCounts.map(\.file).flatMap(OfficialVectors.paserkCases)
    static func cases(_ file: String) -> [OfficialVectorCase<PASERKVector>] {
        OfficialVectors.paserkCases("paserk/\(file).json")
    }

    // MARK: Counts (an empty arguments list would otherwise pass silently)

    @Test(
        "Each v1, v3, k1 and k3 vector file holds the expected number of cases",
        arguments: [(NISTVectorFiles.v1, 14), (NISTVectorFiles.v3, 17)] + NISTVectorFiles.paserkCounts
    )
    func caseCount(file: String, expected: Int) {
        guard OfficialVectors.directory != nil else {
            Issue.record("\(OfficialVectors.searchedDescription)")
            return
        }
        let decodedCount =
            file.hasPrefix("paseto/")
            ? OfficialVectors.load(file, as: PasetoVector.self)?.tests.count
            : OfficialVectors.load(file, as: PASERKVector.self)?.tests.count
        #expect(decodedCount == expected)
        let name = String(file.split(separator: "/").last ?? "")
        let ids = (Self.v1Cases + Self.v3Cases).map(\.id) + Self.paserkCases.map(\.id)
        #expect(ids.filter { $0.hasPrefix(name + "#") }.count == expected, "the arguments must hold every case")
    }

    @Test("The k1 and k3 PASERK files hold 95 cases, 45 of them expect-fail")
    func paserkTotals() {
        #expect(Self.paserkCases.count == 95)
        #expect(Self.paserkCases.filter(\.vector.expectFail).count == 45)
    }

    // MARK: Through the runner

    @Test("v1 and v3: the runner passes the case", arguments: v1Cases + v3Cases)
    func tokensThroughRunner(_ testCase: OfficialVectorCase<PasetoVector>) {
        let file = "paseto/" + testCase.file
        #expect(RunnerResultsCache.shared.result(file, index: testCase.index)?.outcome == .passed)
    }

    @Test(
        "k1 and k3: the runner passes the case; every k1.seal case is skipped with its reason",
        arguments: paserkCases
    )
    func paserkThroughRunner(_ testCase: OfficialVectorCase<PASERKVector>) {
        let outcome = RunnerResultsCache.shared.result("paserk/" + testCase.file, index: testCase.index)?.outcome
        let expected: VectorOutcome =
            testCase.file == "k1.seal.json" ? .skipped(PASERKVectorCheck.k1SealSkipReason) : .passed
        #expect(outcome == expected)
    }

    // MARK: v3.json, directly

    @Test(
        "v3.local: encrypting with the vector's nonce gives its token; decrypting gives its payload",
        arguments: v3Cases.filter { !$0.vector.expectFail && $0.vector.key != nil }
    )
    func v3Local(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let key = try PasetoV3.Local.Key(rawBytes: requireHex(vector.key))
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let assertion = Array(vector.implicitAssertion.utf8)
        let token = PasetoV3.Local.encrypt(
            payload,
            using: key,
            footer: footer,
            implicitAssertion: assertion,
            nonce: try requireHex(vector.nonce)
        )
        #expect(token == vector.token)
        let opened = try PasetoV3.Local.decrypt(
            vector.token,
            using: key,
            expectedFooter: footer,
            implicitAssertion: assertion
        )
        #expect(opened.payload == payload && opened.footer == footer)
        #expect(opened.header == TokenHeader(version: .v3, purpose: .local))
        let anyKey = try AnyPasetoKey(paserk: key.exportPASERK())
        #expect(try anyKey.decrypt(vector.token, implicitAssertion: assertion).payload == payload)
        expectPasetoError(.authenticationFailed) {
            try PasetoV3.Local.decrypt(vector.token, using: key, implicitAssertion: assertion + [0x21])
        }
    }

    @Test(
        "v3.public: the token verifies, a fresh (random) signature verifies, and the PEM keys are the hex keys",
        arguments: v3Cases.filter { !$0.vector.expectFail && $0.vector.key == nil }
    )
    func v3Public(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let secretKey = try PasetoV3.Public.SecretKey(rawBytes: requireHex(vector.secretKey))
        let publicKey = try PasetoV3.Public.PublicKey(rawBytes: requireHex(vector.publicKey))
        #expect(secretKey.publicKey == publicKey)
        #expect(try PasetoV3.Public.SecretKey(pemRepresentation: #require(vector.secretKeyPEM)).publicKey == publicKey)
        #expect(try PasetoV3.Public.PublicKey(pemRepresentation: #require(vector.publicKeyPEM)) == publicKey)
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let assertion = Array(vector.implicitAssertion.utf8)
        let opened = try PasetoV3.Public.verify(
            vector.token,
            using: publicKey,
            expectedFooter: footer,
            implicitAssertion: assertion
        )
        #expect(opened.payload == payload && opened.header == TokenHeader(version: .v3, purpose: .public))
        let fresh = PasetoV3.Public.sign(payload, using: secretKey, footer: footer, implicitAssertion: assertion)
        #expect(fresh.hasPrefix("v3.public."))
        #expect(try PasetoV3.Public.verify(fresh, using: publicKey, implicitAssertion: assertion).payload == payload)
        #expect(try AnyPasetoKey(publicKey).verify(vector.token, implicitAssertion: assertion).payload == payload)
    }

    @Test(
        "v3 expect-fail: the other purpose and version are key-mismatch; bad encodings are malformed-token",
        arguments: v3Cases.filter(\.vector.expectFail)
    )
    func v3Rejected(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        // 3-F-1: v3.local to a public key; 3-F-2: v3.public to a local key; 3-F-3: v4.local; 3-F-4: non-zero
        // leftover bits; 3-F-5: `=` padding. The last two authenticate under a lenient decoder.
        let vector = testCase.vector
        let expected: PasetoError.Code = ["3-F-4", "3-F-5"].contains(vector.name) ? .malformedToken : .keyMismatch
        if vector.key != nil {
            let key = try PasetoV3.Local.Key(rawBytes: requireHex(vector.key))
            expectPasetoError(expected) { try PasetoV3.Local.decrypt(vector.token, using: key) }
        }
        if vector.publicKey != nil {
            let key = try PasetoV3.Public.PublicKey(rawBytes: requireHex(vector.publicKey))
            expectPasetoError(expected) { try PasetoV3.Public.verify(vector.token, using: key) }
        }
    }

    // MARK: v1.json, directly

    @Test(
        "v1.local: encrypting with the vector's random value gives its token; decrypting gives its payload",
        arguments: v1Cases.filter { !$0.vector.expectFail && $0.vector.key != nil }
    )
    func v1Local(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let key = try PasetoV1.Local.Key(rawBytes: requireHex(vector.key))
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let token = PasetoV1.Local.encrypt(payload, using: key, footer: footer, nonceKey: try requireHex(vector.nonce))
        #expect(token == vector.token)
        let opened = try PasetoV1.Local.decrypt(vector.token, using: key, expectedFooter: footer)
        #expect(opened.payload == payload && opened.header == TokenHeader(version: .v1, purpose: .local))
        // The vector's implicit assertion ("discarded-anyway" on 1-E-7 to 1-E-9) is ignored: v1 has none.
        #expect(try AnyPasetoKey(paserk: key.exportPASERK()).decrypt(vector.token).payload == payload)
    }

    @Test(
        "v1.public: the token verifies with the PEM public key, and a fresh (random-salt) signature verifies",
        arguments: v1Cases.filter { !$0.vector.expectFail && $0.vector.key == nil }
    )
    func v1Public(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let secretKey = try PasetoV1.Public.SecretKey(pemRepresentation: #require(vector.secretKey))
        let publicKey = try PasetoV1.Public.PublicKey(pemRepresentation: #require(vector.publicKey))
        #expect(secretKey.publicKey == publicKey)
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let opened = try PasetoV1.Public.verify(vector.token, using: publicKey, expectedFooter: footer)
        #expect(opened.payload == payload && opened.header == TokenHeader(version: .v1, purpose: .public))
        let fresh = PasetoV1.Public.sign(payload, using: secretKey, footer: footer)
        #expect(try PasetoV1.Public.verify(fresh, using: publicKey).payload == payload)
        #expect(try AnyPasetoKey(paserk: publicKey.exportPASERK()).verify(vector.token).payload == payload)
    }

    @Test(
        "v1 expect-fail: every key the vector carries rejects the token with key-mismatch",
        arguments: v1Cases.filter(\.vector.expectFail)
    )
    func v1Rejected(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        // 1-F-1: a v1.local token to a public key; 1-F-2: a v2.local token to a v1 local key.
        let vector = testCase.vector
        if vector.key != nil {
            let key = try PasetoV1.Local.Key(rawBytes: requireHex(vector.key))
            expectPasetoError(.keyMismatch) { try PasetoV1.Local.decrypt(vector.token, using: key) }
        }
        if let pem = vector.publicKey {
            let key = try PasetoV1.Public.PublicKey(pemRepresentation: pem)
            expectPasetoError(.keyMismatch) { try PasetoV1.Public.verify(vector.token, using: key) }
        }
    }

    // MARK: k3 and k1 keys and ids, directly

    @Test(
        "k3 and k1 local, public, secret: key and PASERK convert both ways; bad keys and PASERKs are refused",
        arguments: ["k3.local", "k3.public", "k3.secret", "k1.local", "k1.public", "k1.secret"].flatMap(cases)
    )
    func keys(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let fromPASERK = try NISTKeyLoader.fromPASERK(testCase.file)
        guard !vector.expectFail else {
            if let paserk = vector.paserk {
                #expect(throws: PasetoError.self) { try fromPASERK(paserk) }
            }
            if let key = vector.key {
                #expect(throws: PasetoError.self) { try NISTKeyLoader.fromVector(testCase.file, key) }
            }
            return
        }
        let paserk = try #require(vector.paserk)
        let key = try NISTKeyLoader.fromVector(testCase.file, try #require(vector.key))
        #expect(key.exportPASERK() == paserk)
        #expect(try fromPASERK(paserk).exportPASERK() == paserk)
        if let publicText = vector.publicKey, testCase.file.contains(".secret") {
            let publicKey = try NISTKeyLoader.fromVector(
                testCase.file.replacingOccurrences(of: "secret", with: "public"),
                publicText
            )
            #expect(try key.publicKey().exportPASERK() == publicKey.exportPASERK())
        }
    }

    @Test(
        "k3 and k1 lid, pid, sid: the id of the key; short, truncated and foreign keys have none",
        arguments: ["k3.lid", "k3.pid", "k3.sid", "k1.lid", "k1.pid", "k1.sid"].flatMap(cases)
    )
    func identifiers(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let file = testCase.file.replacingOccurrences(of: ".lid", with: ".local")
            .replacingOccurrences(of: ".pid", with: ".public").replacingOccurrences(of: ".sid", with: ".secret")
        let text = try #require(vector.key)
        guard !vector.expectFail else {
            #expect(throws: PasetoError.self) { try NISTKeyLoader.fromVector(file, text) }
            return
        }
        let key = try NISTKeyLoader.fromVector(file, text)
        #expect(key.paserkID == vector.paserk)
        #expect(key.paserkID.count == "k3.lid.".count + 44)
    }

    // MARK: k3 and k1 wrapped keys, directly

    @Test(
        "k3 and k1 local-wrap.pie and secret-wrap.pie: the typed API opens good PASERKs and refuses bad ones",
        arguments: ["k3.local-wrap.pie", "k3.secret-wrap.pie", "k1.local-wrap.pie", "k1.secret-wrap.pie"].flatMap(cases)
    )
    func wrapped(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let paserk = try #require(vector.paserk)
        let wrappingHex = try requireHex(vector.wrappingKey)
        let isK3 = testCase.file.hasPrefix("k3.")
        let isSecret = testCase.file.contains("secret")
        let open: () throws -> String =
            switch (isK3, isSecret) {
            case (true, false):
                { try PasetoV3.Local.Key(unwrapping: paserk, with: .init(rawBytes: wrappingHex)).exportPASERK() }
            case (true, true):
                { try PasetoV3.Public.SecretKey(unwrapping: paserk, with: .init(rawBytes: wrappingHex)).exportPASERK() }
            case (false, false):
                { try PasetoV1.Local.Key(unwrapping: paserk, with: .init(rawBytes: wrappingHex)).exportPASERK() }
            case (false, true):
                { try PasetoV1.Public.SecretKey(unwrapping: paserk, with: .init(rawBytes: wrappingHex)).exportPASERK() }
            }
        guard !vector.expectFail else {
            // fail-1: an altered tag; fail-2: a PASERK of another version.
            expectPasetoError(Self.expectedCode(paserk, version: isK3 ? "k3." : "k1.")) { try open() }
            return
        }
        let keyFile = (isK3 ? "k3." : "k1.") + (isSecret ? "secret" : "local")
        #expect(try open() == NISTKeyLoader.fromVector(keyFile, try #require(vector.unwrapped)).exportPASERK())
    }

    @Test(
        "k3 and k1 local-pw and secret-pw: the typed API opens good PASERKs with the password and refuses bad ones",
        arguments: ["k3.local-pw", "k3.secret-pw", "k1.local-pw", "k1.secret-pw"].flatMap(cases)
    )
    func passwordWrapped(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let paserk = try #require(vector.paserk)
        let password = PASERKPassword(try #require(vector.password))
        let isK3 = testCase.file.hasPrefix("k3.")
        let isSecret = testCase.file.contains("secret")
        let open: () throws -> String =
            switch (isK3, isSecret) {
            case (true, false): { try PasetoV3.Local.Key(unwrapping: paserk, withPassword: password).exportPASERK() }
            case (true, true):
                { try PasetoV3.Public.SecretKey(unwrapping: paserk, withPassword: password).exportPASERK() }
            case (false, false): { try PasetoV1.Local.Key(unwrapping: paserk, withPassword: password).exportPASERK() }
            case (false, true):
                { try PasetoV1.Public.SecretKey(unwrapping: paserk, withPassword: password).exportPASERK() }
            }
        guard !vector.expectFail else {
            // fail-1: the wrong password; fail-2: an altered tag; the third: a k2/k4 PASERK.
            expectPasetoError(Self.expectedCode(paserk, version: isK3 ? "k3." : "k1.")) { try open() }
            return
        }
        let keyFile = (isK3 ? "k3." : "k1.") + (isSecret ? "secret" : "local")
        #expect(try open() == NISTKeyLoader.fromVector(keyFile, try #require(vector.unwrapped)).exportPASERK())
    }

    /// The code an expect-fail wrapped PASERK gets: `key-mismatch` for another version; `invalid-key` when the
    /// alteration also left non-zero leftover bits in the last base64url character (the strict decoder refuses
    /// it before any cryptography, as for k2/k4); else `authentication-failed`.
    static func expectedCode(_ paserk: String, version: String) -> PasetoError.Code {
        guard paserk.hasPrefix(version) else { return .keyMismatch }
        let data = paserk.split(separator: ".").last ?? ""
        return Base64URL.decode(data) == nil ? .invalidKey : .authenticationFailed
    }

    @Test("k3.seal: the secret key opens good PASERKs; altered and k4 ones are refused", arguments: cases("k3.seal"))
    func sealed(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let paserk = try #require(vector.paserk)
        guard let secretKey = try? PasetoV3.Public.SecretKey(pemRepresentation: try #require(vector.sealingSecretKey))
        else {
            // k3.seal-fail-2 carries a k4 key pair in hex and a k4.seal PASERK.
            #expect(vector.expectFail && paserk.hasPrefix("k4.seal."))
            return
        }
        let publicKey = try PasetoV3.Public.PublicKey(pemRepresentation: try #require(vector.sealingPublicKey))
        #expect(secretKey.publicKey == publicKey)
        guard !vector.expectFail else {
            expectPasetoError(.authenticationFailed) { try PasetoV3.Local.Key(unsealing: paserk, with: secretKey) }
            return
        }
        let opened = try PasetoV3.Local.Key(unsealing: paserk, with: secretKey)
        #expect(opened.unsafeExportRawBytes() == (try requireHex(vector.unsealed)))
        let again = try opened.seal(to: publicKey)
        #expect(again != paserk && again.count == paserk.count)
        #expect(
            try PasetoV3.Local.Key(unsealing: again, with: secretKey).unsafeExportRawBytes()
                == opened.unsafeExportRawBytes()
        )
    }
}

/// Loads a k3 or k1 key from a vector's text field, by the PASERK file it comes from (`k3.public.json`, …):
/// hex bytes, PEM text, or hex-encoded PEM text.
enum NISTKeyLoader {
    /// The key in `text`, as the key type of `file` (a `local`, `public` or `secret` file name).
    static func fromVector(_ file: String, _ text: String) throws -> AnyPasetoKey {
        var pem: String?
        if text.hasPrefix("-----BEGIN") {
            pem = text
        } else if let bytes = Hex.decode(text), bytes.starts(with: "-----BEGIN".utf8) {
            pem = String(decoding: bytes, as: UTF8.self)
        }
        guard let bytes = Hex.decode(text) ?? (pem != nil ? [] : nil) else {
            throw PasetoError.make(.invalidKey, "neither hex nor PEM")
        }
        switch (file.hasPrefix("k3."), file.contains("local"), file.contains("secret")) {
        case (true, true, _): return AnyPasetoKey(try PasetoV3.Local.Key(rawBytes: bytes))
        case (false, true, _): return AnyPasetoKey(try PasetoV1.Local.Key(rawBytes: bytes))
        case (true, false, true):
            return AnyPasetoKey(
                try pem.map(PasetoV3.Public.SecretKey.init(pemRepresentation:)) ?? .init(rawBytes: bytes)
            )
        case (false, false, true):
            return AnyPasetoKey(
                try pem.map(PasetoV1.Public.SecretKey.init(pemRepresentation:)) ?? .init(derRepresentation: bytes)
            )
        case (true, false, false):
            return AnyPasetoKey(
                try pem.map(PasetoV3.Public.PublicKey.init(pemRepresentation:)) ?? .init(rawBytes: bytes)
            )
        case (false, false, false):
            return AnyPasetoKey(
                try pem.map(PasetoV1.Public.PublicKey.init(pemRepresentation:)) ?? .init(derRepresentation: bytes)
            )
        }
    }

    /// The typed parser of the key type of `file`.
    static func fromPASERK(_ file: String) throws -> (String) throws -> any PasetoKey {
        switch (file.hasPrefix("k3."), file.split(separator: ".")[1]) {
        case (true, "local"): { try PasetoV3.Local.Key(paserk: $0) }
        case (true, "secret"): { try PasetoV3.Public.SecretKey(paserk: $0) }
        case (true, _): { try PasetoV3.Public.PublicKey(paserk: $0) }
        case (false, "local"): { try PasetoV1.Local.Key(paserk: $0) }
        case (false, "secret"): { try PasetoV1.Public.SecretKey(paserk: $0) }
        case (false, _): { try PasetoV1.Public.PublicKey(paserk: $0) }
        }
    }
}
