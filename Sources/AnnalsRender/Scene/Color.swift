/// A straight (non-premultiplied) RGBA colour, components 0…1.
struct RGBA: Sendable, Equatable {
    var r: Double, g: Double, b: Double, a: Double

    init(r: Double, g: Double, b: Double, a: Double = 1) { self.r = r; self.g = g; self.b = b; self.a = a }

    init(hex: UInt32, alpha: Double = 1) {
        self.init(r: Double((hex >> 16) & 0xFF) / 255, g: Double((hex >> 8) & 0xFF) / 255, b: Double(hex & 0xFF) / 255, a: alpha)
    }

    func withAlpha(_ alpha: Double) -> RGBA { RGBA(r: r, g: g, b: b, a: alpha) }

    /// Mixed towards white by `amount` (0 = unchanged, 1 = white); stays opaque.
    func lightened(_ amount: Double) -> RGBA {
        RGBA(r: r + (1 - r) * amount, g: g + (1 - g) * amount, b: b + (1 - b) * amount, a: a)
    }

    static let black = RGBA(hex: 0x000000)
    static let white = RGBA(hex: 0xFFFFFF)
    static let text = RGBA(hex: 0x222222)
    static let mutedText = RGBA(hex: 0x555555)
    static let rule = RGBA(hex: 0x999999)
    static let grid = RGBA(hex: 0xE2E2E2)
    static let band = RGBA(hex: 0xF5F5F5)
}

/// The Okabe–Ito palette: distinguishable under the common colour-vision deficiencies.
enum Palette {
    static let categorical: [RGBA] = [
        RGBA(hex: 0x0072B2), // blue
        RGBA(hex: 0xD55E00), // vermillion
        RGBA(hex: 0x009E73), // bluish green
        RGBA(hex: 0xCC79A7), // reddish purple
        RGBA(hex: 0xE69F00), // orange
        RGBA(hex: 0x56B4E9), // sky blue
        RGBA(hex: 0x7A6A00), // dark yellow (F0E442 is too light on white for thin marks)
        RGBA(hex: 0x000000),
    ]

    static func color(_ index: Int) -> RGBA { categorical[index % categorical.count] }
}
