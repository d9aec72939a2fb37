/// A plain-text table with aligned columns, for terminals and logs.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Columns whose values are numbers, aligned right (never shortened).
    var numeric: Set<Int> = []
    /// Columns shortened first when the table must fit a width (titles, notes); others only after.
    var elastic: Set<Int> = []
    /// Columns whose cells are never shortened (citation markers: every source stays named) and
    /// which are padded to at most `overflowPadding`: a longer cell is printed whole and pushes the
    /// rest of its row right. Padding every row to the widest cell made the table grow with the
    /// square of the corpus (an event merged from thousands of articles cites thousands of them).
    var overflowing: Set<Int> = []

    /// The widest an overflowing column is padded.
    static let overflowPadding = 24

    /// Columns narrower than this are never shortened to fit a width.
    static let minimumColumn = 8
    /// Elastic (title) columns are first shortened only down to this many characters.
    static let readableTitle = 24

    /// The table as text. With `maxWidth`, the widest text columns are shortened one character at
    /// a time (long titles end in "…") until each line fits, as far as `minimumColumn` allows.
    /// With `style`, the header is bold (only when colour is allowed).
    /// Complexity: O(size of the table): each cell is measured once and every line is appended to
    /// one string (a large corpus prints tens of thousands of rows).
    func render(maxWidth: Int? = nil, style: Style = Style(enabled: false)) -> String {
        let columns = header.count
        let headerCounts = header.map(Self.characterCount)
        let rowCounts = rows.map { row in (0..<columns).map { c in c < row.count ? Self.characterCount(row[c]) : 0 } }
        var widths = headerCounts
        for counts in rowCounts { for c in 0..<columns where counts[c] > widths[c] { widths[c] = counts[c] } }
        for c in overflowing where c < columns { widths[c] = min(widths[c], max(headerCounts[c], Self.overflowPadding)) }
        if let maxWidth {
            // Titles give way first but keep a readable start; then the widest columns give way.
            let unshortened = numeric.union(overflowing)
            widths = Self.fit(widths, into: maxWidth, fixed: unshortened.union(Set(header.indices).subtracting(elastic)), floor: Self.readableTitle)
            widths = Self.fit(widths, into: maxWidth, fixed: unshortened)
        }
        let overflowColumn = (0..<columns).map { overflowing.contains($0) }
        let numericColumn = (0..<columns).map { numeric.contains($0) }
        // Bytes, not a String: trimming a line's trailing spaces is then O(1) each.
        func append(_ cells: [String], _ counts: [Int], to out: inout [UInt8]) {
            let lineStart = out.count
            for c in 0..<columns {
                if c > 0 { out += [0x20, 0x20] }
                var cell = c < cells.count ? cells[c] : ""
                var count = counts[c]
                if count > widths[c] && !overflowColumn[c] {
                    cell = String(cell.prefix(max(0, widths[c] - 1))) + "…"
                    count = cell.count
                }
                let pad = max(0, widths[c] - count)
                if numericColumn[c] {
                    out += repeatElement(0x20, count: pad)
                    out += cell.utf8
                } else {
                    out += cell.utf8
                    out += repeatElement(0x20, count: pad)
                }
            }
            // Trailing spaces go (whole scalars: a space is one byte), as far as the line's start.
            while out.count > lineStart, out.last == 0x20 { out.removeLast() }
        }
        var headerLine: [UInt8] = []
        append(header, headerCounts, to: &headerLine)
        var out = Array(style.bold(String(decoding: headerLine, as: UTF8.self)).utf8)
        out.append(0x0A)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ").utf8
        for (row, counts) in zip(rows, rowCounts) {
            out.append(0x0A)
            append(row, counts, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text.count` (characters), without grapheme breaking for ASCII text: there every scalar is
    /// a character except a CR LF pair, which is one.
    static func characterCount(_ text: String) -> Int {
        var bytes = 0, pairs = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b >= 0x80 { return text.count }
            if b == 0x0A && previous == 0x0D { pairs += 1 }
            previous = b
            bytes += 1
        }
        return bytes - pairs
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
