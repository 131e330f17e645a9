import Testing

@testable import PasetoKit

/// Passwords and wrapped keys never show up in a description, a dump or an error message.
@Suite("PASERK secret hygiene")
struct PASERKSecretHygieneTests {
    static let fast = PASERKWrapTests.fast

    @Test("A password's description, debug description and dump show neither its bytes nor its length")
    func passwordDescriptions() {
        let text = "hunter2-but-longer"
        let texts = SecretHygieneTests.describe(PASERKPassword(text))
        #expect(texts.allSatisfy { !$0.contains("hunter") && !$0.contains("\(text.utf8.count)") }, "\(texts)")
        SecretHygieneTests.expectNoLeak(of: Array(text.utf8), in: texts)
    }

    @Test("Errors of every wrap, seal and password failure hold no key byte and no password")
    func errorMessages() throws {
        let password = PASERKPassword("correct horse battery staple")
        let local = PasetoV4.Local.Key.generate()
        let secret = PasetoV4.Public.SecretKey.generate()
        let wrapping = PasetoV4.Local.Key.generate()
        let wrapped = local.wrap(with: wrapping)
        let sealed = try local.seal(to: secret.publicKey)
        let protected = try secret.wrap(withPassword: password, parameters: Self.fast)
        var errors: [any Error] = []
        func collect(_ body: () throws -> Void) {
            do { try body() } catch { errors.append(error) }
        }
        collect { _ = try PasetoV4.Local.Key(unwrapping: wrapped, with: .generate()) }
        collect { _ = try PasetoV4.Local.Key(unwrapping: String(wrapped.dropLast()), with: wrapping) }
        collect { _ = try PasetoV4.Local.Key(unwrapping: "k2" + wrapped.dropFirst(2), with: wrapping) }
        collect { _ = try PasetoV4.Local.Key(unsealing: sealed, with: .generate()) }
        collect { _ = try PasetoV4.Local.Key(unsealing: sealed + "A", with: secret) }
        collect { _ = try PasetoV4.Public.SecretKey(unwrapping: protected, withPassword: PASERKPassword("wrong")) }
        collect { _ = try PasetoV4.Public.SecretKey(unwrapping: protected + "x", withPassword: password) }
        collect { _ = try local.wrap(withPassword: PASERKPassword(""), parameters: Self.fast) }
        collect { _ = try Argon2idParameters(memoryLimit: 1, operationsLimit: 1) }
        collect { _ = try AnyPasetoKey(local).wrap(with: AnyPasetoKey(secret)) }
        collect { _ = try AnyPasetoKey(unwrapping: protected, with: AnyPasetoKey(local)) }
        #expect(errors.count == 11)
        let texts = errors.flatMap { SecretHygieneTests.describe($0) }
        SecretHygieneTests.expectNoLeak(of: local.unsafeExportRawBytes(), in: texts)
        SecretHygieneTests.expectNoLeak(of: secret.unsafeExportRawBytes(), in: texts)
        SecretHygieneTests.expectNoLeak(of: wrapping.unsafeExportRawBytes(), in: texts)
        #expect(texts.allSatisfy { !$0.contains("correct horse") && !$0.contains("wrong") })
    }

    @Test("A wrapped, sealed or password-wrapped PASERK does not contain the key")
    func wrappedForms() throws {
        let local = PasetoV2.Local.Key.generate()
        let secret = PasetoV2.Public.SecretKey.generate()
        let forms = [
            local.wrap(with: .generate()), try local.seal(to: secret.publicKey),
            try local.wrap(withPassword: PASERKPassword("pw"), parameters: Self.fast),
        ]
        SecretHygieneTests.expectNoLeak(of: local.unsafeExportRawBytes(), in: forms)
    }
}
