import CAnnalsCairo

/// The decoded pixels of a PNG file (premultiplied ARGB32, one `UInt32` a pixel, row by row),
/// for comparing rendered images with golden copies pixel by pixel.
struct PNGPixels: Sendable, Equatable {
    var width: Int
    var height: Int
    var argb: [UInt32]

    init(path: String) throws {
        guard let surface = cairo_image_surface_create_from_png(path) else {
            throw RenderError.backend(operation: "read PNG \(path)", status: "no surface")
        }
        defer { cairo_surface_destroy(surface) }
        try CairoStatus.check(cairo_surface_status(surface), "read PNG \(path)")
        // Normalise to ARGB32 so RGB24 and ARGB32 files compare alike.
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        guard let converted = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw RenderError.backend(operation: "convert PNG \(path)", status: "no surface")
        }
        defer { cairo_surface_destroy(converted) }
        let cr = cairo_create(converted)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_flush(converted)
        let stride = Int(cairo_image_surface_get_stride(converted))
        guard let data = cairo_image_surface_get_data(converted) else {
            throw RenderError.backend(operation: "read PNG \(path)", status: "no pixel data")
        }
        var pixels = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<width { pixels[y * width + x] = row.load(fromByteOffset: x * 4, as: UInt32.self) }
        }
        self.width = width
        self.height = height
        self.argb = pixels
    }

    /// The share of pixels (0…1) whose largest channel difference from `other` exceeds
    /// `channelTolerance` (0…255); 1 when the sizes differ.
    func differingShare(from other: PNGPixels, channelTolerance: Int) -> Double {
        guard width == other.width, height == other.height, !argb.isEmpty else { return 1 }
        var differing = 0
        for (a, b) in zip(argb, other.argb) where a != b {
            var worst = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                worst = max(worst, abs(Int((a >> UInt32(shift)) & 0xFF) - Int((b >> UInt32(shift)) & 0xFF)))
            }
            if worst > channelTolerance { differing += 1 }
        }
        return Double(differing) / Double(argb.count)
    }
}
