/// The vertical metrics of one laid-out line, relative to the top of its text block.
struct LineMetrics: Sendable, Equatable {
    var top: Double
    var height: Double
    var baseline: Double
    var bottom: Double { top + height }
}

/// Measures text as the backend will draw it, so layout can happen before (and apart from) drawing.
protocol TextMeasuring: AnyObject {
    /// Logical size of `text` set in `style` (wrapped when the style has a wrap width).
    func measure(_ text: String, style: TextStyle) -> Size
    /// Per-line metrics of `text` set in `style`.
    func lines(_ text: String, style: TextStyle) -> [LineMetrics]
}

/// Escapes text for inclusion in Pango markup.
enum Markup {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
