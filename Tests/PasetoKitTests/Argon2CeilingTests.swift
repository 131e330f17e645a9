import Testing

@testable import PasetoKit

@Suite("Password unwrapping refuses costs above the ceiling before running Argon2id")
struct Argon2CeilingTests {
    /// A `k4.local-pw` PASERK whose recorded cost is rewritten to `memory`/`operations` (its tag no longer
    /// matches, which does not matter: the cost must be refused before the tag can even be computed).
    func forged(memory: UInt64, operations: UInt32) throws -> String {
        let cheap = try Argon2idParameters(memoryLimit: 8192, operationsLimit: 1)
        let paserk = try PasetoV4.Local.Key.generate().wrap(withPassword: PASERKPassword("pw"), parameters: cheap)
        let prefix = "k4.local-pw."
        var data = try #require(Base64URL.decode(paserk.dropFirst(prefix.count)))
        let memoryBytes = (0..<8).map { UInt8(truncatingIfNeeded: memory >> (8 * (7 - $0))) }
        let operationBytes = (0..<4).map { UInt8(truncatingIfNeeded: operations >> (8 * (3 - $0))) }
        data.replaceSubrange(16..<28, with: memoryBytes + operationBytes)
        return prefix + Base64URL.encode(data)
    }

    @Test("1 TiB or a billion passes are refused at once with invalid-parameters")
    func hostileCosts() throws {
        for (memory, operations) in [
            (UInt64(1) << 40, UInt32(1)), (8192, 1_000_000_000), ((1 << 30) + 1, 1), (8192, 9),
        ] {
            let paserk = try forged(memory: memory, operations: operations)
            let error = pasetoError {
                _ = try PasetoV4.Local.Key(unwrapping: paserk, withPassword: PASERKPassword("pw"))
            }
            #expect(error?.code == .invalidParameters, "\(memory) bytes, \(operations) passes")
        }
    }

    @Test("At the ceiling the cost is accepted (the forged tag then fails); a raised ceiling admits more")
    func atTheCeiling() throws {
        let paserk = try forged(memory: 8192, operations: 8)
        let error = pasetoError { _ = try PasetoV4.Local.Key(unwrapping: paserk, withPassword: PASERKPassword("pw")) }
        #expect(error?.code == .authenticationFailed)
        let costly = try forged(memory: 8192, operations: 9)
        let raised = try Argon2idParameters(memoryLimit: 1 << 30, operationsLimit: 9)
        let raisedError = pasetoError {
            _ = try PasetoV4.Local.Key(unwrapping: costly, withPassword: PASERKPassword("pw"), maximumCost: raised)
        }
        #expect(raisedError?.code == .authenticationFailed)
    }
}
