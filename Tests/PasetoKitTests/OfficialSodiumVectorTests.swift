import PasetoKit
import PasetoVectors
import Testing

/// The official PASETO v2 vectors and every k2 and k4 PASERK file, read in place: case counts, each case
/// through ``VectorRunner``, and v2 plus the k2 key types through direct calls (the k4 key types are in
/// ``OfficialVectorTests``, the wrap types in ``OfficialPASERKWrapVectorTests``).
@Suite("Official PASETO v2 and PASERK k2 test vectors")
struct OfficialSodiumVectorTests {
    static let v2Cases = OfficialVectors.pasetoCases(SodiumVectorFiles.v2)
    static let paserkCases = SodiumVectorFiles.paserkCounts.map(\.file).flatMap(OfficialVectors.paserkCases)
    static func k2Cases(_ type: String) -> [OfficialVectorCase<PASERKVector>] {
        OfficialVectors.paserkCases("paserk/k2.\(type).json")
    }

    // MARK: Counts (an empty arguments list would otherwise pass silently)

    @Test(
        "Each v2, k2 and k4 vector file holds the expected number of cases",
        arguments: [(SodiumVectorFiles.v2, 15)] + SodiumVectorFiles.paserkCounts
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
        let arguments = (Self.v2Cases.map(\.id) + Self.paserkCases.map(\.id)).filter { $0.hasPrefix(name + "#") }
        #expect(arguments.count == expected, "the @Test(arguments:) lists must hold every case of \(file)")
    }

    @Test("The k2 and k4 PASERK files hold 102 cases, 42 of them expect-fail")
    func paserkTotals() {
        #expect(Self.paserkCases.count == 102)
        #expect(Self.paserkCases.filter(\.vector.expectFail).count == 42)
    }

    @Test("v2.json has 9 encrypt, 3 sign and 3 expect-fail cases")
    func v2Split() {
        #expect(Self.v2Cases.filter { !$0.vector.expectFail && $0.vector.key != nil }.count == 9)
        #expect(Self.v2Cases.filter { !$0.vector.expectFail && $0.vector.key == nil }.count == 3)
        #expect(Self.v2Cases.filter(\.vector.expectFail).count == 3)
    }

    // MARK: Through the runner

    @Test("v2.json: the runner passes the case", arguments: v2Cases)
    func v2ThroughRunner(_ testCase: OfficialVectorCase<PasetoVector>) {
        #expect(RunnerResultsCache.shared.result(SodiumVectorFiles.v2, index: testCase.index)?.outcome == .passed)
    }

    @Test("k2 and k4 PASERK: the runner passes the case", arguments: paserkCases)
    func paserkThroughRunner(_ testCase: OfficialVectorCase<PASERKVector>) {
        let result = RunnerResultsCache.shared.result("paserk/" + testCase.file, index: testCase.index)
        #expect(result?.outcome == .passed)
    }

    // MARK: v2.json, directly

    @Test(
        "v2.local: encrypting with the vector's nonce gives its token; decrypting gives its payload",
        arguments: v2Cases.filter { !$0.vector.expectFail && $0.vector.key != nil }
    )
    func v2Local(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let key = try PasetoV2.Local.Key(rawBytes: requireHex(vector.key))
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        let token = PasetoV2.Local.encrypt(payload, using: key, footer: footer, nonceKey: try requireHex(vector.nonce))
        #expect(token == vector.token)
        let opened = try PasetoV2.Local.decrypt(vector.token, using: key, expectedFooter: footer)
        #expect(opened.payload == payload)
        #expect(opened.footer == footer)
        #expect(opened.header == TokenHeader(version: .v2, purpose: .local))
        // The vector's implicit assertion ("discarded-anyway" on 2-E-7 to 2-E-9) is ignored: v2 has none.
        #expect(try AnyPasetoKey(paserk: key.exportPASERK()).decrypt(vector.token).payload == payload)
    }

