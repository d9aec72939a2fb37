/// A TimeML (.tml) document as the TempEval-3 evaluation needs it: the document creation time,
/// the plain text of its TEXT element and the gold TIMEX3 annotations in that text.
public struct TimeMLDocument: Sendable {
    /// A gold TIMEX3: scalar offsets into `text`, end exclusive.
    public struct Annotation: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        public var value: String
        public var tid: String

        public init(start: Int, end: Int, text: String, type: String, value: String, tid: String = "") {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.value = value
            self.tid = tid
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case missingText
        case unclosedTag(Int)
        public var description: String {
            switch self {
            case .missingText: return "no <TEXT> element"
            case .unclosedTag(let at): return "a tag opened at character \(at) is not closed"
            }
        }
    }

    /// The TIMEX3 value inside <DCT> (e.g. `1998-01-08`), nil when absent.
    public var dctValue: String?
    /// The DCT as a calendar date, when its value starts with a full date.
    public var dct: PartialDate? {
        guard let v = dctValue, let p = PartialDate(timeMLValue: String(v.prefix(10))), p.day != nil, p.year != nil else { return nil }
        return PartialDate(year: p.year, month: p.month, day: p.day)
    }
    /// TEXT content with tags removed and entities decoded.
    public var text: String
    public var timexes: [Annotation]

    /// Parses a TimeML document by scanning tags; tolerant of attributes in any order and of
    /// unknown elements. Complexity: O(n) in the length of the document.
    public init(parsing source: String) throws {
        let scalars = Array(source.unicodeScalars)
        dctValue = TimeMLDocument.dctValue(in: source)
        guard let open = TimeMLDocument.find(Array("<TEXT>".unicodeScalars), in: scalars, from: 0) else { throw Failure.missingText }
        let close = TimeMLDocument.find(Array("</TEXT>".unicodeScalars), in: scalars, from: open) ?? scalars.count
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(close - open)
        var count = 0
        var timexes: [Annotation] = []
        var openTimex: (start: Int, attributes: [String: String])?
        var i = open + 6
        while i < close {
            let s = scalars[i]
            if s == "<" {
                var j = i + 1
                while j < close, scalars[j] != ">" { j += 1 }
                guard j < close else { throw Failure.unclosedTag(i) }
                var tag = String.UnicodeScalarView()
                tag.append(contentsOf: scalars[(i + 1)..<j])
                let tagText = String(tag)
                if tagText.hasPrefix("TIMEX3") {
                    openTimex = (count, TimeMLDocument.attributes(of: tagText))
                } else if tagText.hasPrefix("/TIMEX3"), let t = openTimex {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: out[t.start..<count])
                    timexes.append(Annotation(start: t.start, end: count, text: String(view), type: t.attributes["type"] ?? "",
                                              value: t.attributes["value"] ?? "", tid: t.attributes["tid"] ?? ""))
                    openTimex = nil
                }
                i = j + 1
                continue
            }
            if s == "&", let (decoded, next) = TimeMLDocument.entity(scalars, i, close) {
                out.append(decoded); count += 1; i = next; continue
            }
            out.append(s); count += 1; i += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        text = String(view)
        self.timexes = timexes
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// `name="value"` pairs of a tag's text.
    static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(tag)
        while let eq = rest.firstIndex(of: "=") {
            let name = rest[..<eq].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).last.map(String.init) ?? ""
            var after = rest[rest.index(after: eq)...].drop(while: { $0 == " " })
            guard let quote = after.first, quote == "\"" || quote == "'" else { rest = after; continue }
            after = after.dropFirst()
            guard let endQuote = after.firstIndex(of: quote) else { break }
            result[name] = decodeEntities(String(after[..<endQuote]))
            rest = after[after.index(after: endQuote)...]
        }
        return result
    }

    static func dctValue(in source: String) -> String? {
        guard let r = source.range(of: "<DCT>") else { return nil }
        let tail = source[r.upperBound...]
        guard let end = tail.range(of: "</DCT>"), let t = tail[..<end.lowerBound].range(of: "<TIMEX3") else { return nil }
        let tagEnd = tail[t.lowerBound...].firstIndex(of: ">") ?? end.lowerBound
        return attributes(of: String(tail[t.upperBound..<tagEnd]))["value"]
    }

    static let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// Decodes the entity starting at i (`&amp;`, `&#38;`, `&#x26;`); nil when it is not one
    /// (then the `&` is kept as written).
    static func entity(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        while j < limit, j - i <= 10, s[j] != ";" { j += 1 }
        guard j < limit, s[j] == ";" else { return nil }
        var nameView = String.UnicodeScalarView()
        nameView.append(contentsOf: s[(i + 1)..<j])
        let name = String(nameView)
        if let n = named[name] { return (n, j + 1) }
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { return (u, j + 1) }
        if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { return (u, j + 1) }
        return nil
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (d, next) = entity(scalars, i, scalars.count) { out.append(d); i = next } else { out.append(scalars[i]); i += 1 }
        }
        return String(out)
    }
}
