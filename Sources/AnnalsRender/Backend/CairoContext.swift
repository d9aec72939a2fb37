import CAnnalsCairo

/// Owns one `cairo_t` drawing on a `CairoSurface`; destroyed in `deinit`.
final class CairoContext {
    let pointer: OpaquePointer
    /// Kept alive as long as the context draws on it.
    let surface: CairoSurface

    init(surface: CairoSurface) throws {
        guard let p = cairo_create(surface.pointer) else {
            throw RenderError.backend(operation: "create a drawing context", status: "no context")
        }
        let status = cairo_status(p)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_destroy(p)
            throw RenderError.backend(operation: "create a drawing context", status: String(cString: cairo_status_to_string(status)))
        }
        self.pointer = p
        self.surface = surface
    }

    /// Throws when any drawing operation so far put the context in an error state.
    func check(_ operation: String) throws {
        try CairoStatus.check(cairo_status(pointer), operation)
    }

    deinit { cairo_destroy(pointer) }
}
