import Foundation
import Testing

@testable import PasetoKit

private typealias Address = JSONValueFixtures.Address
private typealias Role = JSONValueFixtures.Role
private typealias Shape = JSONValueFixtures.Shape
private typealias Profile = JSONValueFixtures.Profile

@Suite("JSONValue coding: round trips and the flat-wrapper pattern")
struct JSONValueCodingTests {
    @Test("Nested structs, enums, optionals, arrays and dictionaries round-trip")
    func roundTrip() throws {
        let value = try JSONValueEncoder.encode(Profile.sample)
        #expect(try JSONValueDecoder.decode(Profile.self, from: value) == Profile.sample)
        // Through bytes as well: writer, then the strict parser.
        let reparsed = try JSONValueTesting.json(JSONValueTesting.text(value))
        #expect(reparsed == value)
        #expect(try JSONValueDecoder.decode(Profile.self, from: reparsed) == Profile.sample)

        var changed = Profile.sample
        changed.maybe = [1, nil, 4]
        #expect(try JSONValueDecoder.decode(Profile.self, from: value) != changed)
    }

    @Test("Members appear in the order their keys were encoded; nil optionals are omitted")
    func memberOrder() throws {
        #expect(try JSONValueTesting.encodedText(Address(street: "Main", zip: nil)) == #"{"street":"Main"}"#)
        #expect(
            try JSONValueTesting.encodedText(Address(street: "Main", zip: "1")) == #"{"street":"Main","zip":"1"}"#
        )
        let value = try JSONValueEncoder.encode(Profile.sample)
        guard case .object(let object) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(
            object.names == [
                "name", "age", "ratio", "weight", "active", "role", "tags", "address", "previous", "shapes",
                "scores", "byID", "matrix", "maybe", "nested",
            ]
        )
    }

    @Test("Enums with associated values use Swift's synthesized shape; a case without values is {}")
    func enumShape() throws {
        #expect(try JSONValueTesting.encodedText(Shape.circle(radius: 1.5)) == #"{"circle":{"radius":1.5}}"#)
        #expect(try JSONValueTesting.encodedText(Shape.point) == #"{"point":{}}"#)
        #expect(
            try JSONValueTesting.decode(Shape.self, #"{"rectangle":{"width":2,"height":3}}"#)
                == .rectangle(width: 2, height: 3)
        )
        #expect(try JSONValueTesting.encodedText(Role.member) == #""member""#)
        #expect(try JSONValueTesting.encodedText([Int?.none, 1]) == "[null,1]")
    }

    @Test("Top-level values of any kind")
    func topLevel() throws {
        #expect(try JSONValueEncoder.encode(5) == JSONValueTesting.number("5"))
        #expect(try JSONValueEncoder.encode("x") == .string("x"))
        #expect(try JSONValueEncoder.encode(false) == .bool(false))
        #expect(try JSONValueEncoder.encode(Int?.none) == .null)
        #expect(try JSONValueEncoder.encode([String]()) == .array([]))
        #expect(try JSONValueEncoder.encode([String: Int]()) == .object(JSONObject()))
        #expect(try JSONValueDecoder.decode(Int?.self, from: .null) == nil)
        #expect(try JSONValueDecoder.decode(String.self, from: .string("x")) == "x")
    }

    @Test("userInfo reaches encode(to:) and init(from:)")
    func userInfo() throws {
        let key = try #require(CodingUserInfoKey(rawValue: "suffix"))
        let encoded = try JSONValueEncoder.encode(UserInfoEcho(text: "a"), userInfo: [key: "!"])
        #expect(encoded == .string("a!"))
        let decoded = try JSONValueDecoder.decode(UserInfoEcho.self, from: .string("b"), userInfo: [key: "?"])
        #expect(decoded.text == "b?")
    }
}

private struct UserInfoEcho: Codable {
    var text: String

    init(text: String) { self.text = text }

    init(from decoder: any Decoder) throws {
        let suffix = decoder.userInfo.first { $0.key.rawValue == "suffix" }?.value as? String ?? ""
        text = try decoder.singleValueContainer().decode(String.self) + suffix
    }

