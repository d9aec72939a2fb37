/// Reading Unicode scalars straight from UTF-8 bytes, for the byte-level scans of the extraction
/// stage (tokenizing, the casualty pre-check), which avoid String's scalar views on the hot path.
enum UTF8Scalar {
    /// The scalar starting at byte `p` of valid UTF-8 (a Swift string's storage) and its length in
    /// bytes. O(1).
    @inline(__always) static func decode(_ u: UnsafeBufferPointer<UInt8>, _ p: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = UInt32(u[p])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let value: UInt32, length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(u[p + 1] & 0x3F); length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(u[p + 1] & 0x3F) << 6 | UInt32(u[p + 2] & 0x3F); length = 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(u[p + 1] & 0x3F) << 12 | UInt32(u[p + 2] & 0x3F) << 6 | UInt32(u[p + 3] & 0x3F); length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
