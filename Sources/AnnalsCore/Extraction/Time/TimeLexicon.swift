/// The temporal tagger's word lists (Resources/english/time/*.txt), loaded once.
///
/// The single-word lists are `WordTable`s and `WordSet`s (byte-hashed): the rules look words up in
/// them at most tokens they try, and a `[String: V]` lookup costs several times more.
struct TimeLexicon: Sendable {
    var months = WordTable<Int>()
    /// The month names that have a longer name for the same month ("sept", "feb"): abbreviations,
    /// which keep a glued period ("Sept.").
    var abbreviatedMonths = WordSet()
    var weekdays = WordTable<Int>()
    var numbers = WordTable<Int>()
    var ordinals = WordTable<Int>()
    var vagueQuantities = WordSet()
    /// Unit word => duration letter(s): Y M W D Q DE CE TH TM TS WE FN.
    var units = WordTable<String>()
    var partsOfDay = WordTable<String>()
    var seasons = WordTable<String>()
    /// Reference phrases as token sequences (lower case) => PRESENT_REF / PAST_REF / FUTURE_REF.
    var references: [[String]: String] = [:]
    var referenceMaxLength = 1
    /// The lengths of the reference phrases starting with each word, longest first: the reference
    /// rule looks up only those lengths (the others cannot match).
    var referenceLengths = WordTable<[Int]>()
    /// The reference phrases with their words joined by a space: a cheap first test before the
    /// `references` lookup (equal word lists join to equal strings, so a phrase missing here is
    /// missing there), which spares building a word array and hashing it at most tokens.
    var referencePhrases = WordTable<Bool>()
    var sets = WordTable<String>()
    var holidays: [[String]: (month: Int, day: Int)] = [:]
    var holidayMaxLength = 1
    /// Holidays on the nth weekday of a month (floating_holidays.txt), as token sequences.
    var floatingHolidays: [[String]: FloatingHoliday] = [:]
    var floatingHolidayMaxLength = 1
    /// The first words of the phrase lists (references, holidays): the rules that look phrases up
    /// try no lengths at other tokens, sparing an array per length at every start token.
    var phraseFirstWords = WordSet()
    /// The first words of holidays.txt and of floating_holidays.txt: the holiday rules try no
    /// lengths at other words (sentence-initial "The", "In" open references, not holidays).
    var holidayFirstWords = WordSet()
    var floatingHolidayFirstWords = WordSet()
    var futureCues = WordSet()
    /// Every word that may open a time expression (start_words.txt and the first words of the
    /// other lists): the scanner skips all other words without trying its rules.
    var startWords = WordSet()
    /// Function words among them (weak_start_words.txt) that open a match only before a word of substance.
    var weakStartWords = WordSet()
    var pastCues = WordSet()
    /// Words ending in "-ed" that are not past-tense cues.
    var notPastCues = WordSet()
    /// Words before a participle that make it no past-tense cue ("be held", "been delayed").
    var participleAuxiliaries = WordSet()
    /// Modal verbs that put a clause after the time of speaking ("would", "could"): modal_cues.txt.
    var modalCues = WordSet()
    /// The lists `tenseCue` reads, in one table (`buildTenseWords()`).
    var tenseWords = WordTable<TenseWordKind>()
    /// Reporting verbs ("said", "told"): reporting_verbs.txt.
    var reportingVerbs = WordSet()
    /// Verbs of intention before "to" ("plan", "hope"): intention_verbs.txt.
    var intentionVerbs = WordSet()
    /// Prefixes that make an "-ed" word an adjective ("unspecified"), no past-tense cue.
    var adjectivePrefixes: [String] = []
    /// Words before a future cue that put the plan in the past ("had been scheduled").
    var pastPerfectMarkers = WordSet()
    /// Words after "soon" that make it relate two events ("soon after").
    var soonFollowers = WordSet()
    /// Nouns after "today's" / in "the ... of tomorrow" that make the day word generic
    /// (generic_day_nouns.txt): "today's world" names no day.
    var genericDayNouns = WordSet()
    /// Decade words => their digit within a century ("nineties" => 9).
    var decadeWords = WordTable<Int>()
    /// Every listed word => whether it starts an expression, is a weak start word, and which rules
    /// can start at it (`buildWordStarts()`): the scanner's one lookup per token.
    var wordStarts = WordTable<TimexWordStart>()

