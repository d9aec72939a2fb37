import CAnnalsCairo

/// Draws a `Scene` with Cairo; the only place marks meet the backend.
struct ScenePainter {
    let cairo: CairoContext
    let text: TextEngine

    func paint(_ scene: Scene) {
        let cr = cairo.pointer
        if let background = scene.background {
            set(background)
            cairo_rectangle(cr, 0, 0, scene.size.width, scene.size.height)
            cairo_fill(cr)
        }
        for mark in scene.marks { paint(mark) }
    }

    private func paint(_ mark: Mark) {
        let cr = cairo.pointer
        switch mark {
        case let .rect(r, fill, stroke):
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            fillAndStroke(fill, stroke)
        case let .hatch(r, color, spacing, lineWidth):
            cairo_save(cr)
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_clip(cr)
            var x = r.x - r.height
            while x < r.maxX {
                cairo_move_to(cr, x, r.maxY)
                cairo_line_to(cr, x + r.height, r.y)
                x += spacing
            }
            apply(Stroke(color: color, width: lineWidth))
            cairo_stroke(cr)
            cairo_restore(cr)
        case let .line(a, b, stroke):
            cairo_move_to(cr, a.x, a.y)
            cairo_line_to(cr, b.x, b.y)
            apply(stroke)
            cairo_stroke(cr)
        case let .polyline(points, stroke, fill, closed):
            guard let first = points.first else { return }
            cairo_move_to(cr, first.x, first.y)
            for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
            if closed { cairo_close_path(cr) }
            fillAndStroke(fill, stroke)
        case let .circle(center, radius, fill, stroke):
            cairo_new_sub_path(cr)
            cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
            fillAndStroke(fill, stroke)
        case let .text(string, at, style):
            text.draw(string, style: style, x: at.x, y: at.y)
        case let .textLines(string, at, style, lines):
            text.drawLines(string, style: style, x: at.x, y: at.y, range: lines)
        case let .group(scene, offset):
            cairo_save(cr)
            cairo_translate(cr, offset.x, offset.y)
            paint(scene)
            cairo_restore(cr)
        }
    }

    private func fillAndStroke(_ fill: RGBA?, _ stroke: Stroke?) {
        let cr = cairo.pointer
        if let fill {
            set(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            apply(stroke)
            cairo_stroke(cr)
        } else if fill == nil {
            cairo_new_path(cr)
        }
    }

    private func apply(_ stroke: Stroke) {
        let cr = cairo.pointer
        set(stroke.color)
        cairo_set_line_width(cr, stroke.width)
        if stroke.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
    }

    private func set(_ c: RGBA) { cairo_set_source_rgba(cairo.pointer, c.r, c.g, c.b, c.a) }
}
