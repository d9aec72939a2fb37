import CAnnalsCairo

/// Turns a Cairo status into a thrown `RenderError` naming the failed operation.
enum CairoStatus {
    static func check(_ status: cairo_status_t, _ operation: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw RenderError.backend(operation: operation, status: String(cString: cairo_status_to_string(status)))
    }
}
