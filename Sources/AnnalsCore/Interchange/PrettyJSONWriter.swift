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
    private final class Storage: @unchecked Sendable {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        let capacity: Int

        init(capacity: Int) {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity)
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
    public mutating func key(_ key: StaticString) {
        #if DEBUG
        let k = Array(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        if let last = lastKeys[lastKeys.count - 1] { assert(last.lexicographicallyPrecedes(k), "JSON keys out of order: \(key)") }
        lastKeys[lastKeys.count - 1] = k
        #endif
        separate()
        let length = key.utf8CodeUnitCount
        let p = room(length + 5)
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
        var copy = value
        copy.withUTF8 { appendQuoted($0) }
    }

    public mutating func int(_ value: Int) {
        separate()
        guard value >= 0 else { append(String(value).utf8); return }
        // Decimal digits, most significant first, without an intermediate string.
        var digits = 1
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10; digits += 1 }
        let p = room(digits)
        var rest = value
        for k in 0..<digits {
            p[k] = UInt8(ascii: "0") + UInt8(rest / divisor)
            rest %= divisor
            divisor /= 10
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
        (p + 1).update(repeating: UInt8(ascii: " "), count: 2 * depth)
        p[2 * depth + 1] = bracket
    }

    /// Before a member or an array element: `,` and a line break after an earlier one, then the
    /// indentation. Nothing before a value that follows its key, nor at the top level.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        let comma: Bool
        if depth <= 64 {
            let bit: UInt64 = 1 << UInt64(depth - 1)
            comma = hasElementBits & bit != 0
            hasElementBits |= bit
        } else {
            comma = deeperHasElement[deeperHasElement.count - 1]
            deeperHasElement[deeperHasElement.count - 1] = true
        }
        let lead = comma ? 2 : 0
        let p = room(lead + 2 * depth)
        if comma {
            p[0] = UInt8(ascii: ",")
            p[1] = UInt8(ascii: "\n")
        }
        (p + lead).update(repeating: UInt8(ascii: " "), count: 2 * depth)
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
}
