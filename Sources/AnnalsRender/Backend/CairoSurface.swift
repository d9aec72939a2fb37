import CAnnalsCairo

/// Owns one `cairo_surface_t`; destroyed in `deinit`. Every creation is status-checked.
final class CairoSurface {
    enum Kind { case image, pdf, svg }

    let pointer: OpaquePointer
    let kind: Kind

    private init(pointer: OpaquePointer, kind: Kind, operation: String) throws {
        self.pointer = pointer
        self.kind = kind
        // Cairo returns an "error surface" instead of NULL; its status says why.
        let status = cairo_surface_status(pointer)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_surface_destroy(pointer)
            throw RenderError.backend(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }

    /// An ARGB32 raster surface of `width`×`height` pixels.
    static func image(width: Int, height: Int) throws -> CairoSurface {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw RenderError.invalidSize(width: Double(width), height: Double(height), detail: "PNG pixel sizes must be within 1…32767")
        }
        guard let p = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw RenderError.backend(operation: "create a \(width)×\(height) image surface", status: "no surface")
        }
        return try CairoSurface(pointer: p, kind: .image, operation: "create a \(width)×\(height) image surface")
    }

    /// A PDF surface writing to `path`; sizes in points.
    static func pdf(path: String, width: Double, height: Double) throws -> CairoSurface {
        guard let p = cairo_pdf_surface_create(path, width, height) else {
            throw RenderError.backend(operation: "create a PDF surface at \(path)", status: "no surface")
        }
        return try CairoSurface(pointer: p, kind: .pdf, operation: "create a PDF surface at \(path)")
    }

    /// An SVG surface writing to `path`; sizes in points.
    static func svg(path: String, width: Double, height: Double) throws -> CairoSurface {
        guard let p = cairo_svg_surface_create(path, width, height) else {
            throw RenderError.backend(operation: "create an SVG surface at \(path)", status: "no surface")
        }
        let surface = try CairoSurface(pointer: p, kind: .svg, operation: "create an SVG surface at \(path)")
        cairo_svg_surface_restrict_to_version(p, CAIRO_SVG_VERSION_1_1)
        return surface
    }

    /// Flushes and closes the surface (for PDF/SVG this completes the file), then checks its status.
    func finish() throws {
        cairo_surface_finish(pointer)
        try CairoStatus.check(cairo_surface_status(pointer), "finish the \(kind) output")
    }

    /// Encodes an image surface as PNG at `path`.
    func writePNG(to path: String) throws {
        cairo_surface_flush(pointer)
        try CairoStatus.check(cairo_surface_write_to_png(pointer, path), "write PNG \(path)")
    }

    deinit { cairo_surface_destroy(pointer) }
}
