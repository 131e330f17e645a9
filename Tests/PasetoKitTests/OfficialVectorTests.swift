import PasetoKit
import PasetoVectors
import Testing

/// The official PASETO v4 and PASERK k4 vectors, read in place, each case both through ``VectorRunner`` and
/// through direct calls to PasetoKit. Cases are keyed on file and index, never on their `name` field.
@Suite("Official PASETO v4 and PASERK k4 test vectors")
struct OfficialVectorTests {
    static let v4 = "paseto/v4.json"
    static let paserkFiles = ["local", "secret", "public", "lid", "pid", "sid"].map { "paserk/k4.\($0).json" }

    static let v4Cases = OfficialVectors.pasetoCases(v4)
    static let paserkCases = paserkFiles.flatMap(OfficialVectors.paserkCases)

    // MARK: Counts (an empty arguments list would otherwise pass silently)

    @Test(
        "Each supported vector file holds the expected number of cases",
        arguments: [
            ("paseto/v4.json", 17), ("paserk/k4.local.json", 5), ("paserk/k4.secret.json", 5),
            ("paserk/k4.public.json", 4), ("paserk/k4.lid.json", 4), ("paserk/k4.pid.json", 5),
            ("paserk/k4.sid.json", 4),
        ]
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
        #expect(
            caseArguments(of: file).count == expected,
            "the @Test(arguments:) lists must hold every case of \(file)"
        )
        #expect(OfficialVectors.runnerResults(file).compactMap(\.index) == Array(0..<expected))
    }

    @Test("v4.json has 9 encrypt, 3 sign and 5 expect-fail cases")
    func v4Split() {
        #expect(Self.v4Cases.filter { !$0.vector.expectFail && $0.vector.key != nil }.count == 9)
        #expect(Self.v4Cases.filter { !$0.vector.expectFail && $0.vector.key == nil }.count == 3)
        #expect(Self.v4Cases.filter(\.vector.expectFail).count == 5)
    }

    private func caseArguments(of file: String) -> [String] {
        let name = String(file.split(separator: "/").last ?? "")
        return (Self.v4Cases.map(\.id) + Self.paserkCases.map(\.id)).filter { $0.hasPrefix(name + "#") }
    }

    // MARK: Through the runner

    @Test("v4.json: the runner passes the case", arguments: v4Cases)
    func v4ThroughRunner(_ testCase: OfficialVectorCase<PasetoVector>) {
        let result = OfficialVectors.runnerResults(Self.v4).first { $0.index == testCase.index }
        #expect(result?.outcome == .passed)
    }

    @Test("k4 PASERK: the runner passes the case", arguments: paserkCases)
    func paserkThroughRunner(_ testCase: OfficialVectorCase<PASERKVector>) {
        let result = OfficialVectors.runnerResults("paserk/" + testCase.file).first { $0.index == testCase.index }
        #expect(result?.outcome == .passed)
    }

    // MARK: v4.json, directly

    @Test(
        "v4.local: encrypting with the vector's nonce gives its token; decrypting gives its payload",
        arguments: v4Cases.filter { !$0.vector.expectFail && $0.vector.key != nil }
    )
    func v4Local(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let key = try PasetoV4.Local.Key(rawBytes: requireHex(vector.key))
        let nonce = try requireHex(vector.nonce)
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let assertion = Array(vector.implicitAssertion.utf8)

        let token = PasetoV4.Local.encrypt(
            payload,
            using: key,
            footer: footer,
            implicitAssertion: assertion,
            nonce: nonce
        )
        #expect(token == vector.token)

        let opened = try PasetoV4.Local.decrypt(
            vector.token,
            using: key,
            expectedFooter: footer,
            implicitAssertion: assertion
        )
        #expect(opened.payload == payload)
        #expect(opened.payloadText == vector.payload)
        #expect(opened.footer == footer)
        #expect(opened.header == TokenHeader(version: .v4, purpose: .local))

        let anyKey = try AnyPasetoKey(paserk: key.exportPASERK())
        #expect(try anyKey.decrypt(vector.token, implicitAssertion: assertion).payload == payload)
        if !assertion.isEmpty {
            expectPasetoError(.authenticationFailed, "the implicit assertion is authenticated") {
                try PasetoV4.Local.decrypt(vector.token, using: key)
            }
        }
    }

    @Test(
        "v4.public: signing gives the vector's token; verifying gives its payload",
        arguments: v4Cases.filter { !$0.vector.expectFail && $0.vector.key == nil }
    )
    func v4Public(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let secretKey = try PasetoV4.Public.SecretKey(rawBytes: requireHex(vector.secretKey))
        let publicKey = try PasetoV4.Public.PublicKey(rawBytes: requireHex(vector.publicKey))
        let fromSeed = try PasetoV4.Public.SecretKey(seed: requireHex(vector.secretKeySeed))
        #expect(fromSeed.unsafeExportRawBytes() == secretKey.unsafeExportRawBytes())
        #expect(secretKey.publicKey == publicKey)
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let assertion = Array(vector.implicitAssertion.utf8)

        #expect(
            PasetoV4.Public.sign(payload, using: secretKey, footer: footer, implicitAssertion: assertion)
                == vector.token
        )

        let opened = try PasetoV4.Public.verify(
            vector.token,
            using: publicKey,
            expectedFooter: footer,
            implicitAssertion: assertion
        )
        #expect(opened.payload == payload)
        #expect(opened.footer == footer)
        #expect(opened.header == TokenHeader(version: .v4, purpose: .public))
        #expect(try AnyPasetoKey(publicKey).verify(vector.token, implicitAssertion: assertion).payload == payload)
    }

    /// The error each expect-fail case of `v4.json` must raise, by index: 4-F-1 (a v4.local token given to a
    /// public key), 4-F-2 (v4.public to a local key), 4-F-3 (v3.local) are key mismatches; 4-F-4 (non-zero
    /// trailing bits) and 4-F-5 (`=` padding) break strict base64url.
    static let v4FailureCodes: [Int: PasetoError.Code] = [
        12: .keyMismatch, 13: .keyMismatch, 14: .keyMismatch, 15: .malformedToken, 16: .malformedToken,
    ]

    @Test(
        "v4 expect-fail: every key the vector carries rejects the token with the expected code",
        arguments: v4Cases.filter(\.vector.expectFail)
    )
    func v4Rejected(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let code = try #require(Self.v4FailureCodes[testCase.index], "no expected code for \(testCase.id)")
        let assertion = Array(vector.implicitAssertion.utf8)
        var tried = 0
        if vector.key != nil {
            let key = try PasetoV4.Local.Key(rawBytes: requireHex(vector.key))
            expectPasetoError(code) {
                try PasetoV4.Local.decrypt(vector.token, using: key, implicitAssertion: assertion)
            }
            expectPasetoError(code) { try AnyPasetoKey(key).decrypt(vector.token, implicitAssertion: assertion) }
            tried += 1
        }
        if vector.publicKey != nil {
            let key = try PasetoV4.Public.PublicKey(rawBytes: requireHex(vector.publicKey))
            expectPasetoError(code) {
                try PasetoV4.Public.verify(vector.token, using: key, implicitAssertion: assertion)
            }
            expectPasetoError(code) { try AnyPasetoKey(key).verify(vector.token, implicitAssertion: assertion) }
            tried += 1
        }
        #expect(tried > 0, "the vector carries no key")
    }

    // MARK: k4 PASERK files, directly

    @Test(
        "k4.local: key bytes and PASERK convert both ways; bad PASERKs are refused",
        arguments: OfficialVectors.paserkCases("paserk/k4.local.json")
    )
    func k4Local(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let paserk = try #require(vector.paserk)
        guard !vector.expectFail else {
            // k4.local-fail-1 is a 31-byte key; k4.local-fail-2 is a k3.local PASERK.
            let code: PasetoError.Code = paserk.hasPrefix("k4.local.") ? .invalidKey : .keyMismatch
            expectPasetoError(code) { try PasetoV4.Local.Key(paserk: paserk) }
            if code == .invalidKey {
                #expect(throws: PasetoError.self) { try AnyPasetoKey(paserk: paserk) }
            } else {
                // The k3.local PASERK is a valid key of its own version, never a k4 one.
                #expect(try AnyPasetoKey(paserk: paserk).version == .v3)
            }
            return
        }
        let bytes = try requireHex(vector.key)
        #expect(try PasetoV4.Local.Key(rawBytes: bytes).exportPASERK() == paserk)
        #expect(try PasetoV4.Local.Key(paserk: paserk).unsafeExportRawBytes() == bytes)
        let anyKey = try AnyPasetoKey(paserk: paserk)
        #expect(anyKey.paserkType == .local)
        #expect(anyKey.exportPASERK() == paserk)
    }

    @Test(
        "k4.secret: key bytes, seed and PASERK agree; short and foreign keys are refused",
        arguments: OfficialVectors.paserkCases("paserk/k4.secret.json")
    )
    func k4Secret(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        guard !vector.expectFail else {
            // k4.secret-fail-1: 31 bytes; k4.secret-fail-2: a 48-byte (k3) key with a PEM public key in hex.
            #expect(vector.paserk == nil)
            expectPasetoError(.invalidKey) { try PasetoV4.Public.SecretKey(rawBytes: requireHex(vector.key)) }
            if vector.publicKey != nil {
                let publicKey = try requireHex(vector.publicKey)
                #expect(publicKey.starts(with: Array("-----BEGIN".utf8)), "the trap: hex of PEM text")
                expectPasetoError(.invalidKey) { try PasetoV4.Public.PublicKey(rawBytes: publicKey) }
            }
            return
        }
        let paserk = try #require(vector.paserk)
        let bytes = try requireHex(vector.key)
        let key = try PasetoV4.Public.SecretKey(rawBytes: bytes)
        #expect(key.exportPASERK() == paserk)
        #expect(try PasetoV4.Public.SecretKey(paserk: paserk).unsafeExportRawBytes() == bytes)
        #expect(try PasetoV4.Public.SecretKey(seed: requireHex(vector.secretKeySeed)).exportPASERK() == paserk)
        #expect(try key.publicKey.rawBytes == requireHex(vector.publicKey))
        let anyKey = try AnyPasetoKey(paserk: paserk)
        #expect(anyKey.paserkType == .secret)
        #expect(anyKey.exportPASERK() == paserk)
    }

    @Test(
        "k4.public: key bytes and PASERK convert both ways; a 49-byte key is refused",
        arguments: OfficialVectors.paserkCases("paserk/k4.public.json")
    )
    func k4Public(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        guard !vector.expectFail else {
            #expect(vector.paserk == nil)
            expectPasetoError(.invalidKey) { try PasetoV4.Public.PublicKey(rawBytes: requireHex(vector.key)) }
            return
        }
        let paserk = try #require(vector.paserk)
        let bytes = try requireHex(vector.key)
        if expectUnusablePointEncoding(bytes, paserk: paserk, version: .v4, isIdentifier: false) { return }
        #expect(try PasetoV4.Public.PublicKey(rawBytes: bytes).exportPASERK() == paserk)
        #expect(try PasetoV4.Public.PublicKey(paserk: paserk).rawBytes == bytes)
        let anyKey = try AnyPasetoKey(paserk: paserk)
        #expect(anyKey.paserkType == .public)
        #expect(anyKey.exportPASERK() == paserk)
    }

    @Test(
        "k4.lid: the id of the local key; a short key has none",
        arguments: OfficialVectors.paserkCases("paserk/k4.lid.json")
    )
    func k4LocalID(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        try expectIdentifier(testCase.vector, PasetoV4.Local.Key.init(rawBytes:), boxed: AnyPasetoKey.init)
    }

    @Test(
        "k4.pid: the id of the public key; short and 49-byte keys have none",
        arguments: OfficialVectors.paserkCases("paserk/k4.pid.json")
    )
    func k4PublicID(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        try expectIdentifier(testCase.vector, PasetoV4.Public.PublicKey.init(rawBytes:), boxed: AnyPasetoKey.init)
    }

    /// An id vector: a valid key's id (typed and boxed) equals the vector's; a fail case's key is refused.
    private func expectIdentifier<Key: PasetoKey>(
        _ vector: PASERKVector,
        _ makeKey: ([UInt8]) throws -> Key,
        boxed: (Key) -> AnyPasetoKey
    ) throws {
        guard !vector.expectFail else {
            expectPasetoError(.invalidKey) { try makeKey(requireHex(vector.key)) }
            return
        }
        let bytes = try requireHex(vector.key)
        if Key.paserkType == .public,
            expectUnusablePointEncoding(bytes, paserk: vector.paserk, version: Key.version, isIdentifier: true)
        {
            return
        }
        let key = try makeKey(bytes)
        #expect(key.paserkID == vector.paserk)
        #expect(boxed(key).paserkID == vector.paserk)
    }

    @Test(
        "k4.sid: the id of the secret key, from its bytes or its seed; a k3 key has none",
        arguments: OfficialVectors.paserkCases("paserk/k4.sid.json")
    )
    func k4SecretID(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        guard !vector.expectFail else {
            expectPasetoError(.invalidKey) { try PasetoV4.Public.SecretKey(rawBytes: requireHex(vector.key)) }
            if vector.publicKey != nil {
                let publicKey = try requireHex(vector.publicKey)
                #expect(publicKey.starts(with: Array("-----BEGIN".utf8)), "the trap: hex of PEM text")
                expectPasetoError(.invalidKey) { try PasetoV4.Public.PublicKey(rawBytes: publicKey) }
            }
            return
        }
        let key = try PasetoV4.Public.SecretKey(rawBytes: requireHex(vector.key))
        #expect(key.paserkID == vector.paserk)
        #expect(try PasetoV4.Public.SecretKey(seed: requireHex(vector.seed)).paserkID == vector.paserk)
        #expect(AnyPasetoKey(key).paserkID == vector.paserk)
    }
}
