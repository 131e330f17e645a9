import Testing

@testable import PasetoKit

@Suite("Keys are bound to version and purpose, with exact lengths")
struct KeyTests {
    @Test("Local keys take exactly 32 bytes", arguments: [0, 1, 16, 31, 33, 64])
    func localKeyLength(_ count: Int) {
        #expect(throws: PasetoError.make(.invalidKey, "")) {
            try PasetoV4.Local.Key(rawBytes: [UInt8](repeating: 1, count: count))
        }
    }

    @Test("Public keys take exactly 32 bytes, secret keys 64 and seeds 32", arguments: [0, 31, 33, 48, 49, 63, 65])
    func asymmetricKeyLengths(_ count: Int) {
        let bytes = [UInt8](repeating: 2, count: count)
        #expect(throws: PasetoError.make(.invalidKey, "")) { try PasetoV4.Public.PublicKey(rawBytes: bytes) }
        #expect(throws: PasetoError.make(.invalidKey, "")) { try PasetoV4.Public.SecretKey(rawBytes: bytes) }
        #expect(throws: PasetoError.make(.invalidKey, "")) { try PasetoV4.Public.SecretKey(seed: bytes) }
    }

    @Test("A secret key whose public half does not match its seed is refused")
    func mismatchedPublicHalf() throws {
        let key = PasetoV4.Public.SecretKey.generate()
        var raw = key.unsafeExportRawBytes()
        #expect(try PasetoV4.Public.SecretKey(rawBytes: raw).publicKey == key.publicKey)
        raw[63] ^= 0x01
        #expect(throws: PasetoError.make(.invalidKey, "")) { try PasetoV4.Public.SecretKey(rawBytes: raw) }
        let other = PasetoV4.Public.SecretKey.generate().unsafeExportRawBytes()
        #expect(throws: PasetoError.make(.invalidKey, "")) {
            try PasetoV4.Public.SecretKey(rawBytes: Array(raw[..<32] + other[32...]))
        }
    }

    @Test("A seed derives the same key pair as the 64-byte secret key")
    func seedDerivation() throws {
        let key = PasetoV4.Public.SecretKey.generate()
        let raw = key.unsafeExportRawBytes()
        let fromSeed = try PasetoV4.Public.SecretKey(seed: Array(raw[..<32]))
        #expect(fromSeed.unsafeExportRawBytes() == raw)
        #expect(fromSeed.publicKey.rawBytes == Array(raw[32...]))
    }

    @Test("PASERK round trips for every key type")
    func paserkRoundTrip() throws {
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        #expect(
            try PasetoV4.Local.Key(paserk: local.exportPASERK()).unsafeExportRawBytes() == local.unsafeExportRawBytes()
        )
        #expect(
            try PasetoV4.Public.SecretKey(paserk: secret.exportPASERK()).unsafeExportRawBytes()
                == secret.unsafeExportRawBytes()
        )
        #expect(try PasetoV4.Public.PublicKey(paserk: secret.publicKey.exportPASERK()) == secret.publicKey)
        #expect(local.exportPASERK().hasPrefix("k4.local."))
        #expect(secret.exportPASERK().hasPrefix("k4.secret."))
        #expect(secret.publicKey.exportPASERK().hasPrefix("k4.public."))
    }

    @Test("A PASERK of another version or type is key-mismatch; garbage is invalid-key")
    func paserkHeaders() throws {
        let local = PasetoV4.Local.Key.generate().exportPASERK()
        let data = String(local.dropFirst("k4.local.".count))
        for other in ["k3.local.", "k2.local.", "k1.local.", "k4.public.", "k4.secret.", "k4.lid.", "k4.local-pw."] {
            #expect(throws: PasetoError.make(.keyMismatch, ""), "\(other)") {
                try PasetoV4.Local.Key(paserk: other + data)
            }
        }
        for garbage in [
            "", "k4", "k4.local", "k5.local." + data, "K4.local." + data, "v4.local." + data, "k4.local." + data + "=",
            "k4.local." + data + "A",
        ] {
            let error = #expect(throws: PasetoError.self, "\(garbage)") { try PasetoV4.Local.Key(paserk: garbage) }
            #expect(error?.code == .invalidKey, "\(garbage)")
        }
    }

    @Test("AnyPasetoKey refuses the wrong operation before any cryptography")
    func anyKeyOperations() throws {
        let local = AnyPasetoKey(PasetoV4.Local.Key.generate())
        let secret = try AnyPasetoKey.generate(version: .v4, purpose: .public)
        let publicKey = try secret.publicKey()
        #expect(secret.paserkType == .secret && publicKey.paserkType == .public && local.paserkType == .local)
        let localToken = try local.encrypt("m".bytes)
        let publicToken = try secret.sign("m".bytes)
        #expect(try local.decrypt(localToken).payload == "m".bytes)
        #expect(try publicKey.verify(publicToken).payload == "m".bytes)
        #expect(try local.open(localToken).payload == "m".bytes)
        #expect(try publicKey.open(publicToken).payload == "m".bytes)
        for attempt: () throws -> Void in [
            { _ = try local.sign("m".bytes) },
            { _ = try publicKey.encrypt("m".bytes) },
            { _ = try secret.decrypt(localToken) },
            { _ = try secret.open(publicToken) },
            { _ = try local.decrypt(publicToken) },
            { _ = try publicKey.verify(localToken) },
            { _ = try local.publicKey() },
        ] {
            #expect(throws: PasetoError.make(.keyMismatch, "")) { try attempt() }
        }
    }

    @Test("AnyPasetoKey reads every supported PASERK, k1 to k4, and rejects ids")
    func anyKeyParsing() throws {
        let secret = PasetoV4.Public.SecretKey.generate()
        #expect(try AnyPasetoKey(paserk: secret.exportPASERK()).paserkID == secret.paserkID)
        #expect(try AnyPasetoKey(paserk: secret.publicKey.exportPASERK()).paserkID == secret.publicKey.paserkID)
        #expect(throws: PasetoError.make(.invalidKey, "")) { try AnyPasetoKey(paserk: secret.paserkID) }
        #expect(try AnyPasetoKey(paserk: "k3.local.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").version == .v3)
        #expect(try AnyPasetoKey.generate(version: .v3, purpose: .local).tokenHeader.name == "v3.local")
    }

    @Test("Key ids have the right prefix and 44 characters of data, and differ per key")
    func identifiers() {
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        for (id, prefix) in [
            (local.paserkID, "k4.lid."), (secret.paserkID, "k4.sid."), (secret.publicKey.paserkID, "k4.pid."),
        ] {
            #expect(id.hasPrefix(prefix))
            #expect(id.count == prefix.count + 44)
        }
        #expect(local.paserkID != PasetoV4.Local.Key.generate().paserkID)
    }
}
