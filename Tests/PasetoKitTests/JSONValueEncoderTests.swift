import Foundation
import Testing

@testable import PasetoKit

/// A key type whose names are given at run time.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Runs `body` as its `encode(to:)`.
private struct Custom: Encodable {
    var body: (any Encoder) throws -> Void
    func encode(to encoder: any Encoder) throws { try body(encoder) }
}

private func key(_ name: String) -> AnyKey { AnyKey(stringValue: name) }

@Suite("JSONValue encoding: containers, duplicate keys and misuse")
struct JSONValueEncoderTests {
    private func encodingError(_ body: @escaping (any Encoder) throws -> Void) -> EncodingError? {
        #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(Custom(body: body)) }
    }

    @Test("Members keep first-encoded order, not name order")
    func order() throws {
        let value = try JSONValueEncoder.encode(
            Custom { encoder in
                var container = encoder.container(keyedBy: AnyKey.self)
                for name in ["z", "a", "m", "b"] { try container.encode(name, forKey: key(name)) }
            }
        )
        #expect(JSONValueTesting.text(value) == #"{"z":"z","a":"a","m":"m","b":"b"}"#)
    }

    @Test("The same key twice in one container is invalidValue naming the key, whatever was encoded")
    func duplicateKey() throws {
        let encodings: [(inout KeyedEncodingContainer<AnyKey>) throws -> Void] = [
            { try $0.encode("SECRET-1", forKey: key("k")) },
            { try $0.encode(1, forKey: key("k")) },
            { try $0.encode(UInt8(1), forKey: key("k")) },
            { try $0.encode(1.5, forKey: key("k")) },
            { try $0.encode(true, forKey: key("k")) },
            { try $0.encodeNil(forKey: key("k")) },
            { try $0.encode(["SECRET-2"], forKey: key("k")) },
            { try $0.encode(Date(timeIntervalSince1970: 0), forKey: key("k")) },
        ]
        for first in encodings.indices {
            for second in encodings.indices {
                let error = encodingError { encoder in
                    var outer = encoder.container(keyedBy: AnyKey.self)
                    var container = outer.nestedContainer(keyedBy: AnyKey.self, forKey: key("outer"))
                    try encodings[first](&container)
                    try encodings[second](&container)
                }
                #expect(error?.path == ["outer", "k"])
                #expect(error?.invalid?.value as? String == "k")
                #expect(error?.invalid?.context.debugDescription.contains("\"k\"") == true)
                #expect(error.map { String(reflecting: $0).contains("SECRET") } == false)
            }
        }
    }

