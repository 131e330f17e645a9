import Foundation
import Testing

@testable import PasetoKit

/// A base class whose subclass encodes it through a super-encoder, Swift's documented pattern.
private class Animal: Codable {
    var legs: Int

    init(legs: Int) { self.legs = legs }
}

private final class Dog: Animal {
    var name: String

    enum CodingKeys: String, CodingKey {
        case name
    }

    init(name: String, legs: Int) {
        self.name = name
        super.init(legs: legs)
    }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        try super.init(from: container.superDecoder())
    }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try super.encode(to: container.superEncoder())
    }
}

/// The same through `superEncoder(forKey:)` and an unkeyed container's `superEncoder()`.
private struct Kennel: Codable, Equatable {
    var ownerLegs: Int
    var dogLegs: [Int]

    enum CodingKeys: String, CodingKey {
        case owner, dogs
    }

    init(ownerLegs: Int, dogLegs: [Int]) {
        self.ownerLegs = ownerLegs
        self.dogLegs = dogLegs
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ownerLegs = try Animal(from: container.superDecoder(forKey: .owner)).legs
        var dogs = try container.nestedUnkeyedContainer(forKey: .dogs)
        dogLegs = []
        while !dogs.isAtEnd { dogLegs.append(try Animal(from: dogs.superDecoder()).legs) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try Animal(legs: ownerLegs).encode(to: container.superEncoder(forKey: .owner))
        var dogs = container.nestedUnkeyedContainer(forKey: .dogs)
        for legs in dogLegs { try Animal(legs: legs).encode(to: dogs.superEncoder()) }
    }
}

@Suite("JSONValue coding: super-encoders and super-decoders")
struct JSONValueInheritanceTests {
    @Test("A subclass nests its superclass under `super` and decodes back")
    func subclass() throws {
        let value = try JSONValueEncoder.encode(Dog(name: "Rex", legs: 4))
        #expect(JSONValueTesting.text(value) == #"{"name":"Rex","super":{"legs":4}}"#)
        let dog = try JSONValueDecoder.decode(Dog.self, from: value)
        #expect(dog.name == "Rex" && dog.legs == 4)
    }

    @Test("A missing `super` member decodes as null, so the superclass reports valueNotFound there")
    func missingSuper() throws {
        let error = #expect(throws: DecodingError.self) { try JSONValueTesting.decode(Dog.self, #"{"name":"Rex"}"#) }
        #expect(error.map(DecodingFailure.init) == .valueNotFound)
        #expect(error?.path == ["super"])
        let wrong = #expect(throws: DecodingError.self) {
            try JSONValueTesting.decode(Dog.self, #"{"name":"Rex","super":{"legs":"four"}}"#)
        }
        #expect(wrong?.path == ["super", "legs"])
    }

    @Test("superEncoder(forKey:) and an unkeyed container's superEncoder() write in place")
    func keyedAndUnkeyedSuper() throws {
        let kennel = Kennel(ownerLegs: 2, dogLegs: [4, 3])
        let value = try JSONValueEncoder.encode(kennel)
        #expect(JSONValueTesting.text(value) == #"{"owner":{"legs":2},"dogs":[{"legs":4},{"legs":3}]}"#)
        #expect(try JSONValueDecoder.decode(Kennel.self, from: value) == kennel)
        let error = #expect(throws: DecodingError.self) {
            try JSONValueTesting.decode(Kennel.self, #"{"owner":{"legs":2},"dogs":[{"legs":4},{}]}"#)
        }
        #expect(error?.path == ["dogs", "Index 1"])
        #expect(error.map(DecodingFailure.init) == .keyNotFound("legs"))
    }
}
