/// One casualty figure as one sentence states it: "613 residents were killed" is killed/all/613.
/// In a breakdown ("613 people, including 63 children ... killed") each part is its own mention,
/// with `partOf` pointing at the index of the total's mention in the same extraction result.
public struct FigureMention: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// The phrase the figure was read from, as the source writes it.
    public var text: String
    public var outcome: Outcome
    public var category: CasualtyCategory
    public var quantity: Quantity
    public var sentence: Int
    /// Index of the total this figure is a part of, within the same list of mentions.
    public var partOf: Int?
    /// The place the sentence ties to this figure ("613 victims murdered in Halabja"), set by
    /// event extraction; it tells which happening the figure belongs to.
    public var place: String?

    public init(start: Int, end: Int, text: String, outcome: Outcome, category: CasualtyCategory,
                quantity: Quantity, sentence: Int, partOf: Int? = nil, place: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.outcome = outcome
        self.category = category
        self.quantity = quantity
        self.sentence = sentence
        self.partOf = partOf
        self.place = place
    }
}
