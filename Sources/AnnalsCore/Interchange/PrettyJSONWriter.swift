/// Writes JSON straight into a byte buffer, byte for byte as Foundation's `JSONEncoder` writes it
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation,
/// `"key" : value`, an empty container as `[`, a blank line and the closing bracket, `/` unescaped,
/// `"` `\` and control characters escaped (`\b \f \n \r \t`, others as lower-case `\u00xx`).
///
/// Why: `annals extract --format json` spent about as long in `JSONEncoder` (a tree of boxed
/// values, a dictionary per object, sorting its keys, a dynamic cast per value) as in extracting.
/// Here the caller writes keys in sorted order itself (checked by an assertion in debug builds), so
/// writing is one pass over the output. Each piece (a separator and its indentation, a key, a
/// value) is written into room reserved for it at once: appending byte by byte to an array
/// checked the array's uniqueness and capacity at every byte. Complexity: O(output bytes).
public struct PrettyJSONWriter: Sendable {
    /// The bytes written so far (a copy).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }
    private var storage: Storage
    private var depth = 0
    /// Per open container: whether it has an element yet, a bit each (bit k for the container
    /// at depth k + 1): read and set before every value, where an array of flags checked its
    /// uniqueness and bounds each time. Containers deeper than 64 levels keep theirs in `deeperHasElement`.
    private var hasElementBits: UInt64 = 0
    private var deeperHasElement: [Bool] = []
    /// A key was just written: the value that follows needs no separator.
    private var afterKey = false
    #if DEBUG
    private var lastKeys: [[UInt8]?] = []
    #endif

    public init(capacity: Int = 0) { storage = Storage(capacity: capacity) }

    /// The output buffer. Only a writer holding the sole reference writes to it (`room`), as
    /// an array would: a copied writer copies the bytes before writing, so sharing is read-only.
    /// `slack` bytes past `capacity` are allocated too, for `spaces`' whole-word stores.
    private final class Storage: @unchecked Sendable {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        let capacity: Int
        static let slack = 8

        init(capacity: Int) {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity + Storage.slack)
        }

