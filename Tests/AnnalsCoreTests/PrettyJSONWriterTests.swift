import Foundation
import Testing
@testable import AnnalsCore

/// `PrettyJSONWriter` must write exactly the bytes `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: `annals extract --format json` output
/// did not change when it replaced the encoder.
@Suite struct PrettyJSONWriterTests {
    struct Leaf: Encodable {
        var amount: Int
        var label: String?
        var flag: Bool
        var tags: [String]
    }
    struct Root: Encodable {
        var empty: [Leaf]
        var items: [Leaf]
        var note: String?
    }

    static func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func written(_ root: Root) -> [UInt8] {
        var w = PrettyJSONWriter()
        w.beginObject()
        w.key("empty"); w.beginArray(); w.endArray()
        w.key("items")
        w.beginArray()
        for leaf in root.items {
            w.beginObject()
            w.member("amount", leaf.amount)
            w.member("flag", leaf.flag)
            w.member("label", ifPresent: leaf.label)
            w.member("tags", leaf.tags)
            w.endObject()
        }
        w.endArray()
        w.member("note", ifPresent: root.note)
        w.endObject()
        return w.bytes
    }

    @Test func matchesJSONEncoderOnEscapesNestingAndAbsentMembers() throws {
        let root = Root(empty: [], items: [
            Leaf(amount: -1_250_000, label: "Quote \" backslash \\ slash / tab \t", flag: true, tags: []),
            Leaf(amount: 0, label: nil, flag: false, tags: ["line\nbreak", "return\r", "bell\u{07}", "unit\u{1F}", "del\u{7F}"]),
            Leaf(amount: 7, label: "Zürich — “quoted” 😀 \u{08}\u{0C}", flag: true, tags: ["a/b", ""]),
            Leaf(amount: Int.max, label: "", flag: false, tags: ["x"]),
        ], note: "ends/here")
        #expect(Self.written(root) == (try Self.encoded(root)))
    }

    @Test func matchesJSONEncoderWithoutItemsOrNote() throws {
        let root = Root(empty: [], items: [], note: nil)
        #expect(Self.written(root) == (try Self.encoded(root)))
    }

    @Test func writesNullForAnAbsentValueThatMustBePresent() {
        var w = PrettyJSONWriter()
        w.beginObject()
        w.member("high", orNull: nil)
        w.member("low", orNull: 3)
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "{\n  \"high\" : null,\n  \"low\" : 3\n}")
    }
}

/// `PartialDate.timeMLValue` must be `description` exactly: it replaced it in TimeML values and in
/// `extract` output.
@Suite struct PartialDateTimeMLValueTests {
    @Test func equalsDescriptionForEveryPrecisionAndMissingPart() {
        let years: [Int?] = [nil, 0, 7, 45, 312, 999, 1000, 1986, 2031, 9999, 10_000, 123_456, -1, -2024]
        let parts: [Int?] = [nil, 0, 1, 9, 10, 12, 31, 99, 100, -3]
        var checked = 0
        var mismatches: [String] = []
        for precision in DatePrecision.allCases {
            for y in years {
                for m in parts {
                    for d in parts {
                        let date = PartialDate(year: y, month: m, day: d, precision: precision)
                        if date.timeMLValue != date.description { mismatches.append("\(date.description) != \(date.timeMLValue)") }
                        checked += 1
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(checked == DatePrecision.allCases.count * years.count * parts.count * parts.count)
    }

    @Test func spanJoinsDistinctEndsWithASlash() {
        let a = PartialDate(year: 1975, month: 4)
        let b = PartialDate(year: 1975, month: 6, day: 2)
        #expect(DateSpan(start: a, end: b, certainty: .stated).timeMLValue == "1975-04/1975-06-02")
        #expect(DateSpan(start: a, end: a, certainty: .stated).timeMLValue == "1975-04")
        #expect(DateSpan(start: a, certainty: .approximate).timeMLValue == DateSpan(start: a, certainty: .approximate).description)
    }
}

/// The writer keeps value semantics over its shared buffer, and slices of scalars encode as the
/// scalar view does.
@Suite struct PrettyJSONWriterStorageTests {
    @Test func aCopiedWriterWritesApart() {
        var a = PrettyJSONWriter(capacity: 1)
        a.beginArray()
        a.string("first")
        var b = a
        b.string("only in b")
        b.endArray()
        a.endArray()
        #expect(String(decoding: a.bytes, as: UTF8.self) == "[\n  \"first\"\n]")
        #expect(String(decoding: b.bytes, as: UTF8.self) == "[\n  \"first\",\n  \"only in b\"\n]")
    }

    @Test func longOutputGrowsTheBuffer() throws {
        var w = PrettyJSONWriter()
        w.beginArray()
        let values = (0..<2_000).map { "value \($0) \u{01} \"q\" ü" }
        for v in values { w.string(v) }
        w.endArray()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(w.bytes == Array(try encoder.encode(values)))
    }

    @Test func scalarSlicesMatchTheScalarView() {
        let scalars = Array("a é 中 😀 \u{301}z".unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count + 1 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<min(end, scalars.count)])
                #expect(ScalarText.sliceOf(scalars, start, end) == String(view))
            }
        }
    }
}

/// Containers nested deeper than the writer's 64 inline "has an element" bits.
@Suite struct PrettyJSONWriterDepthTests {
    struct Nest: Encodable {
        var values: [Int]
        var children: [Nest]
        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            for v in values { try c.encode(v) }
            for child in children { try c.encode(child) }
        }
    }

    static func nest(depth: Int) -> Nest {
        depth == 0 ? Nest(values: [], children: []) : Nest(values: [depth, depth * 7], children: [nest(depth: depth - 1), Nest(values: [1], children: [])])
    }

    static func write(_ nest: Nest, _ w: inout PrettyJSONWriter) {
        w.beginArray()
        for v in nest.values { w.int(v) }
        for child in nest.children { write(child, &w) }
        w.endArray()
    }

    @Test func deepNestingWritesWhatTheEncoderWrites() throws {
        for depth in [1, 63, 64, 65, 70, 130] {
            let value = Self.nest(depth: depth)
            var w = PrettyJSONWriter()
            Self.write(value, &w)
            #expect(w.bytes == (try PrettyJSONWriterTests.encoded(value)))
        }
    }
}
