/// Assembles token text: `header ‖ base64url(body) [‖ "." ‖ base64url(footer)]`, in one allocation.
enum TokenFormat {
    /// The token text; an empty footer leaves no trailing segment.
    static func assemble(header: TokenHeader, body: [UInt8], footer: [UInt8]) -> String {
        let headerCount = header.bytes.count
        let bodyCount = TokenBase64URL.encodedCount(body.count)
        let footerCount = footer.isEmpty ? 0 : 1 + TokenBase64URL.encodedCount(footer.count)
        return String(unsafeUninitializedCapacity: headerCount + bodyCount + footerCount) { output in
            let output = UnsafeMutableRawBufferPointer(output)
            header.bytes.withUnsafeBytes { output.copyMemory(from: $0) }
            body.withUnsafeBytes { body in
                TokenBase64URL.encode(
                    body,
                    into: UnsafeMutableRawBufferPointer(rebasing: output[headerCount..<(headerCount + bodyCount)])
                )
            }
            if !footer.isEmpty {
                output[headerCount + bodyCount] = UInt8(ascii: ".")
                footer.withUnsafeBytes { footer in
                    TokenBase64URL.encode(
                        footer,
                        into: UnsafeMutableRawBufferPointer(rebasing: output[(headerCount + bodyCount + 1)...])
                    )
                }
            }
            return output.count
        }
    }
}