    static func load() throws -> TimeLexicon {
        var lex = TimeLexicon()
        func ints(_ file: String) throws -> [String: Int] {
            var map: [String: Int] = [:]
            for (k, v) in try ResourceFile.pairs("english/time/" + file) { if let n = Int(v) { map[k.lowercased()] = n } }
            return map
        }
        func strings(_ file: String) throws -> [String: String] {
            var map: [String: String] = [:]
            for (k, v) in try ResourceFile.pairs("english/time/" + file) { map[k.lowercased()] = v }
            return map
        }
        lex.months = WordTable(try ints("months.txt"))
        let monthNames = lex.months.keys
        lex.abbreviatedMonths = WordSet(monthNames.filter { name in
            monthNames.contains { $0.count > name.count && lex.months[$0] == lex.months[name] }
        })
        lex.weekdays = WordTable(try ints("weekdays.txt"))
        lex.numbers = WordTable(try ints("numbers.txt"))
        lex.ordinals = WordTable(try ints("ordinals.txt"))
        lex.vagueQuantities = WordSet(try strings("vague_quantities.txt").keys)
        lex.units = WordTable(try strings("units.txt"))
        lex.partsOfDay = WordTable(try strings("parts_of_day.txt"))
        lex.seasons = WordTable(try strings("seasons.txt"))
        lex.sets = WordTable(try strings("sets.txt"))
        for (k, v) in try strings("references.txt") {
            let words = Tokenizer.tokenize(k).map(\.lower)
            lex.references[words] = v
            lex.referenceMaxLength = max(lex.referenceMaxLength, words.count)
        }
        lex.referencePhrases = WordTable(pairs: lex.references.keys.map { ($0.joined(separator: " "), true) })
        var referenceLengths: [String: Set<Int>] = [:]
        for words in lex.references.keys { if let w = words.first { referenceLengths[w, default: []].insert(words.count) } }
        lex.referenceLengths = WordTable(referenceLengths.mapValues { $0.sorted(by: >) })
        for (k, v) in try strings("holidays.txt") {
            let parts = v.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { continue }
            let words = Tokenizer.tokenize(k).map(\.lower)
            lex.holidays[words] = (parts[0], parts[1])
            lex.holidayMaxLength = max(lex.holidayMaxLength, words.count)
        }
        for (k, v) in try strings("floating_holidays.txt") {
            let parts = v.split(separator: " ").compactMap { Int($0) }
            guard parts.count == 3 || parts.count == 4 else { continue }
            let words = Tokenizer.tokenize(k).map(\.lower)
            lex.floatingHolidays[words] = FloatingHoliday(month: parts[0], weekday: parts[1], nth: parts[2], fromDay: parts.count == 4 ? parts[3] : 1)
            lex.floatingHolidayMaxLength = max(lex.floatingHolidayMaxLength, words.count)
        }
        lex.futureCues = WordSet(try ResourceFile.lines("english/time/future_cues.txt").map { $0.lowercased() })
        var starts = Set(try ResourceFile.lines("english/time/start_words.txt").map { $0.lowercased() })
        lex.decadeWords = WordTable(try ints("decades.txt"))
        for list in [lex.months, lex.weekdays, lex.numbers, lex.ordinals, lex.decadeWords] { starts.formUnion(list.keys) }
        for list in [lex.units, lex.partsOfDay, lex.seasons, lex.sets] { starts.formUnion(list.keys) }
        starts.formUnion(lex.vagueQuantities.words)
        for words in lex.references.keys { if let w = words.first { starts.insert(w) } }
        for words in lex.holidays.keys { if let w = words.first { starts.insert(w) } }
        for words in lex.floatingHolidays.keys { if let w = words.first { starts.insert(w) } }
        lex.holidayFirstWords = WordSet(lex.holidays.keys.compactMap(\.first))
        lex.floatingHolidayFirstWords = WordSet(lex.floatingHolidays.keys.compactMap(\.first))
        var phraseFirstWords = Set<String>()
        for words in Array(lex.references.keys) + Array(lex.holidays.keys) + Array(lex.floatingHolidays.keys) {
            if let w = words.first { phraseFirstWords.insert(w) }
        }
        lex.phraseFirstWords = WordSet(phraseFirstWords)
        lex.weakStartWords = WordSet(try ResourceFile.lines("english/time/weak_start_words.txt").map { $0.lowercased() })
        starts.formUnion(lex.weakStartWords.words)
        lex.startWords = WordSet(starts)
        lex.pastCues = WordSet(try ResourceFile.lines("english/time/past_cues.txt").map { $0.lowercased() })
        lex.participleAuxiliaries = WordSet(try ResourceFile.lines("english/time/participle_auxiliaries.txt").map { $0.lowercased() })
        lex.modalCues = WordSet(try ResourceFile.lines("english/time/modal_cues.txt").map { $0.lowercased() })
        lex.reportingVerbs = WordSet(try ResourceFile.lines("english/time/reporting_verbs.txt").map { $0.lowercased() })
        lex.intentionVerbs = WordSet(try ResourceFile.lines("english/time/intention_verbs.txt").map { $0.lowercased() })
        lex.notPastCues = WordSet(try ResourceFile.lines("english/time/past_cue_exceptions.txt").map { $0.lowercased() })
        lex.adjectivePrefixes = try ResourceFile.lines("english/time/adjective_prefixes.txt").map { $0.lowercased() }
        lex.soonFollowers = WordSet(try ResourceFile.lines("english/time/soon_followers.txt").map { $0.lowercased() })
        lex.pastPerfectMarkers = WordSet(try ResourceFile.lines("english/time/past_perfect_markers.txt").map { $0.lowercased() })
        lex.genericDayNouns = WordSet(try ResourceFile.lines("english/time/generic_day_nouns.txt").map { $0.lowercased() })
        lex.buildWordStarts()
        lex.buildTenseWords()
        return lex
    }

