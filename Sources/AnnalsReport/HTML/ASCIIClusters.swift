/// Whether every ASCII character of a text is a grapheme cluster of its own, so that scanning its
/// UTF-8 bytes for `<`, `>`, `[`, `]`, `/` or a space finds exactly what scanning its `Character`s
/// would (a `>` followed by a combining accent is one `Character`, and `firstIndex(of: ">")` does
/// not stop there).
///
/// Conservative: an ASCII byte followed by a scalar that may extend a cluster (marks, format
/// characters, grapheme extenders, emoji modifiers), or preceded by one that may prepend to the
/// next (format characters, the few Prepend letters of Malayalam and the Brahmic scripts of the
/// supplementary plane), fails the test; the caller then takes its `Character`-level path.
/// Complexity: O(n), decoding only the scalars next to an ASCII byte.
enum ASCIIClusters {
    static func hold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        var previousASCII = false
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                // A carriage return joins a line feed, but neither is a byte the scanners look for.
                previousASCII = true
                i += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            let nextIsASCII = i + length < n && bytes[i + length] < 0x80
            if let scalar {
                if previousASCII && mayExtend(scalar) { return false }
                if nextIsASCII && mayPrepend(scalar) { return false }
            } else if previousASCII || nextIsASCII {
                return false
            }
            previousASCII = false
            i += length
        }
        return true
    }

    static func mayExtend(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return p.isGraphemeExtend || p.isEmojiModifier
        }
    }

    static func mayPrepend(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .format || s.value == 0x0D4E || (0x11000...0x11FFF).contains(s.value)
    }

    /// The scalar starting at `i` and its length in bytes; nil for a malformed sequence (one byte).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar?, Int) {
        let b = bytes[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return (nil, 1) }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }
}