    @Test("A null first and a value second is still a duplicate; distinct keys are fine")
    func nullThenValue() throws {
        #expect(
            encodingError { encoder in
                var container = encoder.container(keyedBy: AnyKey.self)
                try container.encodeNil(forKey: key("a"))
                try container.encodeIfPresent(Int?.some(1), forKey: key("a"))
            } != nil
        )
        let value = try JSONValueEncoder.encode(
            Custom { encoder in
                var container = encoder.container(keyedBy: AnyKey.self)
                try container.encodeNil(forKey: key("a"))
                try container.encodeIfPresent(Int?.none, forKey: key("a"))  // nothing encoded: no duplicate
                try container.encode(1, forKey: key("b"))
            }
        )
        #expect(JSONValueTesting.text(value) == #"{"a":null,"b":1}"#)
    }

    @Test("Keyed containers of one encoder share one object, across key types")
    func sharedKeyedContainer() throws {
        enum First: String, CodingKey { case a }
        enum Second: String, CodingKey { case b, a }
        let value = try JSONValueEncoder.encode(
            Custom { encoder in
                var first = encoder.container(keyedBy: First.self)
                var second = encoder.container(keyedBy: Second.self)
                try second.encode(2, forKey: .b)
                try first.encode(1, forKey: .a)
            }
        )
        #expect(JSONValueTesting.text(value) == #"{"b":2,"a":1}"#)
        let error = encodingError { encoder in
            var first = encoder.container(keyedBy: First.self)
            var second = encoder.container(keyedBy: Second.self)
            try first.encode(1, forKey: .a)
            try second.encode(2, forKey: .a)
        }
        #expect(error?.path == ["a"])
    }

    @Test("Nested containers and super-encoders for a used key are errors thrown when encoding ends")
    func deferredDuplicates() throws {
        let cases: [(inout KeyedEncodingContainer<AnyKey>) -> Void] = [
            { _ = $0.nestedContainer(keyedBy: AnyKey.self, forKey: key("super")) },
            { _ = $0.nestedUnkeyedContainer(forKey: key("super")) },
            { _ = $0.superEncoder() },
            { _ = $0.superEncoder(forKey: key("super")) },
        ]
        for first in cases.indices {
            for second in cases.indices {
                let error = encodingError { encoder in
                    var container = encoder.container(keyedBy: AnyKey.self)
                    cases[first](&container)
                    cases[second](&container)
                }
                #expect(error?.path == ["super"], "\(first), \(second)")
            }
        }
        let afterValue = encodingError { encoder in
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(1, forKey: key("n"))
            var nested = container.nestedUnkeyedContainer(forKey: key("n"))
            try nested.encode(2)
        }
        #expect(afterValue?.path == ["n"])
    }

    @Test("Mixing container kinds at one position, or two single values, is an error")
    func conflicts() throws {
        let cases: [(any Encoder) throws -> Void] = [
            { encoder in
                var single = encoder.singleValueContainer()
                try single.encode(1)
                _ = encoder.container(keyedBy: AnyKey.self)
            },
            { encoder in
                var single = encoder.singleValueContainer()
                try single.encode("a")
                try single.encode("b")
            },
            { encoder in
                var single = encoder.singleValueContainer()
                try single.encodeNil()
                try single.encode([1])
            },
            { encoder in
                _ = encoder.unkeyedContainer()
                _ = encoder.container(keyedBy: AnyKey.self)
            },
            { encoder in
                _ = encoder.container(keyedBy: AnyKey.self)
                var single = encoder.singleValueContainer()
                try single.encode(1)
            },
            { encoder in
                var single = encoder.singleValueContainer()
                try single.encode(1)
                _ = encoder.unkeyedContainer()
            },
        ]
        for (index, body) in cases.enumerated() {
            #expect(encodingError(body) != nil, "case \(index)")
        }
    }

    @Test("Unkeyed containers of one encoder share one array; nested containers write into their parents")
    func nestedContainers() throws {
        let value = try JSONValueEncoder.encode(
            Custom { encoder in
                var top = encoder.container(keyedBy: AnyKey.self)
                var list = top.nestedUnkeyedContainer(forKey: key("list"))
                var inner = top.nestedContainer(keyedBy: AnyKey.self, forKey: key("inner"))
                try top.encode(0, forKey: key("after"))
                try list.encode(1)
                var element = list.nestedContainer(keyedBy: AnyKey.self)
                var sublist = list.nestedUnkeyedContainer()
                try list.encode(4)
                try element.encode(2, forKey: key("two"))
                try sublist.encode(3)
                try inner.encode("x", forKey: key("x"))
                var again = encoder.container(keyedBy: AnyKey.self)
                try again.encode(true, forKey: key("last"))
            }
        )
        #expect(
            JSONValueTesting.text(value)
                == #"{"list":[1,{"two":2},[3],4],"inner":{"x":"x"},"after":0,"last":true}"#
        )
        let array = try JSONValueEncoder.encode(
            Custom { encoder in
                var first = encoder.unkeyedContainer()
                var second = encoder.unkeyedContainer()
                try first.encode(1)
                try second.encode(2)
                #expect(first.count == 2 && second.count == 2)
            }
        )
        #expect(array == (try JSONValueTesting.json("[1,2]")))
    }

    @Test("A top-level value that encodes nothing is an error; a nested one is {}")
    func emptyValues() throws {
        let error = encodingError { _ in }
        #expect(error?.path == [])
        let nested = try JSONValueEncoder.encode(["a": Custom { _ in }])
        #expect(JSONValueTesting.text(nested) == #"{"a":{}}"#)
        let superEncoded = try JSONValueEncoder.encode(
            Custom { encoder in
                var container = encoder.container(keyedBy: AnyKey.self)
                _ = container.superEncoder()
            }
        )
        #expect(JSONValueTesting.text(superEncoded) == #"{"super":{}}"#)
    }

    @Test("Coding paths of encoding errors go through nested containers")
    func encodingPaths() throws {
        let error = encodingError { encoder in
            var top = encoder.container(keyedBy: AnyKey.self)
            var list = top.nestedUnkeyedContainer(forKey: key("list"))
            try list.encode(1)
            var inner = list.nestedContainer(keyedBy: AnyKey.self)
            try inner.encode(Double.nan, forKey: key("bad"))
        }
        #expect(error?.path == ["list", "Index 1", "bad"])
        let viaSuper = encodingError { encoder in
            var top = encoder.unkeyedContainer()
            var single = top.superEncoder().singleValueContainer()
            try single.encode(Float.infinity)
        }
        #expect(viaSuper?.path == ["Index 0"])
    }
}
