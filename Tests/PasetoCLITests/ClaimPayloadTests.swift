import Testing

/// Authentic tokens whose payload `encrypt`/`sign` would refuse to issue, made with PasetoKit directly:
/// `decrypt`/`verify` reject them with exit 1 after authenticating them.
@Suite("claim flags: payloads from other issuers")
struct ClaimPayloadTests {
    @Test("the raw-token helper makes tokens the binary accepts", arguments: ClaimPurpose.allCases)
    func rawTokenControl(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let payload = #"{"sub":"a","exp":"2099-01-01T00:00:00Z"}"#
        let token = try keys.rawToken(payload)
        #expect(token.hasPrefix(purpose.tokenPrefix))
        expectSuccess(try keys.checking(token), stdout: payload + "\n")
    }

    @Test(
        "a payload with a duplicate member name is invalid-payload (exit 1)",
        arguments: [
            #"{"sub":"a","sub":"b","exp":"2099-01-01T00:00:00Z"}"#,
            #"{"exp":"2099-01-01T00:00:00Z","exp":"2000-01-01T00:00:00Z"}"#,
            #"{"exp":"2099-01-01T00:00:00Z","x":{"y":1,"y":1}}"#,
        ]
    )
    func duplicateMembers(payload: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            let token = try keys.rawToken(payload)
            expectRejected(try keys.checking(token), code: "invalid-payload")
            expectRejected(
                try keys.checking(token, flags: ["--allow-no-exp", "--leeway", "5", "--subject", "a"]),
                code: "invalid-payload"
            )
        }
    }

    @Test(
        "a payload that is not one JSON object is invalid-payload (exit 1)",
        arguments: ["", "[]", #"["exp"]"#, #""2099-01-01T00:00:00Z""#, "42", "null", "not json", "{", #"{"a":1}{"#]
    )
    func notAnObject(payload: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            expectRejected(try keys.checking(try keys.rawToken(payload)), code: "invalid-payload")
        }
    }

    @Test(
        "a time claim that is not an RFC 3339 string is invalid-claim (exit 1)",
        arguments: [
            #"{"exp":4102444800}"#,
            #"{"exp":4102444800.5}"#,
            #"{"exp":"4102444800"}"#,
            #"{"exp":"2099-01-01"}"#,
            #"{"exp":"2099-01-01 00:00:00Z"}"#,
            #"{"exp":"2099-01-01T00:00:00"}"#,
            #"{"exp":"never"}"#,
            #"{"exp":true}"#,
            #"{"exp":"2099-01-01T00:00:00Z","nbf":946684800}"#,
            #"{"exp":"2099-01-01T00:00:00Z","iat":"2000-01-01"}"#,
        ]
    )
    func invalidTimeClaim(payload: String) throws {
        for purpose in ClaimPurpose.allCases {
            let keys = try purpose.keys()
            let token = try keys.rawToken(payload)
            expectRejected(try keys.checking(token), code: "invalid-claim")
            expectRejected(
                try keys.checking(token, flags: ["--allow-no-exp", "--leeway", "60"]),
                code: "invalid-claim"
            )
        }
    }

    @Test("a payload refused for its JSON is still authenticated first", arguments: ClaimPurpose.allCases)
    func authenticatedBeforeParsing(purpose: ClaimPurpose) throws {
        let keys = try purpose.keys()
        let other = try purpose.keys()
        let token = try keys.rawToken(#"{"sub":"a","sub":"b","exp":4102444800}"#)
        expectRejected(try other.checking(token), code: "authentication-failed")
    }
}
