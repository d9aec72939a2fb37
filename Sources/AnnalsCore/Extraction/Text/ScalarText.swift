/// Unicode-scalar addressed access to a text: every offset in Annals counts scalars of the file.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Self.scalars(of: text) }

    /// `Array(text.unicodeScalars)`, decoded straight from the string's UTF-8 storage into an array
    /// reserved once: the scalar view counts the scalars in one pass and copies them in another,
    /// several times the cost on a whole article. O(bytes).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ decode($0) }) { return result }
        return Array(text.unicodeScalars)
    }

    private static func decode(_ u: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { buffer, count in
            var p = 0, k = 0
            while p < u.count {
                // Eight ASCII bytes (no high bit set): eight scalars, widened in one go.
                if p + 8 <= u.count, let base = u.baseAddress {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                    if word & 0x8080_8080_8080_8080 == 0 {
                        for j in 0..<8 { buffer[k + j] = Unicode.Scalar(UInt8(truncatingIfNeeded: word >> UInt64(8 * j))) }
                        k += 8
                        p += 8
                        continue
                    }
                }
                // Runs of ASCII, most of a news text, one byte a scalar.
                let byte = u[p]
                if byte < 0x80 {
                    buffer[k] = Unicode.Scalar(byte)
                    k += 1
                    p += 1
                    continue
                }
                let (s, length) = UTF8Scalar.decode(u, p)
                buffer[k] = s
                k += 1
                p += length
            }
            count = k
        }
    }

    public var count: Int { scalars.count }

    /// The text between two scalar offsets (clamped to the text).
    public func slice(_ start: Int, _ end: Int) -> String {
        // The same clamping, built through UTF-8 bytes (`sliceOf`): appending to a
        // `String.UnicodeScalarView` is several times slower.
        Self.sliceOf(scalars, start, end)
    }
}
