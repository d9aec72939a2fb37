/// Type sizes and styles shared by the charts (DejaVu Sans, sizes in points).
enum ChartText {
    static let title = TextStyle(font: FontSpec(size: 13, bold: true))
    static let laneName = TextStyle(font: FontSpec(size: 8, bold: true))
    static let label = TextStyle(font: FontSpec(size: 7.5), markup: true)
    static let plainLabel = TextStyle(font: FontSpec(size: 7.5))
    static let tick = TextStyle(font: FontSpec(size: 7.5), color: .mutedText)
    static let legend = TextStyle(font: FontSpec(size: 7.5), color: .mutedText)
    static let note = TextStyle(font: FontSpec(size: 7, italic: true), color: .mutedText)
    static let badge = TextStyle(font: FontSpec(size: 5.5, bold: true), color: .white)
    static let boxTitle = TextStyle(font: FontSpec(size: 8, bold: true))
    static let boxEntry = TextStyle(font: FontSpec(size: 7.5))

    static func wrapped(_ style: TextStyle, _ width: Double) -> TextStyle {
        var s = style
        s.wrapWidth = max(1, width)
        return s
    }
}

/// The small circled source count next to a label.
struct SourceBadge {
    let text: String
    let radius: Double
    let textSize: Size

    init?(count: Int, measurer: TextMeasuring) {
        guard count > 0 else { return nil }
        text = String(count)
        textSize = measurer.measure(text, style: ChartText.badge)
        radius = max(4, textSize.width / 2 + 1.5)
    }

    var width: Double { radius * 2 }

    func marks(centre: Point, color: RGBA) -> [Mark] {
        let pill: Mark
        if textSize.width + 3 <= radius * 2 {
            pill = .circle(centre, radius: radius, fill: color, stroke: nil)
        } else {
            pill = .rect(Rect(x: centre.x - radius, y: centre.y - 4, width: radius * 2, height: 8), fill: color, stroke: nil)
        }
        return [pill, .text(text, at: Point(x: centre.x - textSize.width / 2, y: centre.y - textSize.height / 2), style: ChartText.badge)]
    }
}