    func encode(to encoder: any Encoder) throws {
        let suffix = encoder.userInfo.first { $0.key.rawValue == "suffix" }?.value as? String ?? ""
        var container = encoder.singleValueContainer()
        try container.encode(text + suffix)
    }
}

// MARK: - A wrapper flattening registered claims and a custom Codable into one object

private struct Registered: Codable, Equatable {
    var issuer: String
    var expiration: Date?

    enum CodingKeys: String, CodingKey {
        case issuer = "iss"
        case expiration = "exp"
    }
}

private struct AppClaims: Codable, Equatable {
    var role: String
    var level: Int
}

/// Claims whose custom part tries to set `iss` too.
private struct Sneaky: Codable, Equatable {
    var iss: String
}

/// Encodes its own fields through a container, then the wrapped value into the same encoder.
private struct Wrapper<Custom: Codable & Equatable>: Codable, Equatable {
    var registered: Registered
    var custom: Custom
    var customFirst = false

    enum CodingKeys: String, CodingKey {
        case issuer = "iss"
        case expiration = "exp"
    }

    init(registered: Registered, custom: Custom, customFirst: Bool = false) {
        self.registered = registered
        self.custom = custom
        self.customFirst = customFirst
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        registered = Registered(
            issuer: try container.decode(String.self, forKey: .issuer),
            expiration: try container.decodeIfPresent(Date.self, forKey: .expiration)
        )
        custom = try Custom(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        if customFirst { try custom.encode(to: encoder) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(registered.issuer, forKey: .issuer)
        try container.encodeIfPresent(registered.expiration, forKey: .expiration)
        if !customFirst { try custom.encode(to: encoder) }
    }
}

@Suite("JSONValue coding: wrappers share one object and refuse overwrites")
struct JSONValueWrapperTests {
    private let registered = Registered(issuer: "issuer", expiration: Date(timeIntervalSince1970: 0))

    @Test("Registered fields and the wrapped value's fields form one flat object and decode back")
    func flat() throws {
        let wrapper = Wrapper(registered: registered, custom: AppClaims(role: "admin", level: 3))
        let value = try JSONValueEncoder.encode(wrapper)
        #expect(
            JSONValueTesting.text(value) == #"{"iss":"issuer","exp":"1970-01-01T00:00:00Z","role":"admin","level":3}"#
        )
        #expect(try JSONValueDecoder.decode(Wrapper<AppClaims>.self, from: value) == wrapper)
        // Each part also decodes alone from the same object, ignoring the other's members.
        #expect(try JSONValueDecoder.decode(AppClaims.self, from: value) == AppClaims(role: "admin", level: 3))
        #expect(try JSONValueDecoder.decode(Registered.self, from: value) == registered)
    }

    @Test("Two synthesized encoders writing into one encoder make one object")
    func twoSynthesized() throws {
        struct Pair: Encodable {
            var registered: Registered
            var custom: AppClaims
            func encode(to encoder: any Encoder) throws {
                try registered.encode(to: encoder)
                try custom.encode(to: encoder)
            }
        }
        let text = try JSONValueTesting.encodedText(
            Pair(registered: registered, custom: AppClaims(role: "r", level: 1))
        )
        #expect(text == #"{"iss":"issuer","exp":"1970-01-01T00:00:00Z","role":"r","level":1}"#)
    }

    @Test("A custom claim colliding with a registered one is an error naming the key, in either order")
    func collision() throws {
        for customFirst in [false, true] {
            let wrapper = Wrapper(
                registered: registered,
                custom: Sneaky(iss: "SECRET-ISSUER"),
                customFirst: customFirst
            )
            let error = #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(wrapper) }
            #expect(error?.path == ["iss"])
            #expect(error?.invalid?.context.debugDescription.contains("\"iss\"") == true)
            #expect(error?.invalid?.value as? String == "iss")
            #expect(error.map { String(describing: $0).contains("SECRET") } == false)
        }
    }
}
