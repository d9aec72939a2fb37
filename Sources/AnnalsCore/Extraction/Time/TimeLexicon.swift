/// The temporal tagger's word lists (Resources/english/time/*.txt), loaded once into dictionaries.
struct TimeLexicon: Sendable {
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var numbers: [String: Int] = [:]
    var ordinals: [String: Int] = [:]
    var vagueQuantities: Set<String> = []
    /// Unit word => duration letter(s): Y M W D Q DE CE TH TM TS WE FN.
    var units: [String: String] = [:]
    var partsOfDay: [String: String] = [:]
    var seasons: [String: String] = [:]
    /// Reference phrases as token sequences (lower case) => PRESENT_REF / PAST_REF / FUTURE_REF.
    var references: [[String]: String] = [:]
    var referenceMaxLength = 1
    var sets: [String: String] = [:]
    var holidays: [[String]: (month: Int, day: Int)] = [:]
    var holidayMaxLength = 1
    var futureCues: Set<String> = []

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
        lex.months = try ints("months.txt")
        lex.weekdays = try ints("weekdays.txt")
        lex.numbers = try ints("numbers.txt")
        lex.ordinals = try ints("ordinals.txt")
        lex.vagueQuantities = Set(try strings("vague_quantities.txt").keys)
        lex.units = try strings("units.txt")
        lex.partsOfDay = try strings("parts_of_day.txt")
        lex.seasons = try strings("seasons.txt")
        lex.sets = try strings("sets.txt")
        for (k, v) in try strings("references.txt") {
            let words = Tokenizer.tokenize(k).map(\.lower)
            lex.references[words] = v
            lex.referenceMaxLength = max(lex.referenceMaxLength, words.count)
        }
        for (k, v) in try strings("holidays.txt") {
            let parts = v.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { continue }
            let words = Tokenizer.tokenize(k).map(\.lower)
            lex.holidays[words] = (parts[0], parts[1])
            lex.holidayMaxLength = max(lex.holidayMaxLength, words.count)
        }
        lex.futureCues = Set(try ResourceFile.lines("english/time/future_cues.txt").map { $0.lowercased() })
        return lex
    }

    /// The value of a cardinal written in digits or words ("24", "three", "twenty-four"); nil otherwise.
    func cardinal(_ lower: String) -> Int? {
        if let n = Int(lower) { return n }
        if let n = numbers[lower] { return n }
        if let dash = lower.firstIndex(of: "-") {
            let tens = String(lower[..<dash]), unit = String(lower[lower.index(after: dash)...])
            if let t = numbers[tens], t >= 20, t % 10 == 0, let u = numbers[unit], u < 10 { return t + u }
        }
        return nil
    }

    /// The value of an ordinal: "25th", "3rd", "third", "twenty-first".
    func ordinal(_ lower: String) -> Int? {
        if let n = ordinals[lower] { return n }
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
            if let n = Int(lower.dropLast(2)) { return n }
        }
        return nil
    }
}
