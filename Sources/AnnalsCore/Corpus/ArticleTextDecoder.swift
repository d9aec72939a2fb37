import Foundation

/// Turns a file's bytes into text, deciding the encoding from the bytes alone.
///
/// Order of decisions: a UTF-8 byte-order mark → UTF-8 without the mark; a UTF-16 mark → UTF-16
/// (little or big endian) without the mark; bytes with a NUL or another control byte that never
/// occurs in text → binary, refused; valid UTF-8 → UTF-8; anything else → Windows-1252 (a superset
/// of Latin-1 for printable text), reported so the user knows the encoding was inferred.
///
/// The byte-order mark is never part of the decoded text, so offsets count the text after its
/// removal. Complexity: O(n) in the number of bytes.
public enum ArticleTextDecoder {
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (with byte-order mark)"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    public enum Failure: Error, Sendable, Hashable {
        /// A byte that does not occur in text (NUL, most C0 controls) at this byte offset.
        case binary(byteOffset: Int)
        /// A byte-order mark promised an encoding the bytes do not follow, at this byte offset.
        case invalid(encoding: Encoding, byteOffset: Int)
        /// Text that looks like UTF-16 (a NUL byte beside most ASCII letters) but has no byte-order
        /// mark, so its byte order cannot be known for sure; the first NUL is at this byte offset.
        case unmarkedUTF16(likely: Encoding, byteOffset: Int)
    }

    public struct Decoded: Sendable, Hashable {
        public var text: String
        public var encoding: Encoding
        /// For Windows-1252: the first byte offset where the bytes stopped being UTF-8.
        public var firstNonUTF8Byte: Int?
    }

    public static func decode(_ data: Data) -> Result<Decoded, Failure> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if let bad = firstBinaryByte(body) { return .failure(.binary(byteOffset: bad + 3)) }
            let invalid = firstInvalidUTF8Byte(body)
            guard invalid == body.count else {
                return .failure(.invalid(encoding: .utf8WithBOM, byteOffset: invalid + 3))
            }
            return .success(Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8WithBOM))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            return decodeUTF16(Array(bytes[2...]), littleEndian: little)
        }
        if let bad = firstBinaryByte(bytes) {
            if let likely = unmarkedUTF16(bytes) { return .failure(.unmarkedUTF16(likely: likely, byteOffset: bad)) }
            return .failure(.binary(byteOffset: bad))
        }
        // Valid UTF-8 (nearly every file): the String's own check is the only pass over it.
        // Only text it refuses is searched for its first bad byte, which decides as before.
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(Decoded(text: text, encoding: .utf8))
        }
        let invalid = firstInvalidUTF8Byte(bytes)
        if invalid == bytes.count {
            return .success(Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8))
        }
        return .success(Decoded(text: windows1252(bytes), encoding: .windows1252, firstNonUTF8Byte: invalid))
    }

    /// Offset of the first byte that marks a file as binary: NUL and C0 controls other than
    /// tab, line feed, vertical tab, form feed, carriage return and escape.
    static func firstBinaryByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { u in
            var i = 0
            // Eight bytes at a time while none is below 0x20 (where every binary byte is): the
            // word-at-a-time test `(w - 0x20…) & ~w & 0x80…` is non-zero exactly when some byte
            // of `w` is below 0x20. A word holding a line break is looked at byte by byte.
            if let base = u.baseAddress {
                while i + 8 <= u.count {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
            }
            while i < u.count {
                let b = u[i]
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0B && b != 0x0C && b != 0x0D && b != 0x1B { return i }
                i += 1
                // Back to whole words after the byte that stopped the fast scan.
                if i & 7 == 0, let base = u.baseAddress {
                    while i + 8 <= u.count {
                        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                        i += 8
                    }
                }
            }
            return nil
        }
    }

    /// UTF-16 without a byte-order mark: among the first 4 096 byte pairs, NUL bytes fill one side
    /// of at least 3 pairs in 4 and almost never the other. Mostly-ASCII UTF-16 text looks like
    /// that; images and archives do not.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> Encoding? {
        let pairs = min(bytes.count / 2, 4096)
        guard pairs >= 4 else { return nil }
        var evenNUL = 0, oddNUL = 0
        for k in 0..<pairs {
            if bytes[2 * k] == 0 { evenNUL += 1 }
            if bytes[2 * k + 1] == 0 { oddNUL += 1 }
        }
        if oddNUL * 4 >= pairs * 3 && evenNUL * 20 <= pairs { return .utf16LittleEndian }
        if evenNUL * 4 >= pairs * 3 && oddNUL * 20 <= pairs { return .utf16BigEndian }
        return nil
    }

    static func decodeUTF16(_ body: [UInt8], littleEndian: Bool) -> Result<Decoded, Failure> {
        let encoding: Encoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
        guard body.count % 2 == 0 else {
            return .failure(.invalid(encoding: encoding, byteOffset: body.count + 1))
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = 0
        while i < body.count {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s.value < 0x20, firstBinaryByte([UInt8(s.value)]) != nil {
                    return .failure(.binary(byteOffset: 2 + unitOffset * 2))
                }
                scalars.append(s)
                unitOffset += s.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: return .failure(.invalid(encoding: encoding, byteOffset: 2 + unitOffset * 2))
            }
        }
        return .success(Decoded(text: String(scalars), encoding: encoding))
    }

    /// Byte offset where UTF-8 validation first fails (the start of the bad sequence), or
    /// `bytes.count` when all of it is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int {
        var i = 0
        let n = bytes.count
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            k < n && bytes[k] >= low && bytes[k] <= high
        }
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x00...0x7F: i += 1
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return i }
                i += 2
            case 0xE0...0xEF:
                let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard continuation(i + 1, low, high), continuation(i + 2) else { return i }
                i += 3
            case 0xF0...0xF4:
                let low: UInt8 = b == 0xF0 ? 0x90 : 0x80, high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard continuation(i + 1, low, high), continuation(i + 2), continuation(i + 3) else { return i }
                i += 4
            default: return i
            }
        }
        return n
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic marks (€ ‚ „ … ‘ ’ “ ” – —).
    /// The five undefined bytes keep their Latin-1 (C1 control) meaning.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80 && b <= 0x9F, let mapped = cp1252High[Int(b - 0x80)] {
                view.append(mapped)
            } else {
                view.append(Unicode.Scalar(b))
            }
        }
        return String(view)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
