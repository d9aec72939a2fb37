/// Pango markup escaping: every source string passes through here before it reaches a paragraph.
enum Markup {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func bold(_ s: String) -> String { "<b>\(escape(s))</b>" }
    static func italic(_ s: String) -> String { "<i>\(escape(s))</i>" }
}
