import CAnnalsCairo

/// All text goes through here: one reused PangoLayout on a PangoCairo context.
///
/// The context is set to 72 dpi so a "9" point font is 9 user units, and metric hinting is off so
/// measurements do not depend on the target surface or its scale (layout measured once, drawn anywhere).
final class TextEngine: TextMeasuring {
    private let cairo: CairoContext
    private let pangoContext: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [FontSpec: OpaquePointer] = [:]
    // Last state set on the layout, to skip redundant (costly) re-layouts.
    private var currentText: String?
    private var currentMarkup = false
    private var currentFont: FontSpec?
    private var currentWidth: Double?
    private var currentEllipsize = false
    private var currentAlignment: TextAlignment = .left
    /// `<a>` links of the current text (nil when it has none), and parsed markup by source string.
    private var currentLinks: LinkedMarkup?
    private var linkedMarkupCache: [String: LinkedMarkup] = [:]
    /// When set, drawn text emits its `<a>` links and anchors as PDF tags (report pages only).
    var linkEmitter: PDFLinkEmitter?

    /// A text engine drawing on `cairo` (its current transformation is taken into account once, now).
    init(cairo: CairoContext) throws {
        self.cairo = cairo
        guard let ctx = pango_cairo_create_context(cairo.pointer) else {
            throw RenderError.backend(operation: "create a Pango context", status: "no context")
        }
        pango_cairo_context_set_resolution(ctx, 72)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(ctx, options)
            cairo_font_options_destroy(options)
        }
        guard let layout = pango_layout_new(ctx) else {
            g_object_unref(UnsafeMutableRawPointer(ctx))
            throw RenderError.backend(operation: "create a Pango layout", status: "no layout")
        }
        self.pangoContext = ctx
        self.layout = layout
    }

    /// A measuring-only engine on a private 1×1 surface (for layout without a target).
    static func measuring() throws -> TextEngine {
        let surface = try CairoSurface.image(width: 1, height: 1)
        return try TextEngine(cairo: CairoContext(surface: surface))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(pangoContext))
        for (_, description) in fonts { pango_font_description_free(description) }
    }

    private func fontDescription(_ spec: FontSpec) -> OpaquePointer? {
        if let cached = fonts[spec] { return cached }
        let description = pango_font_description_from_string(spec.pangoDescription)
        fonts[spec] = description
        return description
    }

    private func set(_ text: String, style: TextStyle) {
        if style.font != currentFont {
            pango_layout_set_font_description(layout, fontDescription(style.font))
            currentFont = style.font
        }
        if style.wrapWidth != currentWidth {
            if let width = style.wrapWidth {
                pango_layout_set_width(layout, Int32(max(1, width) * Double(PANGO_SCALE)))
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            } else {
                pango_layout_set_width(layout, -1)
            }
            currentWidth = style.wrapWidth
        }
        if style.ellipsize != currentEllipsize {
            pango_layout_set_ellipsize(layout, style.ellipsize ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE)
            currentEllipsize = style.ellipsize
        }
        if style.alignment != currentAlignment {
            switch style.alignment {
            case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
            case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
            }
            currentAlignment = style.alignment
        }
        if text != currentText || style.markup != currentMarkup {
            currentLinks = nil
            var markup = text
            if style.markup, LinkedMarkup.mayContainLinks(text) {
                let parsed = linkedMarkup(text)
                markup = parsed.markup
                if !parsed.isEmpty { currentLinks = parsed }
            }
            if style.markup, Self.isValidMarkup(markup) {
                pango_layout_set_markup(layout, markup, -1)
            } else {
                // Plain text (or markup Pango rejects: shown literally rather than lost).
                pango_layout_set_attributes(layout, nil)
                pango_layout_set_text(layout, text, -1)
                currentLinks = nil
            }
            currentText = text
            currentMarkup = style.markup
        }
    }

    /// `text` with its `<a>` elements split out; parsed once per distinct string.
    func linkedMarkup(_ text: String) -> LinkedMarkup {
        if let cached = linkedMarkupCache[text] { return cached }
        let parsed = LinkedMarkup(parsing: text)
        linkedMarkupCache[text] = parsed
        return parsed
    }

    private static func isValidMarkup(_ markup: String) -> Bool {
        var error: UnsafeMutablePointer<GError>?
        let ok = pango_parse_markup(markup, -1, 0, nil, nil, nil, &error)
        if let error { g_error_free(error) }
        return ok != 0
    }

    func measure(_ text: String, style: TextStyle) -> Size {
        set(text, style: style)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return Size(width: Double(logical.width) / scale, height: Double(logical.height) / scale)
    }

    func lines(_ text: String, style: TextStyle) -> [LineMetrics] {
        set(text, style: style)
        var result: [LineMetrics] = []
        guard let iter = pango_layout_get_iter(layout) else { return result }
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
            result.append(LineMetrics(top: Double(logical.y) / scale, height: Double(logical.height) / scale, baseline: baseline))
        } while pango_layout_iter_next_line(iter) != 0
        return result
    }

    /// Draws `text` with its layout's top-left corner at (x, y).
    func draw(_ text: String, style: TextStyle, x: Double, y: Double) {
        set(text, style: style)
        let cr = cairo.pointer
        setColor(style.color)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
        if let emitter = linkEmitter, let links = currentLinks { emitLinks(links, emitter, x: x, y: y, range: nil) }
    }

    /// Emits the links of the current layout's lines `range` (all when nil), the first with its top at `y`.
    private func emitLinks(_ links: LinkedMarkup, _ emitter: PDFLinkEmitter, x: Double, y: Double, range: Range<Int>?) {
        guard let iter = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        var index = 0
        var firstTop: Double?
        repeat {
            if range?.contains(index) ?? true, let line = pango_layout_iter_get_line_readonly(iter) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let top = Double(logical.y) / scale
                if firstTop == nil { firstTop = range == nil ? 0 : top }
                emitter.emit(line: line, parsed: links, layoutX: x, lineTop: y + top - firstTop!, lineHeight: Double(logical.height) / scale,
                             isLastLine: pango_layout_iter_at_last_line(iter) != 0, on: cairo.pointer)
            }
            index += 1
        } while index < (range?.upperBound ?? Int.max) && pango_layout_iter_next_line(iter) != 0
    }

    /// Draws only lines `range` of `text`, the first of them with its top at `y`.
    func drawLines(_ text: String, style: TextStyle, x: Double, y: Double, range: Range<Int>) {
        set(text, style: style)
        let cr = cairo.pointer
        setColor(style.color)
        guard let iter = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        var index = 0
        var firstTop: Double?
        repeat {
            if range.contains(index) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let top = Double(logical.y) / scale
                if firstTop == nil { firstTop = top }
                let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
                if let line = pango_layout_iter_get_line_readonly(iter) {
                    cairo_move_to(cr, x + Double(logical.x) / scale, y + baseline - firstTop!)
                    pango_cairo_show_layout_line(cr, line)
                }
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iter) != 0
        if let emitter = linkEmitter, let links = currentLinks { emitLinks(links, emitter, x: x, y: y, range: range) }
    }

    private func setColor(_ c: RGBA) {
        cairo_set_source_rgba(cairo.pointer, c.r, c.g, c.b, c.a)
    }
}
