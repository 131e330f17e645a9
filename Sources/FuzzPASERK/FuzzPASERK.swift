// libFuzzer target: PASERK import of every type, ids, and unwrapping/unsealing with fixed keys.
//
// Input: PASERK text. Password unwrapping runs with ceilings far below the library's (Argon2id 64 KiB × 2
// passes, 1,000 PBKDF2 iterations), so a fuzzed cost is refused before any expensive derivation.
// Build and run: `make fuzz` (Docs/Security.md). A plain `swift build` builds a do-nothing executable.
internal import PasetoKit

/// The value of `body`, which builds a fixed key and cannot fail with the constants above.
private func fixed<T>(_ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        fatalError("a fixed harness value failed: \(error)")
    }
}

private func hex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = text.startIndex
    while index < text.endIndex {
        let next = text.index(index, offsetBy: 2)
        bytes.append(UInt8(text[index..<next], radix: 16)!)
        index = next
    }
    return bytes
}

/// The wrapping key of the official `kN.local-wrap.pie` and `kN.secret-wrap.pie` vectors, for every version.
private let wrappingKeys: [AnyPasetoKey] = {
    let bytes = hex("707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f")
    return fixed {
        try [
            AnyPasetoKey(PasetoV1.Local.Key(rawBytes: bytes)), AnyPasetoKey(PasetoV2.Local.Key(rawBytes: bytes)),
            AnyPasetoKey(PasetoV3.Local.Key(rawBytes: bytes)), AnyPasetoKey(PasetoV4.Local.Key(rawBytes: bytes)),
        ]
    }
}()

