/// A plain-text table with aligned columns, for terminals and logs.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Columns whose values are numbers, aligned right.
    var numeric: Set<Int> = []

    func render() -> String {
        let widths = header.indices.map { c in ([header[c]] + rows.map { c < $0.count ? $0[c] : "" }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            header.indices.map { c in
                let cell = c < cells.count ? cells[c] : ""
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return numeric.contains(c) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    func markdown() -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        let head = "| " + header.map(esc).joined(separator: " | ") + " |"
        let sep = "|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined()
        return ([head, sep] + rows.map { "| " + $0.map(esc).joined(separator: " | ") + " |" }).joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }

    /// RFC 4180 field: quoted when it holds a comma, quote or line break.
    var csvField: String {
        guard contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return self }
        return "\"" + replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
