extension SentenceFigures {
    /// Counts the text marks as the earlier, superseded value of a toll ("officials initially said
    /// 18 people had died, but the toll climbed", "an initial toll of 12") lose their outcome: the
    /// evaluation guidelines record only the current value. A cue (`superseded-cues.txt`) covers
    /// the counts after it in its clause: at most `reach` tokens from the cue to the number, none of
    /// them a clause break ("," ";" "." "but") or a revision verb ("rose", `revision-verbs.txt`).
    ///
    /// Complexity: O(tokens) for the cue scan (a shape test a token, a dictionary hit for a cue's shape), then O(phrases × reach).
    func dropSuperseded(_ resolved: inout [Resolution?]) {
        let reach = 6
        // The tables are read once, outside the loop.
        let cues = lexicon.supersededCues, shapes = lexicon.supersededCueShapes
        var k = 0
        while k < tokens.count {
            // A word of no cue's first byte and length is passed over before the lookup.
            guard shapes.mayStart(tokens[k].lower), let (_, length) = cues.match(tokens, at: k) else { k += 1; continue }
            let cueEnd = k + length
            // "an initial toll of 6 dead rose overnight to 13": `dropCounts` keeps the count after
            // a revision verb, the new value.
            dropCounts(&resolved, from: cueEnd, reach: reach)
            k = cueEnd
        }
    }
}
