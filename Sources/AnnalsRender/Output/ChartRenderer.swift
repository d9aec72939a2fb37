import CAnnalsCairo
import Foundation

/// Renders stand-alone charts to PNG, PDF or SVG files.
///
/// Charts are designed in points. For PDF and SVG, `width`/`height` are points. For PNG they are
/// pixels, and `dpi` says how many pixels make an inch (72 points): a 960×600 px PNG at 96 dpi
/// is laid out on a 720×450 pt canvas and scaled by 96/72. A higher `dpi` at the same pixel size
/// gives a smaller canvas in points, so type and marks come out larger; double both the pixel size
/// and `dpi` for a sharper ("retina") copy of the same design.
public struct ChartRenderer: Sendable {
    public init() {}

    public func render(_ chart: TimelineChart, to url: URL, format: OutputFormat, width: Int, height: Int, dpi: Double = 96) throws {
        try render(to: url, format: format, width: width, height: height, dpi: dpi) { measurer, size in
            TimelineLayoutEngine(measurer: measurer).layout(chart, size: size).scene
        }
    }

    public func render(_ chart: CasualtyChart, to url: URL, format: OutputFormat, width: Int, height: Int, dpi: Double = 96) throws {
        try render(to: url, format: format, width: width, height: height, dpi: dpi) { measurer, size in
            CasualtyLayoutEngine(measurer: measurer).layout(chart, size: size).scene
        }
    }

    /// One mark a person; throws `RenderError.layout` when the total exceeds `UnitChart.maximumTotal`
    /// (5,000), where the casualty bar chart is the right picture.
    public func render(_ chart: UnitChart, to url: URL, format: OutputFormat, width: Int, height: Int, dpi: Double = 96) throws {
        guard chart.total <= UnitChart.maximumTotal else {
            throw RenderError.layout("a unit chart draws one mark a person and is limited to \(UnitChart.maximumTotal) people; "
                                     + "'\(chart.title)' totals \(chart.total). Draw these figures as a casualty bar chart instead.")
        }
        try render(to: url, format: format, width: width, height: height, dpi: dpi) { measurer, size in
            UnitChartLayoutEngine(measurer: measurer).layout(chart, size: size).scene
        }
    }

    private func render(to url: URL, format: OutputFormat, width: Int, height: Int, dpi: Double,
                        scene makeScene: (TextMeasuring, Size) -> Scene) throws {
        guard width > 0, height > 0 else {
            throw RenderError.invalidSize(width: Double(width), height: Double(height), detail: "sizes must be positive")
        }
        guard dpi.isFinite, dpi >= 18, dpi <= 2400 else {
            throw RenderError.invalidSize(width: Double(width), height: Double(height), detail: "dpi \(dpi) is outside 18…2400")
        }
        try AtomicOutput.write(to: url) { path in
            let surface: CairoSurface
            let scale: Double
            switch format {
            case .png:
                surface = try .image(width: width, height: height)
                scale = dpi / 72
            case .pdf:
                surface = try .pdf(path: path, width: Double(width), height: Double(height))
                scale = 1
            case .svg:
                surface = try .svg(path: path, width: Double(width), height: Double(height))
                scale = 1
            }
            let size = Size(width: Double(width) / scale, height: Double(height) / scale)
            let cairo = try CairoContext(surface: surface)
            cairo_scale(cairo.pointer, scale, scale)
            let text = try TextEngine(cairo: cairo)
            let scene = makeScene(text, size)
            ScenePainter(cairo: cairo, text: text).paint(scene)
            try cairo.check("draw the chart")
            if format == .png {
                try surface.writePNG(to: path)
            } else {
                cairo_show_page(cairo.pointer)
                try surface.finish()
            }
        }
    }
}
