/// Titles written in title case inside a sentence ("ABC's \"This Week\"", "CBS's \"60 Minutes\""):
/// their unit words are capitalized, which ordinary time expressions never are in running text.
extension TimexScanner {
    /// The rules whose matches read a unit word ("week", "minutes") as time; holidays ("Memorial
    /// Day") and named periods keep their capitals.
    static let titleSensitiveRules = TimexRuleMask([.deictic, .anchoredOnPrevious, .agoOrLater, .duration, .set])

    /// Whether a match of a title-sensitive rule over tokens `first..<end` names a title rather
    /// than a time: one of its unit words after the sentence's first token is capitalized, in a
    /// sentence that is not itself a title-case headline ("Talks Resume Next Week").
    /// Complexity: O(span) for the test, O(sentence) only when a capitalized unit word is found.
    func namesATitle(from first: Int, to end: Int) -> Bool {
        var k = max(first, 1)
        while k < end {
            if gates[k].facts.contains(.unit), tokens[k].isCapitalized { return !isTitleCaseSentence() }
            k += 1
        }
        return false
    }

    /// Whether most words of four letters or more in the sentence are capitalized (a headline).
    func isTitleCaseSentence() -> Bool {
        var words = 0, capitalized = 0
        for t in tokens where t.kind == .word && t.text.utf8.count >= 4 {
            words += 1
            if t.isCapitalized { capitalized += 1 }
        }
        return words > 0 && capitalized * 5 >= words * 3
    }
}
