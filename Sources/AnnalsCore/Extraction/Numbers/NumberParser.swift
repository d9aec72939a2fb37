/// Finds number phrases in tokens and reads them as intervals (`Quantity`).
///
/// Reads digits with separators and scales ("1,200", "1.2 million", "3.5m"), number words
/// ("two hundred and five", "sixty-three", "a dozen"), vague quantities ("dozens", "tens of
/// thousands"), modifiers ("at least", "up to", "as high as", "about", "or more") and ranges ("between
/// 30 and 40", "30 to 40", "30-40", "range from 30 to 40", "between 3.5 and 5 million" with the scale
/// applied to both ends). "rose from 31 to 54" and "rose by 14 to 305" are two numbers, no range.
/// Word lists live in `Resources/english/numbers/`.
/// Ordinals ("25th", "first") and clock times are never numbers; values overflowing `Int` and
/// negative numbers ("-5") are rejected.
///
/// Complexity: O(n) in the number of tokens (each position tries a bounded number of phrases).
public struct NumberParser: Sendable {
    public static let shared = NumberParser(lexicon: .shared)

    /// The word lists, held by one object. Why: the casualty rules take their parser out of a
    /// shared class for every sentence, and a copy of a parser holding the lexicon's dozen tables
    /// retained and then released each of them (over a thousand instructions a sentence); a copy
    /// now retains one reference. Immutable, hence `Sendable`.
    private final class Store: Sendable {
        let lexicon: NumberLexicon
        init(_ lexicon: NumberLexicon) { self.lexicon = lexicon }
    }

    private let store: Store
    var lexicon: NumberLexicon { store.lexicon }

    init(lexicon: NumberLexicon) { store = Store(lexicon) }

