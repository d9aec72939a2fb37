/// How a modifier word turns a stated number into an interval (see numbers/modifiers.txt).
enum ModifierKind: String, Sendable {
    case min, above, max, below, approx, exact, range

    /// The interval `modifier core` states, given the core's own interval.
    func apply(to core: Quantity, approximate flagged: Bool) -> Quantity {
        let loose = core.approximate || flagged
        switch self {
        case .min, .above:
            return Quantity(low: core.low ?? core.high, high: nil, approximate: loose)
        case .max, .below:
            return Quantity(low: nil, high: core.high ?? core.low, approximate: loose)
        case .approx:
            return Quantity(low: core.low, high: core.high, approximate: true)
        case .exact, .range:
            return Quantity(low: core.low, high: core.high, approximate: loose)
        }
    }
}

/// A modifier entry: its kind and whether it marks the result approximate.
struct Modifier: Sendable {
    var kind: ModifierKind
    var approximate: Bool
}
