import AnnalsCore
import Foundation

/// Everything a command says on stderr besides its result: warnings, progress, verbose notes.
/// Standard output carries only the result, so `--format` output never holds escape codes.
struct Console: Sendable {
    var quiet = false
    var verbose = false
    /// Warnings shown before the rest are summed up in one line (all of them with --verbose).
    static let warningLimit = 20

    /// How progress is shown: a redrawn bar on a terminal, plain lines with --verbose elsewhere, else nothing.
    var progressMode: ProgressMeter.Mode {
        if quiet { return .off }
        if Terminal.stderrIsTerminal && !Terminal.isCI && !Terminal.dumb { return .bar }
        return verbose ? .lines : .off
    }

    func progress(_ label: String, total: Int, unit: String) -> ProgressMeter {
        ProgressMeter(label: label, total: total, unit: unit, mode: progressMode)
    }

    func warn(_ message: String) {
        guard !quiet else { return }
        Diagnostics.write(Style.stderr.yellow("warning:") + " " + message)
    }

    func note(_ message: String) {
        guard verbose else { return }
        Diagnostics.write(Style.stderr.dim(message))
    }

    /// The loader's warnings (skipped files, rows for missing files, ...): the first few, then a count.
    func report(_ warnings: [CorpusWarning]) {
        let shown = verbose ? warnings.count : min(warnings.count, Self.warningLimit)
        for w in warnings.prefix(shown) { warn(w.description) }
        if shown < warnings.count {
            warn("… and \(warnings.count - shown) more; --verbose lists them all")
        }
    }

    /// With --verbose: per document, the passages set aside as boilerplate and why.
    func reportRemovals(_ extractions: [DocumentExtraction]) {
        guard verbose else { return }
        for d in extractions {
            note("\(d.file): \(d.sentences.count) sentences, \(d.removed.count) passage\(d.removed.count == 1 ? "" : "s") removed")
            for r in d.removed {
                let excerpt = r.text.count > 70 ? String(r.text.prefix(69)) + "…" : r.text
                note("  skipped \(r.start)–\(r.end) (\(r.reason.rawValue)): \(excerpt.replacingOccurrences(of: "\n", with: " "))")
            }
        }
    }
}
