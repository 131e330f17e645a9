import ArgumentParser
import PasetoJWT
import PasetoKit

/// `paseto jwt decode TOKEN`: header and payload, never verified.
struct JWTDecode: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Print a JWT's header and payload without verifying anything.",
        discussion: #"Prints {"header": {...}, "payload": {...}, "verified": false}. Parsing is as strict as verify's."#
    )

    @OptionGroup var token: TokenArgument

    func run() async throws {
        let jwt = try UnverifiedJWT(parsing: try token.read())
        let header = String(decoding: JSONWriter.bytes(of: .object(jwt.headerObject)), as: UTF8.self)
        let payload = String(decoding: JSONWriter.bytes(of: .object(jwt.payloadObject)), as: UTF8.self)
        StandardOutput.writeLine(#"{"header": \#(header), "payload": \#(payload), "verified": false}"#)
    }
}