    /// Every number phrase in the tokens, modifiers included ("at least 20", "between 30 and 40", "dozens").
    public func numbers(in tokens: [Token]) -> [NumberMatch] {
        var result: [NumberMatch] = []
        let small = SmallASCII.isAvailable
        var i = 0
        while i < tokens.count {
            if mayStart(tokens[i], small: small), let m = match(tokens, at: i) {
                result.append(m)
                i = m.tokenRange.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether a number phrase can start at this token (a necessary condition of `match`): digits,
    /// a listed start word, or a hyphenated word that may be a compound ("sixty-three").
    @inline(__always) private func mayStart(_ t: Token, small: Bool) -> Bool {
        switch t.kind {
        case .number, .alphanumeric: return true
        case .word, .punctuation:
            if let (words, count) = SmallASCII.words(of: t.lower, available: small), count > 0 {
                return mayStart(words: words, count: count, isWord: t.kind == .word)
            }
            return mayStart(word: t.lower, isWord: t.kind == .word)
        }
    }

    /// `mayStart(word:isWord:)` for a short ASCII word read in place as two words (`SmallASCII`):
    /// the hyphen found eight bytes at a time, the first byte and length from the words, the
    /// table asked with the bytes. Same answers, without the closure and the retains.
    @inline(__always) private func mayStart(words: SmallASCII.Words, count: Int, isWord: Bool) -> Bool {
        // Bytes past `count` are zero, never a hyphen.
        if isWord && SmallASCII.bytesEqual(words.low, 0x2D) | SmallASCII.bytesEqual(words.high, 0x2D) != 0 { return true }
        guard store.lexicon.startFilter.mayContain(first: UInt8(truncatingIfNeeded: words.low), count: count, ascii: true) else { return false }
        let table = store.lexicon.startTable
        return withUnsafeBytes(of: words) { raw in
            table[utf8: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)] != nil
        }
    }

    /// `startSet.contains(word) || (isWord && word has a hyphen)`, with one pass over the word's
    /// bytes (the hyphen, and whether all are ASCII) and the length-and-first-byte filter before
    /// the table: most words of a sentence start no number phrase and are turned away unhashed.
    @inline(__always) private func mayStart(word: String, isWord: Bool) -> Bool {
        let utf8 = word.utf8
        let scan: (ascii: Bool, hyphen: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            var high: UInt8 = 0
            var hyphen = false
            for b in bytes {
                high |= b
                if b == 0x2D { hyphen = true }
            }
            return (high < 0x80, hyphen)
        }
        guard let scan, let first = utf8.first else {
            return store.lexicon.startSet.contains(word) || (isWord && Self.hasHyphen(word))
        }
        if isWord && scan.hyphen { return true }
        guard store.lexicon.startFilter.mayContain(first: first, count: utf8.count, ascii: scan.ascii) else { return false }
        return store.lexicon.startSet.contains(word)
    }

    /// Parses a whole phrase, e.g. "two hundred and five" → 205; nil if it is not one number phrase.
    public func parse(_ phrase: String) -> Quantity? {
        let tokens = Tokenizer.tokenize(phrase)
        guard !tokens.isEmpty, let m = match(tokens, at: 0), m.tokenRange == 0..<tokens.count else { return nil }
        return m.quantity
    }

    /// The number phrase starting exactly at token `i`, if any.
    func match(_ tokens: [Token], at i: Int) -> NumberMatch? {
        var quantity: Quantity
        var coreRange: Range<Int>
        var end: Int
        if let (mod, len) = store.lexicon.before.match(tokens, at: i), len + i < tokens.count {
            // "revised up to 44": the verb's particle, not a maximum; the number is read on its own.
            if tokens[i].lower == "up", i > 0, store.lexicon.particleSet.contains(tokens[i - 1].lower) { return nil }
            if mod.kind == .range {
                // "between A and B"
                guard let r = joinedRange(tokens, at: i + len, joiners: .and) else { return nil }
                quantity = r.quantity
                coreRange = (i + len)..<r.end
                end = r.end
            } else {
                let rangeAllowed = mod.kind == .approx || mod.kind == .exact
                if rangeAllowed, let r = scaledRange(tokens, at: i + len, joiners: .to) {
                    return finish(tokens, i, mod.kind.apply(to: r.quantity, approximate: mod.approximate), coreRange: (i + len)..<r.end, end: r.end)
                }
                guard let c = core(tokens, at: i + len) else { return nil }
                let (q, e) = rangeExtension(tokens, c.quantity, c.end, allowed: rangeAllowed)
                quantity = mod.kind.apply(to: q, approximate: mod.approximate)
                coreRange = (i + len)..<e
                end = e
            }
        } else if tokens[i].lower == "from" {
            // "estimates range from 4,000 to 7,000": a range only after a range verb (range-verbs.txt).
            guard i > 0, store.lexicon.rangeSet.contains(tokens[i - 1].lower),
                  let r = joinedRange(tokens, at: i + 1, joiners: .to) else { return nil }
            quantity = r.quantity
            coreRange = (i + 1)..<r.end
            end = r.end
        } else {
            if !rangeBlocked(tokens, before: i), let r = scaledRange(tokens, at: i, joiners: .to) {
                return finish(tokens, i, r.quantity, coreRange: i..<r.end, end: r.end)
            }
            guard let c = core(tokens, at: i) else { return nil }
            if isNegativeSign(tokens, before: i) { return nil }
            let (q, e) = rangeExtension(tokens, c.quantity, c.end, allowed: !rangeBlocked(tokens, before: i))
            quantity = q
            coreRange = i..<e
            end = e
        }
        return finish(tokens, i, quantity, coreRange: coreRange, end: end)
    }

    /// The match from token `i` to `end`, widened by a modifier after the number ("or more").
    private func finish(_ tokens: [Token], _ i: Int, _ stated: Quantity, coreRange: Range<Int>, end stated_end: Int) -> NumberMatch {
        var quantity = stated, end = stated_end
        if end < tokens.count, let (mod, len) = store.lexicon.after.match(tokens, at: end), isSuffix(tokens, end, len) {
            quantity = mod.kind.apply(to: quantity, approximate: mod.approximate)
            end += len
        }
        let range = i..<end
        return NumberMatch(quantity: quantity, tokenRange: range, start: tokens[i].start, end: tokens[end - 1].end,
                           text: Self.join(tokens[range]), coreRange: coreRange)
    }

    /// The words joining a range's two ends: "and" after "between", "to" or a dash otherwise.
    /// Compared as Strings (no set: a `static let` set cost a `swift_once` and a hash at each ask).
    enum Joiners {
        case and, to
        @inline(__always) func contains(_ word: String) -> Bool {
            switch self {
            case .and: return word == "and"
            case .to: return word == "to" || word == "-" || word == "–"
            }
        }
    }

    /// Whether `word` holds a hyphen-minus: a byte scan of its contiguous UTF-8 (the generic
    /// `utf8.contains` cost about 200 instructions a word, asked of most words of a sentence).
    @inline(__always) static func hasHyphen(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b == 0x2D { return true }
            return false
        } ?? word.utf8.contains(0x2D)
    }

    /// "A and B" / "A to B" at token `i` (after "between" or a range verb's "from"): the range,
    /// with a scale written once after B applied to both ends ("between 3.5 and 5 million").
    private func joinedRange(_ tokens: [Token], at i: Int, joiners: Joiners) -> (quantity: Quantity, end: Int)? {
        if let r = scaledRange(tokens, at: i, joiners: joiners) { return r }
        guard let a = core(tokens, at: i), a.end + 1 < tokens.count, joiners.contains(tokens[a.end].lower), let lo = a.quantity.low
        else { return nil }
        guard let b = core(tokens, at: a.end + 1) else { return openUpperEnd(tokens, at: a.end + 1, low: lo, approximate: a.quantity.approximate) }
        guard let hi = b.quantity.high ?? b.quantity.low, lo <= hi else { return nil }
        return (Quantity(low: lo, high: hi, approximate: a.quantity.approximate || b.quantity.approximate), b.end)
    }

    /// "estimates range from 300 to over 1,000", "between 500 and more than 2,000": an upper end
    /// stated as a floor ("over", "more than", "at least": numbers/modifiers.txt) leaves the range
    /// open above; its lower end is the first number. Nil for any other upper end.
    private func openUpperEnd(_ tokens: [Token], at j: Int, low lo: Int, approximate: Bool) -> (quantity: Quantity, end: Int)? {
        guard let (mod, len) = lexicon.before.match(tokens, at: j), mod.kind == .above || mod.kind == .min,
              let b = core(tokens, at: j + len), let bLow = b.quantity.low, lo <= bLow else { return nil }
        return (Quantity(low: lo, high: nil, approximate: approximate || mod.approximate || b.quantity.approximate), b.end)
    }

    /// Whether "A to B" starting at token `i` must not be read as a range: after "from" it is an
    /// earlier and a later value ("rose from 31 to 54"), after a change verb's "by" a change and a
    /// new value ("rose by 14 to 305", "went up by 3 to 41"; change-verbs.txt).
    private func rangeBlocked(_ tokens: [Token], before i: Int) -> Bool {
        guard i > 0 else { return false }
        let previous = tokens[i - 1].lower
        if previous == "from" { return true }
        guard previous == "by", i >= 2 else { return false }
        var v = i - 2
        if (tokens[v].lower == "up" || tokens[v].lower == "down"), v > 0 { v -= 1 }
        return store.lexicon.changeSet.contains(tokens[v].lower)
    }

    /// "3.5 to 5 million", "2-3 million", "two to three thousand": a range whose scale word is
    /// written once, after the upper end, and applies to both. The lower end takes the scale only
    /// when it is a bare number not larger than the upper end's mantissa ("500 to 1 million" is no
    /// scaled range: nil, and the plain range reading applies). Complexity: O(tokens of the phrase).
    private func scaledRange(_ tokens: [Token], at i: Int, joiners: Joiners) -> (quantity: Quantity, end: Int)? {
        guard let (a, aEnd) = unscaled(tokens, at: i), aEnd + 1 < tokens.count, joiners.contains(tokens[aEnd].lower),
              let b = core(tokens, at: aEnd + 1), b.end - (aEnd + 1) >= 2, let scale = store.lexicon.scaleValues[tokens[b.end - 1].lower],
              let hi = b.quantity.low, b.quantity.high == hi else { return nil }
        var mantissa = Double(a.integer)
        var unit = 0.1
        for d in a.fraction { mantissa += Double(d) * unit; unit /= 10 }
        guard mantissa <= Double(hi) / Double(scale), let lo = DigitReader.value(a, scale: scale), lo < hi else { return nil }
        return (Quantity(low: lo, high: hi, approximate: b.quantity.approximate), b.end)
    }

    /// A bare number with no scale word at token `i` ("3.5", "2", "two"), as digits and decimals,
    /// and the index past it; nil for anything else (vague words, scaled numbers, suffixes).
    private func unscaled(_ tokens: [Token], at i: Int) -> (DigitReader.Parts, Int)? {
        guard i < tokens.count else { return nil }
        switch tokens[i].kind {
        case .number:
            guard let parts = DigitReader.parts(tokens[i].text) else { return nil }
            if i + 1 < tokens.count, store.lexicon.scaleValues[tokens[i + 1].lower] != nil { return nil }
            return (parts, i + 1)
        case .word:
            guard let (q, end) = words(tokens, at: i), let v = q.exact, store.lexicon.scaleValues[tokens[end - 1].lower] == nil else { return nil }
            return (DigitReader.Parts(integer: v, fraction: []), end)
        default:
            return nil
        }
    }

    /// "+" only counts as "or more" when glued to the number ("40+"), "plus" when it ends the phrase.
    private func isSuffix(_ tokens: [Token], _ at: Int, _ len: Int) -> Bool {
        if tokens[at].lower == "+" { return tokens[at].start == tokens[at - 1].end }
        return true
    }

    /// A "-" glued to the number with no number before it is a minus sign ("-5"): reject.
    private func isNegativeSign(_ tokens: [Token], before i: Int) -> Bool {
        guard i > 0, tokens[i - 1].text == "-" || tokens[i - 1].text == "−", tokens[i - 1].end == tokens[i].start else { return false }
        if i >= 2, tokens[i - 2].kind == .number || store.lexicon.wordValues[tokens[i - 2].lower] != nil, tokens[i - 2].end == tokens[i - 1].start { return false }
        return true
    }

    /// "30 to 40" / "30-40" after a core: widens it to a range when the second number is not smaller.
    private func rangeExtension(_ tokens: [Token], _ q: Quantity, _ end: Int, allowed: Bool) -> (Quantity, Int) {
        guard allowed, end + 1 < tokens.count, let lo = q.low, q.high == lo else { return (q, end) }
        let sep = tokens[end].lower
        guard sep == "-" || sep == "–" || sep == "to" else { return (q, end) }
        if sep == "to", end - 1 >= 0, tokens.indices.contains(end - 2), tokens[end - 2].lower == "from" { return (q, end) }
        guard let b = core(tokens, at: end + 1), let hi = b.quantity.low, b.quantity.high == hi, hi > lo else { return (q, end) }
        return (Quantity(low: lo, high: hi, approximate: q.approximate || b.quantity.approximate), b.end)
    }

    /// A bare number (no modifiers) at token `i`: its interval and the index past its last token.
    func core(_ tokens: [Token], at i: Int) -> (quantity: Quantity, end: Int)? {
        guard i < tokens.count else { return nil }
        if let (q, len) = store.lexicon.vague.match(tokens, at: i) { return (q, i + len) }
        let t = tokens[i]
        switch t.kind {
        case .number:
            guard let parts = DigitReader.parts(t.text) else { return nil }
            if i + 1 < tokens.count, let scale = store.lexicon.scaleValues[tokens[i + 1].lower], let v = DigitReader.value(parts, scale: scale) {
                return (Quantity(exactly: v), i + 2)
            }
            guard let v = DigitReader.value(parts, scale: 1) else { return nil }
            return (Quantity(exactly: v), i + 1)
        case .alphanumeric:
            // "3.5m", "10k": digits glued to a scale suffix; anything else ("25th", "5pm") is not a count.
            let scalars = Array(t.text.unicodeScalars)
            guard let cut = scalars.firstIndex(where: { $0.properties.isAlphabetic }) else { return nil }
            let digits = String(String.UnicodeScalarView(scalars[..<cut]))
            let suffix = String(String.UnicodeScalarView(scalars[cut...])).lowercased()
            guard let scale = store.lexicon.suffixScales[suffix], let parts = DigitReader.parts(digits),
                  let v = DigitReader.value(parts, scale: scale) else { return nil }
            return (Quantity(exactly: v), i + 1)
        case .word:
            return words(tokens, at: i)
        case .punctuation:
            return nil
        }
    }

    /// Number words: "two hundred and five", "sixty-three", "a dozen", "one thousand two hundred".
    /// Stops before a word that cannot continue the same number ("five three" is two numbers).
    private func words(_ tokens: [Token], at i: Int) -> (quantity: Quantity, end: Int)? {
        var total = 0, current = 0
        var k = i
        var consumed = false
        var lastSmall: Int? = nil      // the last unit/teen/tens value added since the last scale
        var lastWasScale = false
        var lastScale = Int.max          // scales must fall ("million ... thousand ... hundred")
        func add(_ a: Int, _ b: Int) -> Int? { let (r, o) = a.addingReportingOverflow(b); return o ? nil : r }
        func mul(_ a: Int, _ b: Int) -> Int? { let (r, o) = a.multipliedReportingOverflow(by: b); return o ? nil : r }
        while k < tokens.count {
            let w = tokens[k].lower
            guard tokens[k].kind == .word else { break }
            // "half a million", "half a billion": half of one scale of a thousand or more.
            if !consumed, w == "half", k + 2 < tokens.count, tokens[k + 1].lower == "a" || tokens[k + 1].lower == "an",
               let s = store.lexicon.scaleValues[tokens[k + 2].lower], s >= 1000 {
                total = s / 2; current = 0
                lastScale = s; lastWasScale = true; consumed = true; k += 3
                break
            }
            if !consumed, w == "a" || w == "an" {
                guard k + 1 < tokens.count, let s = store.lexicon.scaleValues[tokens[k + 1].lower] else { return nil }
                current = 1; k += 1; consumed = false
                guard let v = mul(current, s) else { return nil }
                if s >= 1000 { total = v; current = 0 } else { current = v }
                lastScale = s; lastWasScale = true; consumed = true; k += 1
                continue
            }
            if let value = compoundValue(w) {
                if let prev = lastSmall, prev < 20 || prev % 10 != 0 || value >= 10 { break }
                guard let c = add(current, value) else { return nil }
                current = c; lastSmall = value; lastWasScale = false; consumed = true; k += 1
                continue
            }
            if consumed, let s = store.lexicon.scaleValues[w] {
                if lastWasScale && s >= lastScale { break }
                if s == 100 || s == 12 {
                    guard let v = mul(max(current, 1), s) else { return nil }
                    current = v
                } else {
                    guard s < lastScale || current > 0, let v = mul(max(current, 1), s), let t = add(total, v) else { return nil }
                    total = t; current = 0; lastScale = s
                }
                lastSmall = nil; lastWasScale = true; k += 1
                continue
            }
            if consumed, w == "and", k + 1 < tokens.count, compoundValue(tokens[k + 1].lower) != nil, lastWasScale {
                k += 1
                continue
            }
            break
        }
        guard consumed, let v = add(total, current) else { return nil }
        return (Quantity(exactly: v), k)
    }

    /// "sixty-three" → 63, "seven" → 7; nil unless every hyphen part is a number word.
    private func compoundValue(_ word: String) -> Int? {
        if let v = store.lexicon.wordValues[word] { return v }
        // A byte scan: `String.contains("-")` resolves to Foundation's substring search, which cost
        // more than the rest of number reading together.
        guard Self.hasHyphen(word) else { return nil }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = store.lexicon.wordValues[String(parts[0])], let unit = store.lexicon.wordValues[String(parts[1])],
              tens >= 20, tens % 10 == 0, unit < 10, unit > 0 else { return nil }
        return tens + unit
    }

    /// Tokens joined as written: a space wherever the source had a gap.
    static func join(_ tokens: ArraySlice<Token>) -> String {
        var s = ""
        var previousEnd: Int? = nil
        for t in tokens {
            if let p = previousEnd, t.start > p { s += " " }
            s += t.text
            previousEnd = t.end
        }
        return s
    }
}
