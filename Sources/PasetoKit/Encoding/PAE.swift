/// Pre-authentication encoding: `LE64(count) ‖ (LE64(length) ‖ piece)*`.
///
/// PAE is what gets authenticated (MAC, signature); it is never decoded. Its output can be streamed into a
/// hash (no concatenated copy) or built as one array for Ed25519, which needs the whole message.
package enum PAE {
    /// Feeds the encoding of `pieces` to `sink`, in order.
    package static func write(
        _ pieces: [UnsafeRawBufferPointer],
        to sink: (UnsafeRawBufferPointer) -> Void
    ) {
        writeCount(pieces.count, to: sink)
        for piece in pieces { writePiece(piece, to: sink) }
    }

    /// Feeds the leading piece count; follow it with exactly that many ``writePiece(_:to:)`` calls. Hot
    /// paths use this pair to avoid building an array of pieces.
    package static func writeCount(_ count: Int, to sink: (UnsafeRawBufferPointer) -> Void) {
        writeLE64(UInt64(count), to: sink)
    }

    /// Feeds one piece: its length, then its bytes.
    package static func writePiece(_ piece: UnsafeRawBufferPointer, to sink: (UnsafeRawBufferPointer) -> Void) {
        writeLE64(UInt64(piece.count), to: sink)
        sink(piece)
    }

    /// The encoding of `pieces` as one array.
    package static func encode(_ pieces: [UnsafeRawBufferPointer]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(8 + pieces.reduce(0) { $0 + 8 + $1.count })
        write(pieces) { output.append(contentsOf: $0) }
        return output
    }

    /// The encoding of array pieces.
    package static func encode(_ pieces: [[UInt8]]) -> [UInt8] {
        withPieces(pieces) { encode($0) }
    }

    /// Gives `body` raw views of every array in `arrays` at once.
    package static func withPieces<R>(_ arrays: [[UInt8]], _ body: ([UnsafeRawBufferPointer]) -> R) -> R {
        var views: [UnsafeRawBufferPointer] = []
        views.reserveCapacity(arrays.count)
        func collect(from index: Int) -> R {
            guard index < arrays.count else { return body(views) }
            return arrays[index].withUnsafeBytes { view in
                views.append(view)
                return collect(from: index + 1)
            }
        }
        return collect(from: 0)
    }

    /// Unsigned 64-bit little-endian with the most significant bit cleared, as the specification requires.
    private static func writeLE64(_ value: UInt64, to sink: (UnsafeRawBufferPointer) -> Void) {
        var littleEndian = (value & UInt64(Int64.max)).littleEndian
        withUnsafeBytes(of: &littleEndian) { sink($0) }
    }
}
