/// Ordinary `Codable` values for the `JSONValue*Tests` suites.
enum JSONValueFixtures {
    struct Address: Codable, Equatable {
        var street: String
        var zip: String?
    }

    enum Role: String, Codable {
        case admin, member
    }

    enum Shape: Codable, Equatable {
        case circle(radius: Double)
        case rectangle(width: Int, height: Int)
        case point
    }

    struct Profile: Codable, Equatable {
        var name: String
        var age: Int
        var ratio: Double
        var weight: Float
        var active: Bool
        var role: Role
        var tags: [String]
        var address: Address?
        var previous: [Address]
        var shapes: [Shape]
        var scores: [String: Int]
        var byID: [Int: String]
        var matrix: [[Int8]]
        var nickname: String?
        var maybe: [Int?]
        var nested: [String: [String: [Bool]]]

        static let sample = Profile(
            name: "Ada \u{1F600} \"quoted\"\n",
            age: 36,
            ratio: 0.1,
            weight: 61.5,
            active: true,
            role: .admin,
            tags: ["a", "", "c"],
            address: Address(street: "1 Main St", zip: "02139"),
            previous: [Address(street: "Old Rd", zip: nil)],
            shapes: [.circle(radius: 2.5), .rectangle(width: 3, height: -4), .point],
            scores: ["math": 98, "art": -1],
            byID: [7: "seven", -2: "minus two"],
            matrix: [[1, -128], [], [127]],
            nickname: nil,
            maybe: [1, nil, 3],
            nested: ["x": ["y": [true, false]], "empty": [:]]
        )
    }
}