    /// The value of a cardinal written in digits or words ("24", "three", "twenty-four"); nil otherwise.
    func cardinal(_ lower: String) -> Int? {
        if let n = Int(lower) { return n }
        if let n = numbers[lower] { return n }
        if let dash = lower.hyphenIndex {
            let tens = String(lower[..<dash]), unit = String(lower[lower.index(after: dash)...])
            if let t = numbers[tens], t >= 20, t % 10 == 0, let u = numbers[unit], u < 10 { return t + u }
        }
        return nil
    }

    /// The value of an ordinal: "25th", "3rd", "third", "twenty-first".
    func ordinal(_ lower: String) -> Int? {
        if let n = ordinals[lower] { return n }
        // Most words end in none of the suffixes: the last two bytes say so without the array
        // of suffixes and the Character comparisons (a Character suffix "th" ends the bytes in "th").
        guard lower.endsInOrdinalSuffixBytes else { return nil }
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
            if let n = Int(lower.dropLast(2)) { return n }
        }
        return nil
    }
}

extension String {
    /// Whether the UTF-8 bytes end in "st", "nd", "rd" or "th": necessary for an ordinal suffix.
    var endsInOrdinalSuffixBytes: Bool {
        let u = utf8
        guard u.count >= 2 else { return false }
        let last = u[u.index(u.endIndex, offsetBy: -1)], before = u[u.index(u.endIndex, offsetBy: -2)]
        switch (before, last) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
             (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")): return true
        default: return false
        }
    }

    /// Whether the UTF-8 bytes end in the ASCII bytes of `suffix`: necessary for
    /// `hasSuffix(suffix)` (an ASCII Character suffix ends the bytes), and a byte test, where
    /// `hasSuffix` compares Characters. Complexity: O(suffix).
    func endsInBytes(_ suffix: StaticString) -> Bool {
        let u = utf8, n = suffix.utf8CodeUnitCount
        guard u.count >= n else { return false }
        var k = u.index(u.endIndex, offsetBy: -n)
        for j in 0..<n {
            if u[k] != suffix.utf8Start[j] { return false }
            k = u.index(after: k)
        }
        return true
    }

    /// The index of the first "-" (U+002D), found in the UTF-8 bytes.
    ///
    /// Why: `firstIndex(of: "-")` compares Characters, breaking graphemes at every step — a couple
    /// of thousand instructions a word in the duration and month rules, which try every
    /// hyphenated word and number. A hyphen inside a word is its own Character (the tokenizer
    /// keeps one only between letters), so both find the same index. O(bytes).
    var hyphenIndex: String.Index? { utf8.firstIndex(of: UInt8(ascii: "-")) }

    /// Whether the string holds a "-", scanning its contiguous UTF-8 storage (the generic
    /// `utf8.contains` walks the view byte by byte, a cost paid for every token of every sentence).
    var hasHyphen: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "-")) } ?? utf8.contains(UInt8(ascii: "-"))
    }
}
