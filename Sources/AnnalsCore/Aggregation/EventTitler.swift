/// The tool's own neutral title for a happening: a neutral noun for its kind ("Attack",
/// "Ceasefire", "Commemoration") and the place or name the sources give. Source words are used
/// only when `events/neutral-names.txt` lists them as neutral; "massacre" or "genocide" never are.
struct EventTitler {
    let lexicon: EventLexicon

    func title(_ cluster: EventCluster, related: String?) -> String {
        let noun = cluster.triggers.lazy.compactMap { lexicon.neutralNames[$0.lowercased()] }.first ?? cluster.type.label
        let place = cluster.places.first
        let name = cluster.names.first
        switch cluster.type {
        case .war:
            if let name { return "\(name) war" }
            if let place { return "Armed conflict in \(place)" }
            return noun
        case .attack, .battle:
            // A name the sources give the happening ("the Halabja attack") is more specific than a
            // country. A place says only where it happened ("the bombing in Dasht"): "in", which
            // claims no target.
            if let name { return "\(noun) on \(name)" }
            if let place { return "\(noun) in \(place)" }
            return noun
        case .agreement:
            if let related { return "\(noun) ending the \(related)" }
            if let place { return "\(noun) in \(place)" }
            return noun
        case .commemoration:
            if let place { return "\(noun) in \(place)" }
            if let organiser = cluster.participants.first { return "\(noun) by \(organiser)" }
            if let related { return "\(noun) of the \(related.lowercasedFirst)" }
            return noun
        case .displacement:
            if let place = place ?? name { return "\(noun) from \(place)" }
            return noun
        case .other:
            let known = noun != cluster.type.label
            if let place = place ?? name { return known ? "\(noun) in \(place)" : "Casualties reported in \(place)" }
            return known ? noun : "Casualties reported"
        }
    }
}

extension String {
    var lowercasedFirst: String {
        guard let f = first else { return self }
        // Keep proper names capitalised: only lower a leading common noun.
        let word = prefix { $0 != " " }
        if word.count > 1, word.dropFirst().contains(where: \.isUppercase) { return self }
        return f.lowercased() + dropFirst()
    }
}