        deinit { base.deallocate() }
    }

    /// Reserves the next `n` bytes of output and returns where they start; the caller writes all `n`.
    @inline(__always) private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) || storage.count + n > storage.capacity { regrow(n) }
        let p = storage.base + storage.count
        storage.count += n
        return p
    }

    /// A storage of its own with room for `n` more bytes (capacity doubled).
    private mutating func regrow(_ n: Int) {
        let grown = Storage(capacity: max(storage.capacity * 2, storage.count + n))
        grown.base.update(from: storage.base, count: storage.count)
        grown.count = storage.count
        storage = grown
    }

    // MARK: containers

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The key of the next object member. Keys must come in ascending UTF-8 order (`.sortedKeys`).
    /// The separator before it, its indentation and the key are written into one reservation.
    public mutating func key(_ key: StaticString) {
        #if DEBUG
        let k = Array(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        if let last = lastKeys[lastKeys.count - 1] { assert(last.lexicographicallyPrecedes(k), "JSON keys out of order: \(key)") }
        lastKeys[lastKeys.count - 1] = k
        #endif
        let (lead, indent) = separation()
        let length = key.utf8CodeUnitCount
        var p = room(lead + indent + length + 5)
        p = Self.separator(p, lead: lead, indent: indent)
        p[0] = UInt8(ascii: "\"")
        (p + 1).update(from: key.utf8Start, count: length)
        p[length + 1] = UInt8(ascii: "\"")
        p[length + 2] = UInt8(ascii: " ")
        p[length + 3] = UInt8(ascii: ":")
        p[length + 4] = UInt8(ascii: " ")
        afterKey = true
    }

    // MARK: values

    public mutating func string(_ value: String) {
        separate()
        // A native string's bytes in place; a copy made contiguous only for any other.
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) != nil { return }
        var copy = value
        copy.withUTF8 { appendQuoted($0) }
    }

    public mutating func int(_ value: Int) {
        separate()
        guard value >= 0 else { append(String(value).utf8); return }
        // Decimal digits without an intermediate string: counted, then written from the last
        // (division by the constant 10 compiles to a multiplication; a variable divisor did not).
        var digits = 1
        var rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let p = room(digits)
        rest = value
        var k = digits - 1
        while k >= 0 {
            p[k] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            k -= 1
        }
    }

    public mutating func bool(_ value: Bool) {
        separate()
        append((value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        append("null".utf8)
    }

    /// A string member, left out when nil (what synthesized `Encodable` does with an optional).
    public mutating func member(_ name: StaticString, ifPresent value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// An integer member written as `null` when nil.
    public mutating func member(_ name: StaticString, orNull value: Int?) {
        key(name)
        if let value { int(value) } else { null() }
    }

    public mutating func member(_ name: StaticString, _ value: String) { key(name); string(value) }
    public mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    /// An array of strings.
    public mutating func member(_ name: StaticString, _ values: [String]) {
        key(name)
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    // MARK: layout

    private mutating func open(_ bracket: UInt8) {
        separate()
        let p = room(2)
        p[0] = bracket
        p[1] = UInt8(ascii: "\n")
        depth += 1
        if depth <= 64 { hasElementBits &= ~(1 << UInt64(depth - 1)) } else { deeperHasElement.append(false) }
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        if depth > 64 { deeperHasElement.removeLast() }
        #if DEBUG
        lastKeys.removeLast()
        #endif
        depth -= 1
        let p = room(2 * depth + 2)
        p[0] = UInt8(ascii: "\n")
        Self.spaces(p + 1, 2 * depth)
        p[2 * depth + 1] = bracket
    }

    /// Before a member or an array element: `,` and a line break after an earlier one, then the
    /// indentation. Nothing before a value that follows its key, nor at the top level.
    private mutating func separate() {
        let (lead, indent) = separation()
        guard lead + indent > 0 else { return }
        _ = Self.separator(room(lead + indent), lead: lead, indent: indent)
    }

    /// What goes before the next member or element: `lead` bytes of `,` and a line break (0 or 2)
    /// and `indent` spaces; both 0 after a key and at the top level. Notes the element.
    @inline(__always) private mutating func separation() -> (lead: Int, indent: Int) {
        if afterKey { afterKey = false; return (0, 0) }
        guard depth > 0 else { return (0, 0) }
        let comma: Bool
        if depth <= 64 {
            let bit: UInt64 = 1 << UInt64(depth - 1)
            comma = hasElementBits & bit != 0
            hasElementBits |= bit
        } else {
            comma = deeperHasElement[deeperHasElement.count - 1]
            deeperHasElement[deeperHasElement.count - 1] = true
        }
        return (comma ? 2 : 0, 2 * depth)
    }

    /// Writes the separation at `p` (room reserved for it) and returns where it ends.
    @inline(__always) private static func separator(_ p: UnsafeMutablePointer<UInt8>, lead: Int, indent: Int) -> UnsafeMutablePointer<UInt8> {
        if lead > 0 {
            p[0] = UInt8(ascii: ",")
            p[1] = UInt8(ascii: "\n")
        }
        spaces(p + lead, indent)
        return p + lead + indent
    }

    /// `n` spaces at `p`, eight bytes a store (no call to `memset` for a few bytes). May write up
    /// to seven bytes past them, which the caller writes next or which lie in `Storage.slack`:
    /// `p + n` is never past the reserved room, so never past `capacity`.
    @inline(__always) private static func spaces(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let raw = UnsafeMutableRawPointer(p)
        var k = 0
        while k < n {
            raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: k, as: UInt64.self)
            k += 8
        }
    }

    private mutating func append(_ u: String.UTF8View) {
        let p = room(u.count)
        var k = 0
        for b in u { p[k] = b; k += 1 }
    }

    /// Appends a string's UTF-8 bytes in quotes, escaped: `"` `\` as themselves after a
    /// backslash, `\b \f \n \r \t`, other controls as `\u00xx`. The escapes are counted first,
    /// so that the whole string is written into room reserved once; unescaped runs are copied whole.
    private mutating func appendQuoted(_ u: UnsafeBufferPointer<UInt8>) {
        if !Self.needsEscape(u) {
            // Nearly every string: quotes around a copy.
            let p = room(u.count + 2)
            p[0] = UInt8(ascii: "\"")
            if let source = u.baseAddress { (p + 1).update(from: source, count: u.count) }
            p[u.count + 1] = UInt8(ascii: "\"")
            return
        }
        var extra = 0
        for b in u where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x08, 0x0C, 0x0A, 0x0D, 0x09: extra += 1
            default: extra += 5
            }
        }
        let p = room(u.count + extra + 2)
        p[0] = UInt8(ascii: "\"")
        var n = 1
        guard let source = u.baseAddress, !u.isEmpty else { p[n] = UInt8(ascii: "\""); return }
        if extra == 0 {
            (p + 1).update(from: source, count: u.count)
            p[u.count + 1] = UInt8(ascii: "\"")
            return
        }
        var mark = 0
        for k in 0..<u.count {
            let b = u[k]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            if k > mark { (p + n).update(from: source + mark, count: k - mark); n += k - mark }
            mark = k + 1
            p[n] = UInt8(ascii: "\\"); n += 1
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): p[n] = b; n += 1
            case 0x08: p[n] = UInt8(ascii: "b"); n += 1
            case 0x0C: p[n] = UInt8(ascii: "f"); n += 1
            case 0x0A: p[n] = UInt8(ascii: "n"); n += 1
            case 0x0D: p[n] = UInt8(ascii: "r"); n += 1
            case 0x09: p[n] = UInt8(ascii: "t"); n += 1
            default:
                let hex = Self.hexDigits
                p[n] = UInt8(ascii: "u"); p[n + 1] = UInt8(ascii: "0"); p[n + 2] = UInt8(ascii: "0")
                p[n + 3] = hex[Int(b >> 4)]; p[n + 4] = hex[Int(b & 0xF)]
                n += 5
            }
        }
        if u.count > mark { (p + n).update(from: source + mark, count: u.count - mark); n += u.count - mark }
        p[n] = UInt8(ascii: "\"")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whether some byte needs an escape (a control, `"` or `\`), eight bytes a test: the
    /// word-at-a-time tests `(w - n…) & ~w & 0x80…` are non-zero exactly when some byte of `w`
    /// is below n (n ≤ 0x80), and, applied to `w ^ c…`, when some byte equals c.
    @inline(__always) private static func needsEscape(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(base)
        var k = 0
        while k + 8 <= u.count {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
            let found = ((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if found & highs != 0 { return true }
            k += 8
        }
        while k < u.count {
            let b = u[k]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return true }
            k += 1
        }
        return false
    }
}
