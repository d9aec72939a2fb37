/// Writes JSON straight into a byte buffer, byte for byte as Foundation's `JSONEncoder` writes it
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation,
/// `"key" : value`, an empty container as `[`, a blank line and the closing bracket, `/` unescaped,
/// `"` `\` and control characters escaped (`\b \f \n \r \t`, others as lower-case `\u00xx`).
///
/// Why: `annals extract --format json` spent about as long in `JSONEncoder` (a tree of boxed
/// values, a dictionary per object, sorting its keys, a dynamic cast per value) as in extracting.
/// Here the caller writes keys in sorted order itself (checked by an assertion in debug builds), so
/// writing is one pass over the output. Complexity: O(output bytes).
public struct PrettyJSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: whether it has an element yet.
    private var hasElement: [Bool] = []
    /// A key was just written: the value that follows needs no separator.
    private var afterKey = false
    #if DEBUG
    private var lastKeys: [[UInt8]?] = []
    #endif

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

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
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    // MARK: values

    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func int(_ value: Int) {
        separate()
        guard value >= 0 else { bytes.append(contentsOf: String(value).utf8); return }
        // Decimal digits, most significant first, without an intermediate string.
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
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
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        depth += 1
        hasElement.append(false)
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        hasElement.removeLast()
        #if DEBUG
        lastKeys.removeLast()
        #endif
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
    }

    /// Before a member or an array element: `,` and a line break after an earlier one, then the
    /// indentation. Nothing before a value that follows its key, nor at the top level.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard let last = hasElement.indices.last else { return }
        if hasElement[last] {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: "\n"))
        } else {
            hasElement[last] = true
        }
        indent()
    }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    /// Appends a string's UTF-8 bytes, escaped; unescaped runs are copied whole.
    private mutating func appendEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        var mark = 0
        for k in 0..<u.count {
            let b = u[k]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            if k > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<k])) }
            mark = k + 1
            bytes.append(UInt8(ascii: "\\"))
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
        }
        if u.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<u.count])) }
    }
}
