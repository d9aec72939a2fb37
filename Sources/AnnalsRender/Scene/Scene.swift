/// How a line is stroked.
struct Stroke: Sendable {
    var color: RGBA
    var width: Double
    /// Dash pattern in points; empty = solid.
    var dash: [Double] = []
}

/// A font choice: always DejaVu Sans (pinned for reproducible output), in points.
struct FontSpec: Hashable, Sendable {
    static let family = "DejaVu Sans"
    var size: Double
    var bold = false
    var italic = false

    /// The Pango font description string, e.g. "DejaVu Sans Bold 9".
    var pangoDescription: String {
        var s = Self.family
        if bold { s += " Bold" }
        if italic { s += " Italic" }
        return s + " \(size)"
    }
}

enum TextAlignment: Sendable { case left, center, right }

/// How a piece of text is set: font, colour, Pango markup or plain, optional wrap width.
struct TextStyle: Sendable {
    var font: FontSpec
    var color: RGBA = .text
    /// When true the string is Pango markup (the caller escaped any plain text in it).
    var markup = false
    /// Wrap width in points (word, then character); nil = one line per paragraph.
    var wrapWidth: Double? = nil
    /// With a wrap width: cut to one line with "…" instead of wrapping.
    var ellipsize = false
    var alignment: TextAlignment = .left
}

/// One drawing primitive. Coordinates in points; text positioned by its layout's top-left corner.
enum Mark: Sendable {
    case rect(Rect, fill: RGBA?, stroke: Stroke?)
    /// Diagonal hatching clipped to the rectangle.
    case hatch(Rect, color: RGBA, spacing: Double, lineWidth: Double)
    case line(Point, Point, Stroke)
    case polyline([Point], stroke: Stroke?, fill: RGBA?, closed: Bool)
    case circle(Point, radius: Double, fill: RGBA?, stroke: Stroke?)
    case text(String, at: Point, style: TextStyle)
    /// Only lines `lines` of a wrapped text, the first of them drawn with its top at `at.y`.
    case textLines(String, at: Point, style: TextStyle, lines: Range<Int>)
    /// A nested scene drawn translated by `offset` (figures in a report page).
    case group(Scene, offset: Point)
}

/// What a chart or page looks like, independent of Cairo: a size and marks in paint order.
struct Scene: Sendable {
    var size: Size
    var marks: [Mark] = []
    /// Fill the whole scene white before drawing (stand-alone charts; not figures on a page).
    var background: RGBA? = nil

    init(size: Size, background: RGBA? = nil) {
        self.size = size
        self.background = background
    }

    mutating func add(_ mark: Mark) { marks.append(mark) }
}
