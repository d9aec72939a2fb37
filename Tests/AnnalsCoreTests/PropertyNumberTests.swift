import Testing
import PropertyBased
@testable import AnnalsCore

/// English words for 0...999 999 999 999, the way a reporter writes them ("four hundred and
/// six thousand, twenty-one" without the comma). `hyphen` chooses "sixty-three" or "sixty three".
func spelled(_ n: Int, hyphen: Bool = true) -> String {
    let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    func below100(_ v: Int) -> String {
        if v < 20 { return units[v] }
        return v % 10 == 0 ? tens[v / 10] : tens[v / 10] + (hyphen ? "-" : " ") + units[v % 10]
    }
    func below1000(_ v: Int) -> String {
        guard v >= 100 else { return below100(v) }
        return units[v / 100] + " hundred" + (v % 100 == 0 ? "" : " and " + below100(v % 100))
    }
    if n == 0 { return "zero" }
    var parts: [String] = []
    var rest = n
    for (scale, name) in [(1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")] where rest >= scale {
        parts.append(below1000(rest / scale) + " " + name)
        rest %= scale
    }
    if rest > 0 { parts.append(below1000(rest)) }
    return parts.joined(separator: " ")
}

/// "1,234,567": digits grouped by thousands.
func grouped(_ n: Int) -> String {
    let digits = Array(String(n))
    var out = ""
    for (k, c) in digits.enumerated() {
        if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return out
}

/// A number phrase from a small grammar: [modifier] core [range tail] [suffix], where the core is
/// digits (plain or grouped), number words, a scaled decimal ("2.5 million", "3.5m") or a vague
/// quantity ("dozens"). Built from a list of choices, so PropertyBased can shrink a failing phrase.
struct NumberPhrase: CustomStringConvertible {
    var text: String
    /// The core's value when the phrase has a single exact core, for semantic checks.
    var core: Int?
    var modifier: String?

    static let before = ["", "", "at least", "more than", "up to", "nearly", "about", "no fewer than", "fewer than", "exactly", "some"]
    static let vague = ["dozens", "hundreds", "thousands", "tens of thousands", "several hundred", "a handful", "scores"]
    static let after = ["", "", "", "or more", "or so", "plus", "+"]

    init(_ choices: [Int]) {
        func pick(_ k: Int) -> Int { choices[k % choices.count] }
        let value = pick(0) % 1_000_000_000
        var core: String
        var exact: Int? = value
        switch pick(1) % 6 {
        case 0: core = String(value)
        case 1: core = grouped(value)
        case 2: core = spelled(value, hyphen: pick(2) % 2 == 0)
        case 3:
            let whole = value % 100, tenth = pick(3) % 10
            core = "\(whole).\(tenth) million"
            exact = whole * 1_000_000 + tenth * 100_000
        case 4: core = "\(value % 1000)k"; exact = (value % 1000) * 1000
        default: core = Self.vague[pick(2) % Self.vague.count]; exact = nil
        }
        let modifier = Self.before[pick(4) % Self.before.count]
        var text = core
        if pick(5) % 4 == 0 {
            let second = value + pick(6) % 1000
            text = pick(7) % 2 == 0 ? "between \(core) and \(second)" : "\(core) to \(second)"
            exact = nil
        } else if !modifier.isEmpty {
            text = modifier + " " + core
        }
        let suffix = Self.after[pick(8) % Self.after.count]
        if !suffix.isEmpty { text += suffix == "+" ? "+" : " " + suffix; exact = nil }
        self.text = text
        self.core = exact
        self.modifier = modifier.isEmpty || text.hasPrefix("between") || !text.hasPrefix(modifier) ? nil : modifier
    }

    var description: String { text }
}

let numberPhrases = Gen.int(in: 0...Int.max).array(of: 9).map(NumberPhrase.init)

@Suite("Property: number parser")
struct PropertyNumberTests {
    @Test func digitsRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...1_000_000_000_000)) { n in
            #expect(NumberParser.shared.parse(String(n)) == Quantity(exactly: n))
            #expect(NumberParser.shared.parse(grouped(n)) == Quantity(exactly: n))
        }
    }

    @Test func numberWordsRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...999_999_999_999), Gen.bool) { n, hyphen in
            #expect(NumberParser.shared.parse(spelled(n, hyphen: hyphen)) == Quantity(exactly: n), "\(spelled(n, hyphen: hyphen))")
        }
    }

    @Test func phrasesGiveOrderedIntervalsDeterministically() async {
        var parsed = 0, tried = 0
        await propertyCheck(count: 1000, input: numberPhrases) { phrase in
            let first = NumberParser.shared.parse(phrase.text)
            #expect(first == NumberParser.shared.parse(phrase.text))
            tried += 1
            guard let q = first else { return }
            parsed += 1
            if let low = q.low, let high = q.high { #expect(low <= high, "\(phrase) → \(q)") }
            #expect(q.low.map { $0 >= 0 } ?? true, "\(phrase) → \(q)")
            guard let core = phrase.core else { return }
            switch phrase.modifier {
            case nil, "exactly": #expect(q.low == core && q.high == core, "\(phrase) → \(q)")
            case "some", "about": #expect(q.low == core && q.high == core && q.approximate, "\(phrase) → \(q)")
            case "at least", "more than", "no fewer than": #expect(q.low == core && q.high == nil, "\(phrase) → \(q)")
            default: #expect(q.low == nil && q.high == core, "\(phrase) → \(q)")
            }
        }
        // The grammar's phrases are English number phrases: most must be read, or the checks above say little.
        #expect(parsed * 10 >= tried * 8, "only \(parsed) of \(tried) phrases parsed")
    }

    @Test func phrasesInsideSentencesGiveMatchesInOrderThatSliceTheText() async {
        let fillers = ["Officials said", "killing", "people, and", "were hurt;", "—", "\"", "(", ")", "on Monday", "of them"]
        await propertyCheck(count: 300, input: numberPhrases.array(of: 1...5), Gen.int(in: 0...Int.max).array(of: 6)) { phrases, picks in
            var text = ""
            for (k, p) in phrases.enumerated() { text += fillers[picks[k % picks.count] % fillers.count] + " " + p.text + " " }
            let tokens = Tokenizer.tokenize(text)
            let matches = NumberParser.shared.numbers(in: tokens)
            #expect(matches == NumberParser.shared.numbers(in: tokens))
            let scalars = ScalarText(text)
            var previousEnd = 0
            for m in matches {
                #expect(m.start >= previousEnd && m.start < m.end && m.end <= scalars.count)
                #expect(m.tokenRange.lowerBound <= m.coreRange.lowerBound && m.coreRange.upperBound <= m.tokenRange.upperBound)
                if let low = m.quantity.low, let high = m.quantity.high { #expect(low <= high, "\(m.text)") }
                previousEnd = m.end
            }
        }
    }

    @Test func overlapsIsSymmetricAndReflexive() async {
        let bound = Gen.int(in: -5...Int.max).map { $0 < 0 ? nil : $0 % 2_000 }
        await propertyCheck(count: 1000, input: bound, bound, bound, bound) { a, b, c, d in
            guard let q = Self.quantity(a, b), let r = Self.quantity(c, d) else { return }
            #expect(q.overlaps(r) == r.overlaps(q), "\(q) \(r)")
            #expect(q.overlaps(q))
        }
    }

    static func quantity(_ a: Int?, _ b: Int?) -> Quantity? {
        switch (a, b) {
        case (nil, nil): return nil
        case let (x?, y?): return Quantity(low: min(x, y), high: max(x, y))
        default: return Quantity(low: a, high: b)
        }
    }
}
