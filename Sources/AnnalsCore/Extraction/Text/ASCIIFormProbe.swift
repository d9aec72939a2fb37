/// The lookup `WordTable` and `WordIndex` share: linear probing over slots that hold an ASCII
/// form's index + 1 (0 = empty), each form's bytes at `keyBytes[keyStart[f]..<keyStart[f + 1]]`.
///
/// Why one function: the two tables differ only in how their arrays live (frozen memory of its
/// own, growable arrays); the probe, the hot step of nearly every word lookup, is the same.
///
/// Complexity: O(bytes of the word) at load factor ≤ 1/2.
enum ASCIIFormProbe {
    /// The form whose bytes equal `bytes` (whose `WordHash` is `hash`), nil when none does.
    /// `slots.count` is a power of two with at least one empty slot.
    @inline(__always) static func form(
        of bytes: UnsafeBufferPointer<UInt8>, hash: Int, slots: UnsafeBufferPointer<Int32>,
        keyStart: UnsafeBufferPointer<Int32>, keyBytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let mask = slots.count - 1
        var slot = hash & mask
        let count = bytes.count
        while true {
            let f = Int(slots[slot])
            if f == 0 { return nil }
            let start = Int(keyStart[f - 1])
            if Int(keyStart[f]) - start == count {
                var k = 0
                while k < count && keyBytes[start + k] == bytes[k] { k += 1 }
                if k == count { return f - 1 }
            }
            slot = (slot + 1) & mask
        }
    }
}
