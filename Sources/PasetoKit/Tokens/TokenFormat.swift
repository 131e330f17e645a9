/// Assembles token text: `header ‖ base64url(body) [‖ "." ‖ base64url(footer)]`.
enum TokenFormat {
    /// The token text; an empty footer leaves no trailing segment.
    static func assemble(header: TokenHeader, body: [UInt8], footer: [UInt8]) -> String {
        var token = header.description + TokenBase64URL.encode(body)
        if !footer.isEmpty {
            token += "." + TokenBase64URL.encode(footer)
        }
        return token
    }
}