/// The sealing keys of the official `kN.seal` vectors; for k1 the RSA key of `paseto/v1.json` (not generated:
/// swift-crypto 4.5.2 leaks 16 bytes per RSA key generation, which LeakSanitizer would report).
private let sealingKeys: [AnyPasetoKey] = {
    let sodium = hex(
        "407796f4bc4b8184e9fe0c54b336822d34823092ad873d87ba14c3efb9db8c1d"
            + "b7715bd661458d928654d3e832f53ff5c9480542e0e3d4c9b032c768c7ce6023"
    )
    let p384 = """
        -----BEGIN EC PRIVATE KEY-----
        MIGkAgEBBDAhUb6WGhABE1MTj0x7E/5acgyap23kh7hUAVoAavKyfhYcmI3n1Q7L
        JpHxNb792H6gBwYFK4EEACKhZANiAAT5H7mTSOyjfILDtSuavZfalI3doM8pRUlb
        TzNyYLqM9iVmajpc0JRXvKuBtGtYi7Yft+eqFr6BuzGrdb4Z1vkvRcI504m0qKiE
        zjhi6u4sNgzW23rrVkRYkb2oE3SJPko=
        -----END EC PRIVATE KEY-----
        """
    let rsa = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIEowIBAAKCAQEAyaTgTt53ph3p5GHgwoGWwz5hRfWXSQA08NCOwe0FEgALWos9
        GCjNFCd723nCHxBtN1qd74MSh/uN88JPIbwxKheDp4kxo4YMN5trPaF0e9G6Bj1N
        02HnanxFLW+gmLbgYO/SZYfWF/M8yLBcu5Y1Ot0ZxDDDXS9wIQTtBE0ne3YbxgZJ
        AZTU5XqyQ1DxdzYyC5lF6yBaR5UQtCYTnXAApVRuUI2Sd6L1E2vl9bSBumZ5IpNx
        kRnAwIMjeTJB/0AIELh0mE5vwdihOCbdV6alUyhKC1+1w/FW6HWcp/JG1kKC8DPI
        idZ78Bbqv9YFzkAbNni5eSBOsXVBKG78Zsc8owIDAQABAoIBAF22jLDa34yKdns3
        qfd7to+C3D5hRzAcMn6Azvf9qc+VybEI6RnjTHxDZWK5EajSP4/sQ15e8ivUk0Jo
        WdJ53feL+hnQvwsab28gghSghrxM2kGwGA1XgO+SVawqJt8SjvE+Q+//01ZKK0Oy
        A0cDJjX3L9RoPUN/moMeAPFw0hqkFEhm72GSVCEY1eY+cOXmL3icxnsnlUD//SS9
        q33RxF2y5oiW1edqcRqhW/7L1yYMbxHFUcxWh8WUwjn1AAhoCOUzF8ZB+0X/PPh+
        1nYoq6xwqL0ZKDwrQ8SDhW/rNDLeO9gic5rl7EetRQRbFvsZ40AdsX2wU+lWFUkB
        42AjuoECgYEA5z/CXqDFfZ8MXCPAOeui8y5HNDtu30aR+HOXsBDnRI8huXsGND04
        FfmXR7nkghr08fFVDmE4PeKUk810YJb+IAJo8wrOZ0682n6yEMO58omqKin+iIUV
        rPXLSLo5CChrqw2J4vgzolzPw3N5I8FJdLomb9FkrV84H+IviPIylyECgYEA3znw
        AG29QX6ATEfFpGVOcogorHCntd4niaWCq5ne5sFL+EwLeVc1zD9yj1axcDelICDZ
        xCZynU7kDnrQcFkT0bjH/gC8Jk3v7XT9l1UDDqC1b7rm/X5wFIZ/rmNa1rVZhL1o
        /tKx5tvM2syJ1q95v7NdygFIEIW+qbIKbc6Wz0MCgYBsUZdQD+qx/xAhELX364I2
        epTryHMUrs+tGygQVrqdiJX5dcDgM1TUJkdQV6jLsKjPs4Vt6OgZRMrnuLMsk02R
        3M8gGQ25ok4f4nyyEZxGGWnVujn55KzUiYWhGWmhgp18UCkoYa59/Q9ss+gocV9h
        B9j9Q43vD80QUjiF4z0DQQKBgC7XQX1VibkMim93QAnXGDcAS0ij+w02qKVBjcHk
        b9mMBhz8GAxGOIu7ZJafYmxhwMyVGB0I1FQeEczYCJUKnBYN6Clsjg6bnBT/z5bJ
        x/Jx1qCzX3Uh6vLjpjc5sf4L39Tyye1u2NXQmZPwB5x9BdcsFConSq/s4K1LJtUT
        3KFxAoGBANGcQ8nObi3m4wROyKrkCWcWxFFMnpwxv0pW727Hn9wuaOs4UbesCnwm
        pcMTfzGUDuzYXCtAq2pJl64HG6wsdkWmjBTJEpm6b9ibOBN3qFV2zQ0HyyKlMWxI
        uVSj9gOo61hF7UH9XB6R4HRdlpBOuIbgAWZ46dkj9/HM9ovdP0Iy
        -----END RSA PRIVATE KEY-----
        """
    return fixed {
        try [
            AnyPasetoKey(PasetoV1.Public.SecretKey(pemRepresentation: rsa)),
            AnyPasetoKey(PasetoV2.Public.SecretKey(rawBytes: sodium)),
            AnyPasetoKey(PasetoV3.Public.SecretKey(pemRepresentation: p384)),
            AnyPasetoKey(PasetoV4.Public.SecretKey(rawBytes: sodium)),
        ]
    }
}()

/// The official `kN.*-pw` vectors' password.
private let password = PASERKPassword("correct horse battery staple")
private let argon2Ceiling = fixed { try Argon2idParameters(memoryLimit: 64 * 1024, operationsLimit: 2) }
private let pbkdf2Ceiling = fixed { try PBKDF2Parameters(iterations: 1_000) }

/// One libFuzzer execution.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPASERK(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let paserk = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    if let key = try? AnyPasetoKey(paserk: paserk) {
        // A key PASERK has one encoding: importing and exporting gives back the same text, less the ASCII
        // whitespace around it that importing ignores (a key file's final newline).
        precondition(
            key.exportPASERK() == paserk.trimmingASCIIWhitespace(),
            "an imported PASERK does not export to the same text"
        )
        precondition(key.paserkID.hasPrefix(key.version.paserkPrefix), "the id is not of the key's version")
        _ = key.description
        _ = try? key.publicKey()
    }
    for wrappingKey in wrappingKeys {
        if let key = try? AnyPasetoKey(unwrapping: paserk, with: wrappingKey) {
            precondition(key.version == wrappingKey.version, "unwrapped a key of another version")
            _ = key.paserkID
        }
    }
    for secretKey in sealingKeys {
        if let key = try? AnyPasetoKey(unsealing: paserk, with: secretKey) {
            precondition(key.version == secretKey.version, "unsealed a key of another version")
            _ = key.paserkID
        }
    }
    if let key = try? AnyPasetoKey(
        unwrapping: paserk,
        withPassword: password,
        maximumCost: argon2Ceiling,
        maximumPBKDF2Cost: pbkdf2Ceiling
    ) {
        _ = key.paserkID
    }
    return 0
}
