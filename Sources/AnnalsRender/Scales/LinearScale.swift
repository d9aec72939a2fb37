/// Maps values linearly onto a pixel range, with "nice" tick values (1, 2, 2.5, 5 × 10^k).
public struct LinearScale: Sendable, Equatable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>) {
        self.domain = domain
        self.range = range
    }

    public func x(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return range.lowerBound }
        return range.lowerBound + (value - domain.lowerBound) / span * (range.upperBound - range.lowerBound)
    }

    /// A step of the form 1, 2, 2.5 or 5 × 10^k giving about `count` intervals over `span`.
    public static func niceStep(span: Double, count: Int) -> Double {
        guard span > 0, count > 0 else { return 1 }
        let raw = span / Double(count)
        let magnitude = pow10(floorLog10(raw))
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= raw { return factor * magnitude }
        return 10 * magnitude
    }

    /// A domain 0…nice maximum covering `maximum`, and its ticks.
    public static func zeroBased(maximum: Double, range: ClosedRange<Double>, tickCount: Int = 5) -> (scale: LinearScale, ticks: [Double]) {
        let top = max(maximum, 1)
        let step = niceStep(span: top, count: tickCount)
        let niceTop = (top / step).rounded(.up) * step
        var ticks: [Double] = []
        var v = 0.0
        while v <= niceTop + step * 1e-9 { ticks.append(v); v += step }
        return (LinearScale(domain: 0...niceTop, range: range), ticks)
    }

    private static func floorLog10(_ v: Double) -> Int {
        var e = 0
        var x = v
        while x >= 10 { x /= 10; e += 1 }
        while x < 1 { x *= 10; e -= 1 }
        return e
    }

    private static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }
}

/// Formats counts for humans: "613", "2,000", "1.5".
enum NumberText {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        if value.rounded() == value, abs(value) < 1e15 {
            let n = Int(value)
            let digits = String(abs(n))
            var out = ""
            for (i, ch) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(ch)
            }
            return n < 0 ? "-" + out : out
        }
        let tenth = (value * 10).rounded() / 10
        return tenth.rounded() == tenth ? format(tenth) : String(tenth)
    }
}
