import Foundation
import Testing

/// Headless Chromium, when installed (`make deps-browser`).
enum Browser {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        // A fresh profile per run, removed afterwards.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("annals-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                     "--hide-scrollbars", "--user-data-dir=" + profile.path]
        return try CLIRunner.tool(path ?? "chromium", flags + arguments)
    }

    /// Console messages Chromium logged (uncaught errors, blocked loads), one per line.
    static func consoleLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") || $0.contains("Refused to load") }
    }
}

@Suite("annals report --format html", .serialized)
struct HTMLReportEndToEndTests {
    static func makeReport() throws -> (dir: URL, html: URL, text: String) {
        let dir = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.make(in: dir)
        let out = dir.appendingPathComponent("site")
        let r = try CLIRunner.run(["report", corpus.path, "--out", out.path, "--format", "html", "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = out.appendingPathComponent("report.html")
        return (dir, html, try String(contentsOf: html, encoding: .utf8))
    }

    @Test("One self-contained page: viewport, inline SVG charts, tables, citations linking to the sources; nothing external")
    func selfContained() throws {
        let (dir, html, text) = try Self.makeReport()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(TestCorpus.listing(html.deletingLastPathComponent()) == ["report.html"], "--format html writes only the page")
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(text.components(separatedBy: "<svg").count - 1 == 3, "timeline, casualty chart and unit chart inline")
        #expect(text.contains("<figure class=\"units\">"))
        #expect(text.contains("<table>"))
        #expect(text.contains("<nav aria-label=\"Contents\">") && text.contains("<a href=\"#sources\">Sources</a>"), "contents link to the sections")
        #expect(text.contains("<h2 id=\"sources\">"))
        #expect(text.contains("id=\"source-1\"") && text.contains("id=\"source-2\""))
        #expect(text.contains("href=\"#source-1\"") && text.contains("href=\"#source-2\""))
        #expect(text.contains("<a href=\"https://example.org/flood?id=1&amp;lang=en\">"), "source URLs are links")
        for external in ["<script", "<link", "<img", "<iframe", "src=\"http", "url(http", "@import"] {
            #expect(!text.contains(external), "\(external)")
        }
        // Glyph ids of the two charts do not collide.
        let ids = text.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "duplicate ids")
        // Source text is escaped: the title with markup characters does not become markup.
        let report = try CLIRunner.run(["report", try TestCorpus.make(in: dir, name: "tricky", titles: ("<b>Bold</b> & \"quoted\"", "x")).path,
                                        "--out", dir.appendingPathComponent("tricky-out").path, "--format", "html", "-q"])
        #expect(report.status == 0)
        let tricky = try String(contentsOf: dir.appendingPathComponent("tricky-out/report.html"), encoding: .utf8)
        #expect(tricky.contains("&lt;b&gt;Bold&lt;/b&gt; &amp;"))
        #expect(!tricky.contains("<b>Bold</b>"))
        // A bracketed number in a source's own words is not turned into a citation link.
        let bracketed = try CLIRunner.run(["report", try TestCorpus.make(in: dir, name: "bracketed", titles: ("Budget note [2] on flood defences", "x")).path,
                                           "--out", dir.appendingPathComponent("bracketed-out").path, "--format", "html", "-q"])
        #expect(bracketed.status == 0)
        let page = try String(contentsOf: dir.appendingPathComponent("bracketed-out/report.html"), encoding: .utf8)
        #expect(page.contains("Budget note [2] on flood defences"))
    }

    @Test("The default report writes report.html beside the PDF")
    func besidePDF() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try TestCorpus.make(in: dir)
        let out = dir.appendingPathComponent("reports")
        let r = try CLIRunner.run(["report", corpus.path, "--out", out.path, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(TestCorpus.listing(out) == ["casualties.png", "report.html", "report.pdf", "timeline.png"])
        let pdfOnly = dir.appendingPathComponent("pdf-only")
        #expect(try CLIRunner.run(["report", corpus.path, "--out", pdfOnly.path, "--format", "pdf", "-q"]).status == 0)
        #expect(TestCorpus.listing(pdfOnly) == ["casualties.png", "report.pdf", "timeline.png"])
    }

    @Test("Headless Chromium loads the page on a phone-sized window without console errors; the screenshot shows content",
          .enabled(if: Browser.path != nil, "chromium is not installed (Debian: `make deps-browser` or `apt-get install chromium`); the browser check is skipped"))
    func inBrowser() throws {
        let (dir, html, _) = try Self.makeReport()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The DOM after load, with console messages logged to stderr.
        let dom = try Browser.run(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000", "--dump-dom", html.absoluteString])
        #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
        #expect(dom.stdout.contains("Calder Ridge"), "the page's text is in the DOM")
        #expect(dom.stdout.contains("Valley Courier") && dom.stdout.contains("Coast Daily"))
        #expect(Browser.consoleLines(dom.stderr).isEmpty, "\(Browser.consoleLines(dom.stderr))")

        // A phone-sized screenshot...
        let shot = dir.appendingPathComponent("phone.png")
        let s = try Browser.run(["--window-size=390,844", "--screenshot=" + shot.path, html.absoluteString])
        #expect(s.status == 0, "\(s.stderr.suffix(2000))")
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // ...whose pixels the browser itself counts: dark pixels (text, chart marks) must be there.
        let probe = dir.appendingPathComponent("probe.html")
        try """
        <!DOCTYPE html><html><body><img id="s" src="data:image/png;base64,\(png.base64EncodedString())"><script>
        window.addEventListener('load', function () {
          var img = document.getElementById('s'), c = document.createElement('canvas');
          c.width = img.naturalWidth; c.height = img.naturalHeight;
          var g = c.getContext('2d'); g.drawImage(img, 0, 0);
          var d = g.getImageData(0, 0, c.width, c.height).data, ink = 0;
          for (var i = 0; i < d.length; i += 4) { if (d[i] < 128 && d[i + 1] < 128 && d[i + 2] < 128) ink++; }
          document.body.setAttribute('data-size', c.width + 'x' + c.height);
          document.body.setAttribute('data-ink', String(ink));
        });
        </script></body></html>
        """.write(to: probe, atomically: true, encoding: .utf8)
        let measured = try Browser.run(["--dump-dom", probe.absoluteString])
        let size = measured.stdout.components(separatedBy: "data-size=\"").dropFirst().first?.prefix { $0 != "\"" }
        let ink = measured.stdout.components(separatedBy: "data-ink=\"").dropFirst().first.flatMap { Int($0.prefix { $0 != "\"" }) }
        #expect(size == "390x844", "\(measured.stdout.prefix(300))")
        // Dark text on 390×844 pixels: far more than a blank or broken page has.
        #expect((ink ?? 0) > 2000, "dark pixels: \(String(describing: ink))")
    }
}
