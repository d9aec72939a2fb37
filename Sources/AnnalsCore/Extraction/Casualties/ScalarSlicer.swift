/// The text of a sentence between two Unicode-scalar offsets, read straight from its UTF-8 bytes:
/// the same string as `ScalarText(text).slice(start, end)` (offsets clamped to the text) without
/// building an array of scalars per sentence and re-encoding each one per slice, which cost more
/// than the rest of emitting a figure.
///
/// Complexity: O(bytes up to `end`) per slice.
struct ScalarSlicer {
    let text: String

    func slice(_ start: Int, _ end: Int) -> String {
        let sliced = text.utf8.withContiguousStorageIfAvailable { u -> String in
            var scalar = 0, a = u.count, b = u.count
            let lo = max(0, start), hi = max(lo, end)
            for p in 0..<u.count where u[p] & 0xC0 != 0x80 { // the first byte of a scalar
                if scalar == lo { a = p }
                if scalar == hi { b = p; break }
                scalar += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: u[a..<max(a, b)]), as: UTF8.self)
        }
        return sliced ?? ScalarText(text).slice(start, end)
    }
}
