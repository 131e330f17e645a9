import Foundation
import Testing

@testable import PasetoKit

/// No key byte, in any common encoding, appears in any description of any key or error.
@Suite("Secret hygiene")
struct SecretHygieneTests {
    /// Every way the bytes could leak: hex (both cases), base64 (standard and url), PASERK data, array print.
    static func renderings(of bytes: [UInt8]) -> [String] {
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let standard = Data(bytes).base64EncodedString()
        let url = Base64URL.encode(bytes)
        // A prefix long enough to be unmistakable but short enough to catch a partial leak.
        return [hex, hex.uppercased(), standard, url, "\(bytes)"].flatMap { [$0, String($0.prefix(16))] }
    }

    static func expectNoLeak(of secret: [UInt8], in texts: [String], sourceLocation: SourceLocation = #_sourceLocation)
    {
        for text in texts {
            for rendering in renderings(of: secret) {
                #expect(
                    !text.contains(rendering),
                    "leaked \(rendering.count) characters",
                    sourceLocation: sourceLocation
                )
            }
        }
    }

    static func describe(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    @Test("Descriptions of every key type hold no key byte")
    func keyDescriptions() throws {
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        let localBytes = local.unsafeExportRawBytes()
        let secretBytes = secret.unsafeExportRawBytes()
        var texts = Self.describe(local) + Self.describe(secret) + Self.describe(secret.publicKey)
        texts += Self.describe(AnyPasetoKey(local)) + Self.describe(AnyPasetoKey(secret))
        texts += Self.describe(try AnyPasetoKey(paserk: local.exportPASERK()))
        texts += Self.describe(SecretBytes(copying: localBytes))
        Self.expectNoLeak(of: localBytes, in: texts)
        Self.expectNoLeak(of: Array(secretBytes[..<32]), in: texts)
        Self.expectNoLeak(of: secretBytes, in: texts)
        Self.expectNoLeak(of: secret.publicKey.rawBytes, in: Self.describe(secret) + Self.describe(secret.publicKey))
        #expect(String(describing: local).contains(local.paserkID))
    }

    @Test("Errors on every failure path hold no key byte, plaintext or token")
    func errorMessages() {
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        let plaintext = "top secret plaintext 0123456789".bytes
        let token = PasetoV4.Local.encrypt(plaintext, using: local, footer: "footer-x".bytes)
        let signed = PasetoV4.Public.sign(plaintext, using: secret)
        var errors: [any Error] = []
        func collect(_ body: () throws -> Void) {
            do { try body() } catch { errors.append(error) }
        }
        collect { _ = try PasetoV4.Local.decrypt(token, using: .generate()) }
        collect { _ = try PasetoV4.Local.decrypt(token, using: local, expectedFooter: "y".bytes) }
        collect { _ = try PasetoV4.Local.decrypt(String(token.dropLast()), using: local) }
        collect { _ = try PasetoV4.Local.decrypt(signed, using: local) }
        collect { _ = try PasetoV4.Public.verify(signed, using: PasetoV4.Public.SecretKey.generate().publicKey) }
        collect { _ = try PasetoV4.Local.Key(paserk: local.exportPASERK() + "=") }
        collect { _ = try PasetoV4.Local.Key(paserk: "k3" + local.exportPASERK().dropFirst(2)) }
        collect { _ = try PasetoV4.Public.SecretKey(rawBytes: Array(secret.unsafeExportRawBytes().dropLast())) }
        var corrupted = secret.unsafeExportRawBytes()
        corrupted[40] ^= 1
        collect { _ = try PasetoV4.Public.SecretKey(rawBytes: corrupted) }
        collect { _ = try AnyPasetoKey(local).sign(plaintext) }
        #expect(errors.count == 10)
        let texts = errors.flatMap { Self.describe($0) }
        Self.expectNoLeak(of: local.unsafeExportRawBytes(), in: texts)
        Self.expectNoLeak(of: secret.unsafeExportRawBytes(), in: texts)
        Self.expectNoLeak(of: Array(secret.unsafeExportRawBytes()[..<32]), in: texts)
        Self.expectNoLeak(of: plaintext, in: texts)
        for text in texts {
            #expect(!text.contains("top secret"))
            #expect(!text.contains(String(token.dropFirst(9).prefix(20))))
            #expect(!text.contains(String(signed.dropFirst(10).prefix(20))))
        }
    }

    @Test("A verified token's description shows sizes only")
    func verifiedTokenDescription() throws {
        let key = PasetoV4.Local.Key.generate()
        let verified = try PasetoV4.Local.decrypt(PasetoV4.Local.encrypt("hidden-claims".bytes, using: key), using: key)
        #expect(!String(describing: verified).contains("hidden"))
        #expect(!String(reflecting: verified).contains("hidden"))
        #expect(!Self.describe(verified).joined().contains(String(describing: "hidden-claims".bytes.prefix(4))))
    }

    @Test(
        "Every version's failure paths hold no known key byte, plaintext or password",
        .bug(id: 8, "issue 8: secret hygiene on every failure path"),
        arguments: PasetoVersion.all
    )
    func everyVersionFailurePaths(_ version: PasetoVersion) throws {
        let prefix = version.paserkPrefix
        let localBytes = (0x70...0x8F).map { UInt8($0) }
        let local = try AnyPasetoKey(paserk: "\(prefix).local." + Base64URL.encode(localBytes))
        let otherLocal = try AnyPasetoKey.generate(version: version, purpose: .local)
        let secret = try AnyPasetoKey.generate(version: version, purpose: .public)
        let secretBytes = try #require(Base64URL.decode(secret.exportPASERK().split(separator: ".")[2]))
        let publicKey = try secret.publicKey()
        let otherSecret = try AnyPasetoKey.generate(version: version, purpose: .public)
        let plaintext = Array("known plaintext: the eagle lands at dawn".utf8)
        let passwordText = "correct horse battery staple 42"
        let password = PASERKPassword(passwordText)
        let argon2 = try Argon2idParameters(memoryLimit: 64 * 1024, operationsLimit: 1)
        let pbkdf2 = try PBKDF2Parameters(iterations: 1_000)

        let token = try local.encrypt(plaintext, footer: Array("footer-x".utf8))
        let signed = try secret.sign(plaintext)
        var tampered = Array(signed.utf8)
        tampered[tampered.count - 5] =
            tampered[tampered.count - 5] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        let wrapped = try local.wrap(with: otherLocal)
        // k1 has no seal (swift-crypto offers no raw RSA); its unseal paths are covered by the other versions.
        let sealed = version == .v1 ? "k1.seal.AAAA" : try local.seal(to: try otherSecret.publicKey())
        let passwordWrapped = try local.wrap(withPassword: password, parameters: argon2, pbkdf2Parameters: pbkdf2)
        let secretPasswordWrapped = try secret.wrap(
            withPassword: password,
            parameters: argon2,
            pbkdf2Parameters: pbkdf2
        )

        var errors: [any Error] = []
        func collect(_ body: () throws -> Void) {
            do { try body() } catch { errors.append(error) }
        }
        collect { _ = try otherLocal.decrypt(token) }
        collect { _ = try local.decrypt(token, expectedFooter: Array("y".utf8)) }
        collect { _ = try local.decrypt(String(token.dropLast(3))) }
        collect { _ = try local.decrypt(token + "=") }
        collect { _ = try local.verify(token) }
        collect { _ = try local.decrypt(signed) }
        collect { _ = try publicKey.verify(String(decoding: tampered, as: UTF8.self)) }
        collect { _ = try (try otherSecret.publicKey()).verify(signed) }
        collect { _ = try local.sign(plaintext) }
        collect { _ = try publicKey.encrypt(plaintext) }
        collect { _ = try secret.open(signed) }
        collect { _ = try ClaimSet(payload: plaintext) }
        collect { _ = try ClaimSet(payload: Array("{\"exp\":\"".utf8) + plaintext + Array("\"}".utf8)) }
        collect { _ = try PasetoFooter(bytes: Array(local.exportPASERK().utf8)) }
        collect { _ = try AnyPasetoKey(paserk: local.exportPASERK() + "=") }
        collect { _ = try AnyPasetoKey(paserk: "\(prefix).local." + Base64URL.encode(localBytes + [0])) }
        collect { _ = try AnyPasetoKey(paserk: "\(prefix).local." + Base64URL.encode(Array(localBytes.dropLast()))) }
        collect { _ = try AnyPasetoKey(paserk: "\(prefix).secret." + Base64URL.encode(secretBytes + [0])) }
        collect { _ = try AnyPasetoKey(paserk: "k9" + local.exportPASERK().dropFirst(2)) }
        collect { _ = try AnyPasetoKey(unwrapping: wrapped, with: local) }
        collect { _ = try AnyPasetoKey(unwrapping: String(wrapped.dropLast(2)), with: otherLocal) }
        collect { _ = try AnyPasetoKey(unsealing: sealed, with: secret) }
        collect { _ = try AnyPasetoKey(unsealing: sealed + "A", with: otherSecret) }
        collect { _ = try AnyPasetoKey(unwrapping: passwordWrapped, withPassword: PASERKPassword("wrong")) }
        collect { _ = try AnyPasetoKey(unwrapping: secretPasswordWrapped, withPassword: PASERKPassword("wrong")) }
        collect {
            _ = try AnyPasetoKey(
                unwrapping: passwordWrapped,
                withPassword: password,
                maximumCost: try Argon2idParameters(memoryLimit: 8192, operationsLimit: 1),
                maximumPBKDF2Cost: try PBKDF2Parameters(iterations: 1)
            )
        }
        collect { _ = try publicKey.wrap(withPassword: password) }
        collect { _ = try publicKey.wrap(with: local) }
        #expect(errors.count == 28, "every path above fails")

        let texts =
            errors.flatMap { Self.describe($0) + [($0 as? PasetoError)?.message ?? ""] }
            + Self.describe(local) + Self.describe(secret) + Self.describe(publicKey) + Self.describe(password)
        Self.expectNoLeak(of: localBytes, in: texts)
        Self.expectNoLeak(of: secretBytes, in: texts)
        Self.expectNoLeak(of: plaintext, in: texts)
        Self.expectNoLeak(of: Array(passwordText.utf8), in: texts)
        for text in texts {
            #expect(!text.contains("eagle"))
            #expect(!text.contains(passwordText))
            #expect(!text.contains(String(token.dropFirst(9).prefix(16))))
        }
    }
}
