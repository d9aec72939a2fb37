/// A chart's footnote (its sources line), set at the foot of the canvas; every chart places it the
/// same way so that the charts of one report read alike.
enum ChartFootnote {
    /// Adds `footnote` above `bottom`, wrapped to the width between the margins.
    /// - Returns: the new bottom of the drawing area (above the footnote and `gap`) and the index
    ///   of the footnote's mark, or the unchanged bottom and nil when there is no footnote.
    static func place(_ footnote: String?, in scene: inout Scene, measurer: TextMeasuring,
                      margin m: Double, width W: Double, bottom: Double, gap: Double) -> (bottom: Double, markIndex: Int?) {
        guard let footnote, !footnote.isEmpty else { return (bottom, nil) }
        let style = ChartText.wrapped(ChartText.note, W - 2 * m)
        let top = bottom - measurer.measure(footnote, style: style).height
        let index = scene.marks.count
        scene.add(.text(footnote, at: Point(x: m, y: top), style: style))
        return (top - gap, index)
    }
}
