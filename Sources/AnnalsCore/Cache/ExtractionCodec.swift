import Foundation

/// The cache's stored form of a `DocumentExtraction`: compact binary, written and read field by
/// field, because decoding JSON was a third of a warm run over 10 000 articles.
///
/// Layout: the magic "ANX1", then every field in declaration order. Integers are zig-zag
/// LEB128 varints; strings a varint byte count and UTF-8; optionals a 0/1 byte then the value;
/// arrays a varint count then the elements; enums their raw value as a string (a case renamed or
/// removed fails to decode, and the document is extracted again). Any change to this layout or to
/// the fields of the model types must bump `RulesFingerprint.schemaVersion`, so old caches are
/// rebuilt; `ExtractionCodecTests` fails when a model type gains a field this codec does not
/// write. Complexity: O(size of the extraction) each way.
enum ExtractionCodec {
    static let magic: [UInt8] = Array("ANX1".utf8)

    struct Malformed: Error {}

    static func encode(_ x: DocumentExtraction) -> Data {
        let w = Writer()
        w.bytes += magic
        w.string(x.file)
        w.optional(x.dct.date) { w.partialDate($0) }
        w.raw(x.dct.certainty)
        w.optional(x.dct.reasoning) { w.string($0) }
        w.array(x.removed) { w.int($0.start); w.int($0.end); w.string($0.text); w.raw($0.reason) }
        w.array(x.sentences) { w.int($0.index); w.int($0.start); w.int($0.end); w.string($0.text) }
        w.array(x.timexes) { t in
            w.int(t.start); w.int(t.end); w.string(t.text); w.raw(t.type); w.string(t.value); w.int(t.sentence)
            w.optional(t.date) { w.dateSpan($0) }
        }
        w.array(x.ranges) { r in w.int(r.start); w.int(r.end); w.string(r.text); w.int(r.sentence); w.dateSpan(r.span) }
        w.array(x.figures) { f in
            w.int(f.start); w.int(f.end); w.string(f.text); w.raw(f.outcome); w.string(f.category.rawValue)
            w.optional(f.quantity.low) { w.int($0) }
            w.optional(f.quantity.high) { w.int($0) }
            w.bool(f.quantity.approximate)
            w.int(f.sentence)
            w.optional(f.partOf) { w.int($0) }
            w.optional(f.place) { w.string($0) }
        }
        w.array(x.events) { e in
            w.int(e.start); w.int(e.end); w.string(e.text); w.raw(e.type); w.int(e.sentence)
            w.optional(e.date) { w.dateSpan($0) }
            w.optional(e.dateText) { w.string($0) }
            w.array(e.places) { w.string($0) }
            w.array(e.names) { w.string($0) }
            w.array(e.figures) { w.int($0) }
            w.optional(e.relation) { w.raw($0) }
            w.optional(e.relatedMention) { w.int($0) }
            w.array(e.participants) { w.string($0) }
            w.bool(e.isRelativeToDocumentDate)
        }
        return Data(w.bytes)
    }

