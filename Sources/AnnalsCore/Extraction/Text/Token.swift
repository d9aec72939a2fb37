/// A word, number or punctuation mark of a sentence, with Unicode-scalar offsets into the file.
public struct Token: Hashable, Sendable {
    public enum Kind: Sendable, Hashable {
        /// Letters, with inner apostrophes and hyphens kept ("o'clock", "sixty-three").
        case word
        /// Digits, with inner `,` `.` `:` `/` kept ("1,200", "1.2", "10:30", "1992/1993").
        case number
        /// Digits directly followed by letters ("25th", "1990s", "5pm").
        case alphanumeric
        case punctuation
    }

    public var text: String
    /// `text` lower-cased, for matching against word lists.
    public var lower: String
    public var kind: Kind
    public var start: Int
    public var end: Int

    public init(text: String, kind: Kind, start: Int, end: Int) {
        self.text = text
        self.lower = Self.lowercase(text)
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// A token whose lower-cased text the caller has at hand (`Tokenizer`, from the bytes it scanned).
    init(text: String, lower: String, kind: Kind, start: Int, end: Int) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Whether the word starts with an upper-case letter.
    public var isCapitalized: Bool { text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false }

    /// `text.lowercased()`, without its cost for ASCII text: returns `text` itself when it has no
    /// upper-case letter (most words, every number) and lowers ASCII bytes directly otherwise.
    static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for b in text.utf8 {
            if b >= 0x80 { return text.lowercased() }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return text }
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var k = 0
            for b in text.utf8 {
                buffer[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                k += 1
            }
            return count
        }
    }
}
