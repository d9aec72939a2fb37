import ArgumentParser
import Foundation

/// "Did you mean …?" for a misspelt subcommand. swift-argument-parser suggests close option names
/// itself, but reads an unknown first word as a stray argument; this checks that word first.
enum Suggestion {
    /// The visible subcommand names of the root command, plus `help`.
    static var subcommandNames: [String] {
        Annals.configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The closest name within two edits (or sharing a 4-letter prefix), nil when `word` is a name or nothing is close.
    static func closest(to word: String, in names: [String]) -> String? {
        let w = word.lowercased()
        guard !names.contains(word) else { return nil }
        let scored = names.map { ($0, distance(w, $0)) }.filter { $0.1 <= max(1, min(2, $0.0.count / 3)) || (w.count >= 4 && $0.0.hasPrefix(w)) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance, with an adjacent swap counted as one edit. O(|a|·|b|).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    /// Exits with the usage status (64) when the first argument is a misspelt subcommand.
    static func checkSubcommand(_ arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first),
              let match = closest(to: first, in: subcommandNames) else { return }
        FileHandle.standardError.write(Data("Error: Unknown subcommand '\(first)'. Did you mean '\(match)'?\nUsage: annals <subcommand>\n  See 'annals --help' for the list of subcommands.\n".utf8))
        exit(ExitCode.validationFailure.rawValue)
    }
}
