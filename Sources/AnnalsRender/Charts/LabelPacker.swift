/// Greedy first-fit placement of horizontal labels on a fixed number of rows.
///
/// A label wants to start at `desiredX`; it takes the first row where it fits there, or
/// slightly to the right (up to `maxShift`, the leader line shows where it belongs).
/// Rows keep their intervals sorted, so a placement costs O(rows · log k).
struct LabelPacker {
    let rowCount: Int
    let minX: Double
    let maxX: Double
    let gap: Double
    let maxShift: Double
    private var rows: [[ClosedRange<Double>]]

    init(rowCount: Int, minX: Double, maxX: Double, gap: Double = 4, maxShift: Double = 36) {
        self.rowCount = max(0, rowCount)
        self.minX = minX
        self.maxX = maxX
        self.gap = gap
        self.maxShift = maxShift
        self.rows = Array(repeating: [], count: max(0, rowCount))
    }

    /// Places a label of `width`; returns its row and left x, or nil when no row has room.
    mutating func place(desiredX: Double, width: Double) -> (row: Int, x: Double)? {
        guard width <= maxX - minX else { return nil }
        let start = min(max(desiredX, minX), maxX - width)
        for row in 0..<rowCount {
            var x = start
            while x - start <= maxShift, x + width <= maxX {
                let index = insertionIndex(row, x)
                // Previous interval must end before x; next must start after x + width.
                if index > 0, rows[row][index - 1].upperBound + gap > x {
                    x = rows[row][index - 1].upperBound + gap
                    continue
                }
                if index < rows[row].count, rows[row][index].lowerBound < x + width + gap {
                    x = rows[row][index].upperBound + gap
                    continue
                }
                rows[row].insert(x...(x + width), at: index)
                return (row, x)
            }
        }
        return nil
    }

    /// First index whose interval starts at or after x (binary search).
    private func insertionIndex(_ row: Int, _ x: Double) -> Int {
        var lo = 0, hi = rows[row].count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rows[row][mid].lowerBound < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
