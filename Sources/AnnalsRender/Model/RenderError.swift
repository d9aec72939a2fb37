import Foundation

/// Everything that can go wrong while rendering, with a message a user can act on.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// Width/height/dpi not usable.
    case invalidSize(width: Double, height: Double, detail: String)
    /// Cairo refused to create a surface or context (e.g. unwritable path, out of memory).
    case backend(operation: String, status: String)
    /// Writing or moving the output file failed.
    case fileWrite(path: String, reason: String)
    /// The output format could not be determined.
    case unsupportedFormat(String)
    /// The report has nothing to lay out or an item can never fit.
    case layout(String)

    public var description: String {
        switch self {
        case let .invalidSize(width, height, detail):
            return "invalid chart size \(width)×\(height): \(detail). Use a positive width and height (pixels for PNG, points for PDF/SVG)."
        case let .backend(operation, status):
            return "Cairo failed to \(operation): \(status). Check that the output directory exists and is writable and that the size is reasonable."
        case let .fileWrite(path, reason):
            return "could not write \(path): \(reason). Check the directory exists, is writable and has free space."
        case let .unsupportedFormat(ext):
            return "unsupported output format '\(ext)'. Use a file ending in .png, .pdf or .svg."
        case let .layout(detail):
            return "layout failed: \(detail)"
        }
    }

    public var errorDescription: String? { description }
}
