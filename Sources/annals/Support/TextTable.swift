/// A plain-text table with aligned columns, for terminals and logs.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Columns whose values are numbers, aligned right (never shortened).
    var numeric: Set<Int> = []
    /// Columns shortened first when the table must fit a width (titles, notes); others only after.
    var elastic: Set<Int> = []

    /// Columns narrower than this are never shortened to fit a width.
    static let minimumColumn = 8
    /// Elastic (title) columns are first shortened only down to this many characters.
    static let readableTitle = 24

    /// The table as text. With `maxWidth`, the widest text columns are shortened one character at
    /// a time (long titles end in "…") until each line fits, as far as `minimumColumn` allows.
    /// With `style`, the header is bold (only when colour is allowed).
    func render(maxWidth: Int? = nil, style: Style = Style(enabled: false)) -> String {
        var widths = header.indices.map { c in ([header[c]] + rows.map { c < $0.count ? $0[c] : "" }).map(\.count).max() ?? 0 }
        if let maxWidth {
            // Titles give way first but keep a readable start; then the widest columns give way.
            widths = Self.fit(widths, into: maxWidth, fixed: numeric.union(Set(header.indices).subtracting(elastic)), floor: Self.readableTitle)
            widths = Self.fit(widths, into: maxWidth, fixed: numeric)
        }
        func line(_ cells: [String]) -> String {
            header.indices.map { c in
                var cell = c < cells.count ? cells[c] : ""
                if cell.count > widths[c] { cell = String(cell.prefix(max(0, widths[c] - 1))) + "…" }
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return numeric.contains(c) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([style.bold(line(header)), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// Column widths whose sum with two-space gaps is at most `total`, taking from the widest
    /// shortenable column first, none below `floor`. Complexity: O(excess × columns).
    static func fit(_ widths: [Int], into total: Int, fixed: Set<Int>, floor: Int = minimumColumn) -> [Int] {
        var widths = widths
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - total
        while excess > 0 {
            let candidates = widths.indices.filter { !fixed.contains($0) && widths[$0] > floor }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    func markdown() -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        let head = "| " + header.map(esc).joined(separator: " | ") + " |"
        let sep = "|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined()
        return ([head, sep] + rows.map { "| " + $0.map(esc).joined(separator: " | ") + " |" }).joined(separator: "\n")
    }
}

extension String {
    /// Scalar by scalar from the end: rows are padded to the widest cell of their column, and a
    /// large corpus prints tens of thousands of rows.
    func trimmingTrailingSpaces() -> String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(scalars[...last])
    }

    /// RFC 4180 field: quoted when it holds a comma, quote or line break.
    var csvField: String {
        guard contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return self }
        return "\"" + replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