    @Test(
        "v2.public: signing gives the vector's token; verifying gives its payload",
        arguments: v2Cases.filter { !$0.vector.expectFail && $0.vector.key == nil }
    )
    func v2Public(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        let vector = testCase.vector
        let secretKey = try PasetoV2.Public.SecretKey(rawBytes: requireHex(vector.secretKey))
        let publicKey = try PasetoV2.Public.PublicKey(rawBytes: requireHex(vector.publicKey))
        #expect(try PasetoV2.Public.SecretKey(seed: requireHex(vector.secretKeySeed)).publicKey == publicKey)
        #expect(secretKey.publicKey == publicKey)
        let payload = Array(try #require(vector.payload).utf8)
        let footer = Array(vector.footer.utf8)
        #expect(PasetoV2.Public.sign(payload, using: secretKey, footer: footer) == vector.token)
        let opened = try PasetoV2.Public.verify(vector.token, using: publicKey, expectedFooter: footer)
        #expect(opened.payload == payload)
        #expect(opened.header == TokenHeader(version: .v2, purpose: .public))
        #expect(try AnyPasetoKey(publicKey).verify(vector.token).payload == payload)
    }

    @Test(
        "v2 expect-fail: every key the vector carries rejects the token with key-mismatch",
        arguments: v2Cases.filter(\.vector.expectFail)
    )
    func v2Rejected(_ testCase: OfficialVectorCase<PasetoVector>) throws {
        // 2-F-1: a v2.local token to a public key; 2-F-2: a v2.public token to a local key; 2-F-3: v1.local.
        let vector = testCase.vector
        var tried = 0
        if vector.key != nil {
            let key = try PasetoV2.Local.Key(rawBytes: requireHex(vector.key))
            expectPasetoError(.keyMismatch) { try PasetoV2.Local.decrypt(vector.token, using: key) }
            expectPasetoError(.keyMismatch) { try AnyPasetoKey(key).decrypt(vector.token) }
            tried += 1
        }
        if vector.publicKey != nil {
            let key = try PasetoV2.Public.PublicKey(rawBytes: requireHex(vector.publicKey))
            expectPasetoError(.keyMismatch) { try PasetoV2.Public.verify(vector.token, using: key) }
            expectPasetoError(.keyMismatch) { try AnyPasetoKey(key).verify(vector.token) }
            tried += 1
        }
        #expect(tried > 0, "the vector carries no key")
    }

    // MARK: k2 key types, directly

    @Test("k2.local: key bytes and PASERK convert both ways; bad PASERKs are refused", arguments: k2Cases("local"))
    func k2Local(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let paserk = try #require(testCase.vector.paserk)
        guard !testCase.vector.expectFail else {
            // k2.local-fail-1 is a 31-byte key; k2.local-fail-2 is a k1.local PASERK.
            let code: PasetoError.Code = paserk.hasPrefix("k2.local.") ? .invalidKey : .keyMismatch
            expectPasetoError(code) { try PasetoV2.Local.Key(paserk: paserk) }
            if code == .invalidKey {
                #expect(throws: PasetoError.self) { try AnyPasetoKey(paserk: paserk) }
            } else {
                // The k1.local PASERK is a valid key of its own version, never a k2 one.
                #expect(try AnyPasetoKey(paserk: paserk).version == .v1)
            }
            return
        }
        let bytes = try requireHex(testCase.vector.key)
        #expect(try PasetoV2.Local.Key(rawBytes: bytes).exportPASERK() == paserk)
        #expect(try PasetoV2.Local.Key(paserk: paserk).unsafeExportRawBytes() == bytes)
        expectPasetoError(.keyMismatch) { try PasetoV4.Local.Key(paserk: paserk) }
        let anyKey = try AnyPasetoKey(paserk: paserk)
        #expect(anyKey.version == .v2 && anyKey.paserkType == .local)
    }

    @Test(
        "k2.secret: key bytes, seed and PASERK agree; short and foreign keys are refused",
        arguments: k2Cases("secret")
    )
    func k2Secret(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        guard !vector.expectFail else {
            // k2.secret-fail-1: 63 bytes; k2.secret-fail-2: an RSA key in PEM text, not even hex.
            #expect(vector.paserk == nil)
            let key = try #require(vector.key)
            expectPasetoError(.invalidKey) {
                try PasetoV2.Public.SecretKey(rawBytes: Hex.decode(key) ?? Array(key.utf8))
            }
            return
        }
        let paserk = try #require(vector.paserk)
        let bytes = try requireHex(vector.key)
        let key = try PasetoV2.Public.SecretKey(rawBytes: bytes)
        #expect(key.exportPASERK() == paserk)
        #expect(try PasetoV2.Public.SecretKey(paserk: paserk).unsafeExportRawBytes() == bytes)
        #expect(try PasetoV2.Public.SecretKey(seed: requireHex(vector.secretKeySeed)).exportPASERK() == paserk)
        #expect(try key.publicKey.rawBytes == requireHex(vector.publicKey))
        #expect(try AnyPasetoKey(paserk: paserk).paserkType == .secret)
    }

    @Test("k2.public: key bytes and PASERK convert both ways; a PEM key is refused", arguments: k2Cases("public"))
    func k2Public(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let key = try #require(vector.key)
        guard !vector.expectFail else {
            #expect(vector.paserk == nil)
            #expect(Hex.decode(key) == nil, "k2.public-fail-1 holds PEM text")
            expectPasetoError(.invalidKey) { try PasetoV2.Public.PublicKey(rawBytes: Array(key.utf8)) }
            return
        }
        let paserk = try #require(vector.paserk)
        let bytes = try requireHex(key)
        if expectUnusablePointEncoding(bytes, paserk: paserk, version: .v2, isIdentifier: false) { return }
        #expect(try PasetoV2.Public.PublicKey(rawBytes: bytes).exportPASERK() == paserk)
        #expect(try PasetoV2.Public.PublicKey(paserk: paserk).rawBytes == bytes)
        #expect(try AnyPasetoKey(paserk: paserk).paserkType == .public)
    }

    @Test(
        "k2.lid, k2.pid, k2.sid: the id of the key; short and foreign keys have none",
        arguments: k2Cases("lid") + k2Cases("pid") + k2Cases("sid")
    )
    func k2Identifiers(_ testCase: OfficialVectorCase<PASERKVector>) throws {
        let vector = testCase.vector
        let keyText = try #require(vector.key)
        let bytes = Hex.decode(keyText) ?? Array(keyText.utf8)
        let id: () throws -> String =
            switch testCase.file {
            case "k2.lid.json": { try PasetoV2.Local.Key(rawBytes: bytes).paserkID }
            case "k2.pid.json": { try PasetoV2.Public.PublicKey(rawBytes: bytes).paserkID }
            default: { try PasetoV2.Public.SecretKey(rawBytes: bytes).paserkID }
            }
        guard !vector.expectFail else {
            expectPasetoError(.invalidKey) { try id() }
            return
        }
        if testCase.file == "k2.pid.json",
            expectUnusablePointEncoding(bytes, paserk: vector.paserk, version: .v2, isIdentifier: true)
        {
            return
        }
        #expect(try id() == vector.paserk)
        if vector.seed != nil {
            #expect(try PasetoV2.Public.SecretKey(seed: requireHex(vector.seed)).paserkID == vector.paserk)
        }
    }
}
