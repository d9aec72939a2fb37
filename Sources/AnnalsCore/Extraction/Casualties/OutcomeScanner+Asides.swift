/// Asides set off by dashes or commas inside a count's phrase: where they open and close, so the
/// outcome scans can cross them ("Nine people — most of them children — were killed").
extension OutcomeScanner {
    /// Dashes that open or close an aside ("The dead — 11 soldiers and 2 police officers — were").
    static let dashes: Set<String> = ["—", "–", "--"]

    /// Whether token `k` opens or closes an aside as a dash: an em or en dash, "--", or a hyphen
    /// standing apart from the word before it ("nine people - most of them children - died"; a
    /// hyphen inside a word is part of that word's token). Complexity: O(1).
    /// A byte check first: it runs on every token an outcome scan passes.
    static func isAsideDash(at k: Int, in tokens: [Token]) -> Bool { dashEnd(at: k, in: tokens) != nil }

    /// The index past the dash starting at token `k`: one token ("—", "–", a hyphen standing apart
    /// from the word before it) or two ("--", which the tokenizer reads as two hyphens); nil when
    /// no dash starts there. A byte check first: it runs on every token an outcome scan passes.
    static func dashEnd(at k: Int, in tokens: [Token]) -> Int? {
        let t = tokens[k]
        guard t.kind == .punctuation, let b = t.text.utf8.first, b == 0x2D || b == 0xE2 else { return nil } // "-", "—", "–"
        if dashes.contains(t.text) { return k + 1 }
        guard t.text == "-", k > 0, tokens[k - 1].text != "-" || tokens[k - 1].end < t.start else { return nil }
        if k + 1 < tokens.count, tokens[k + 1].text == "-", tokens[k + 1].start == t.end { return k + 2 }
        return tokens[k - 1].end < t.start ? k + 1 : nil
    }

    /// Whether a dash ends right before token `i` ("-- including", "— three children").
    static func dashEnds(before i: Int, in tokens: [Token]) -> Bool {
        (i >= 1 && dashEnd(at: i - 1, in: tokens) == i) || (i >= 2 && dashEnd(at: i - 2, in: tokens) == i)
    }

    /// The comma or dash opening the aside the count starting at token `first` stands in, after a
    /// noun: "the victims, three men and a woman, were found shot dead", "3,210 families, or about
    /// 16,000 people, were displaced", "the hostages — 12 engineers — were freed". Walking back at
    /// most eight tokens over words and numbers (no outcome word, no other punctuation) reaches a
    /// comma or dash that follows a word. The outcome after the aside's closing comma then belongs
    /// to the count, unless the aside lists the parts of a count before it (the caller checks).
    /// Complexity: O(8).
    func asideOpener(before first: Int, in tokens: [Token]) -> Int? {
        var j = first - 1
        while j >= 0, j >= first - 8 {
            let t = tokens[j]
            if t.text == "," { return j > 0 && tokens[j - 1].kind == .word ? j : nil }
            // A dash, "--" read from its second hyphen back to its first.
            if Self.dashEnds(before: j + 1, in: tokens) {
                let s = Self.dashEnd(at: j, in: tokens) == j + 1 ? j : j - 1
                return s > 0 && tokens[s - 1].kind == .word ? s : nil
            }
            guard t.kind == .word || t.kind == .number, lexicon.postTriggers.match(tokens, at: j) == nil,
                  lexicon.preTriggers.match(tokens, endingAt: j) == nil else { return nil }
            j -= 1
        }
        return nil
    }
}
