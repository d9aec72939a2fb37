/// The casualty lexicon, the readers built on it and the number parser, made once and shared by reference.
///
/// Why a class: `CasualtyLexicon` is a struct of some forty tables, so every copy of it (into
/// each sentence's `SentenceFigures`, its `OutcomeScanner` and `HeadReader`, and into every
/// closure that captured a `SentenceFigures`) retained and later released each table. Held here
/// once, a sentence's state carries one reference instead. Immutable, hence `Sendable`.
final class CasualtyRules: Sendable {
    let lexicon: CasualtyLexicon
    let scanner: OutcomeScanner
    let reader: HeadReader
    let parser: NumberParser

    init(lexicon: CasualtyLexicon, parser: NumberParser) {
        self.lexicon = lexicon
        self.parser = parser
        scanner = OutcomeScanner(lexicon: lexicon)
        reader = HeadReader(lexicon: lexicon)
    }
}
