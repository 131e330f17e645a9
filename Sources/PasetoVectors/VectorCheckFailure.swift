/// A check of one vector that did not hold; its message becomes the `FAIL` reason.
package struct VectorCheckFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What did not hold, e.g. `encrypting with the vector's nonce gave another token`.
    package var message: String

    /// A failure with `message`.
    package init(_ message: String) {
        self.message = message
    }

    /// The message.
    package var description: String { message }
}

extension VectorCheckFailure {
    /// Runs the checks in `body`: `.passed` when it returns, `.failed` with the reason when it throws.
    static func outcome(of body: () throws -> Void) -> VectorOutcome {
        do {
            try body()
            return .passed
        } catch let failure as VectorCheckFailure {
            return .failed(failure.message)
        } catch {
            return .failed("unexpected error: \(error)")
        }
    }

    /// The bytes of the hex field `field`, or a failure naming it when it is absent or not hex.
    static func hexField(_ value: String?, _ field: String) throws -> [UInt8] {
        guard let value else { throw VectorCheckFailure("the vector has no \(field)") }
        guard let bytes = Hex.decode(value) else { throw VectorCheckFailure("\(field) is not hex") }
        return bytes
    }

    /// Runs `body`, turning any error it throws into a failure that says what was being done.
    static func expectSuccess<T>(_ action: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw VectorCheckFailure("\(action) failed: \(error)")
        }
    }

    /// Requires `body` to throw; a failure saying what unexpectedly succeeded otherwise.
    static func expectError<T>(_ action: String, _ body: () throws -> T) throws {
        if (try? body()) != nil {
            throw VectorCheckFailure("expected \(action) to fail, but it succeeded")
        }
    }

    /// Requires `actual == expected`; otherwise a failure showing both.
    static func expectEqual(_ actual: String, _ expected: String, _ what: String) throws {
        guard actual == expected else {
            throw VectorCheckFailure("\(what): expected \(expected), got \(actual)")
        }
    }

    /// Requires `actual == expected`; otherwise a failure showing both in hex (vector keys are public data).
    static func expectEqual(_ actual: [UInt8], _ expected: [UInt8], _ what: String) throws {
        guard actual == expected else {
            throw VectorCheckFailure("\(what): expected \(Hex.encode(expected)), got \(Hex.encode(actual))")
        }
    }
}