    static func decode(_ data: Data) throws -> DocumentExtraction {
        try data.withUnsafeBytes { raw in
            let r = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard r.bytes.count >= magic.count, r.bytes.prefix(magic.count).elementsEqual(magic) else { throw Malformed() }
            r.position = magic.count
            let file = try r.string()
            let dct = DocumentDate(date: try r.optional { try r.partialDate() }, certainty: try r.raw(), reasoning: try r.optional { try r.string() })
            var x = DocumentExtraction(file: file, dct: dct)
            x.removed = try r.array { RemovedText(start: try r.int(), end: try r.int(), text: try r.string(), reason: try r.raw()) }
            x.sentences = try r.array { Sentence(index: try r.int(), start: try r.int(), end: try r.int(), text: try r.string()) }
            x.timexes = try r.array {
                Timex(start: try r.int(), end: try r.int(), text: try r.string(), type: try r.raw(), value: try r.string(), sentence: try r.int(),
                      date: try r.optional { try r.dateSpan() })
            }
            x.ranges = try r.array { TimeRange(start: try r.int(), end: try r.int(), text: try r.string(), sentence: try r.int(), span: try r.dateSpan()) }
            x.figures = try r.array {
                let start = try r.int(), end = try r.int(), text = try r.string()
                let outcome: Outcome = try r.raw()
                let category = CasualtyCategory(rawValue: try r.string())
                var quantity = Quantity(low: try r.optional { try r.int() }, high: try r.optional { try r.int() })
                quantity.approximate = try r.bool()
                var f = FigureMention(start: start, end: end, text: text, outcome: outcome, category: category, quantity: quantity, sentence: try r.int())
                f.partOf = try r.optional { try r.int() }
                f.place = try r.optional { try r.string() }
                return f
            }
            x.events = try r.array {
                var e = EventMention(start: try r.int(), end: try r.int(), text: try r.string(), type: try r.raw(), sentence: try r.int())
                e.date = try r.optional { try r.dateSpan() }
                e.dateText = try r.optional { try r.string() }
                e.places = try r.array { try r.string() }
                e.names = try r.array { try r.string() }
                e.figures = try r.array { try r.int() }
                e.relation = try r.optional { try r.raw() }
                e.relatedMention = try r.optional { try r.int() }
                e.participants = try r.array { try r.string() }
                e.isRelativeToDocumentDate = try r.bool()
                return e
            }
            guard r.position == r.bytes.count else { throw Malformed() }
            return x
        }
    }

    final class Writer {
        var bytes: [UInt8] = []

        func uint(_ v: UInt64) {
            var v = v
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        func int(_ v: Int) { uint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
        func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
        func string(_ s: String) { uint(UInt64(s.utf8.count)); bytes += s.utf8 }
        func raw<E: RawRepresentable>(_ e: E) where E.RawValue == String { string(e.rawValue) }
        func optional<T>(_ v: T?, _ write: (T) -> Void) {
            if let v { bytes.append(1); write(v) } else { bytes.append(0) }
        }
        func array<T>(_ a: [T], _ write: (T) -> Void) {
            uint(UInt64(a.count))
            for e in a { write(e) }
        }
        func partialDate(_ d: PartialDate) {
            optional(d.year) { int($0) }
            optional(d.month) { int($0) }
            optional(d.day) { int($0) }
            raw(d.precision)
        }
        func dateSpan(_ s: DateSpan) {
            partialDate(s.start)
            optional(s.end) { partialDate($0) }
            raw(s.certainty)
            optional(s.note) { string($0) }
        }
    }

    final class Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func byte() throws -> UInt8 {
            guard position < bytes.count else { throw Malformed() }
            defer { position += 1 }
            return bytes[position]
        }
        func uint() throws -> UInt64 {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw Malformed() }
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }
        func int() throws -> Int {
            let u = try uint()
            return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
        }
        func bool() throws -> Bool {
            switch try byte() {
            case 0: return false
            case 1: return true
            default: throw Malformed()
            }
        }
        func count() throws -> Int {
            let n = try uint()
            guard n <= UInt64(bytes.count - position) else { throw Malformed() }
            return Int(n)
        }
        func string() throws -> String {
            let n = try count()
            defer { position += n }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + n)]), as: UTF8.self)
        }
        func raw<E: RawRepresentable>() throws -> E where E.RawValue == String {
            guard let e = E(rawValue: try string()) else { throw Malformed() }
            return e
        }
        func optional<T>(_ read: () throws -> T) throws -> T? {
            try bool() ? try read() : nil
        }
        func array<T>(_ read: () throws -> T) throws -> [T] {
            let n = try count()
            var a: [T] = []
            a.reserveCapacity(n)
            for _ in 0..<n { a.append(try read()) }
            return a
        }
        func partialDate() throws -> PartialDate {
            var d = PartialDate(year: try optional { try int() }, month: try optional { try int() }, day: try optional { try int() })
            d.precision = try raw()
            return d
        }
        func dateSpan() throws -> DateSpan {
            DateSpan(start: try partialDate(), end: try optional { try partialDate() }, certainty: try raw(), note: try optional { try string() })
        }
    }
}
