import CAnnalsQPDF
import Foundation

/// Rewrites a PDF through libqpdf so the file is sound.
///
/// Why: Cairo 1.16.0 (Debian 12) writes a cross-reference table that points at an object it never
/// wrote as soon as a page carries a link tag (`qpdf --check`: "object 3 0 not found"). qpdf reads
/// such a file by reconstructing the table, and writes a fresh, consistent one.
///
/// In memory: the damaged file is read once into memory and everything after that — repair,
/// write, read-back — happens on buffers, so libqpdf's many small seeks and reads of a file are
/// gone and the repaired bytes reach the disk in one write.
///
/// Verification: the written buffer is read back and run through qpdf's own check (what
/// `qpdf --check` does) with every warning an error, so a file that leaves here passes
/// `qpdf --check` without warnings. On a budgeted report (tens of pages) it costs a few percent
/// of the PDF's time.
///
/// Reproducible: the /ID is derived from the content (`qpdf_set_deterministic_ID`), so the same
/// input bytes give the same output bytes.
enum PDFRewriter {
    /// Reads `input` (repairing it) and writes a sound copy to `output`.
    static func rewrite(_ input: String, to output: String) throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
            throw RenderError.backend(operation: "read the PDF Cairo wrote", status: "\(error)")
        }
        try write(repaired(data), to: output)
    }

    /// The repaired and verified copy of the PDF `input`.
    static func repaired(_ input: Data) throws -> Data {
        var result = Data()
        try withQPDF { q in
            // Reading a damaged file warns (that is the repair); only errors stop us here.
            try read(q, input, "the PDF Cairo wrote", failOnWarnings: false)
            try check(q, qpdf_init_write_memory(q), "start writing the repaired PDF", failOnWarnings: false)
            qpdf_set_object_stream_mode(q, qpdf_o_generate)
            qpdf_set_compress_streams(q, QPDF_TRUE)
            qpdf_set_deterministic_ID(q, QPDF_TRUE)
            try checkNoError(q, "configure the PDF writer")
            try check(q, qpdf_write(q), "write the repaired PDF", failOnWarnings: false)
            guard let buffer = qpdf_get_buffer(q) else {
                throw RenderError.backend(operation: "write the repaired PDF", status: "libqpdf returned no buffer")
            }
            result = Data(bytes: buffer, count: qpdf_get_buffer_length(q))
        }
        try verify(result)
        return result
    }

    /// Reads the file at `path` and verifies it (see `verify(_:)`); throws on any warning or error.
    static func verify(_ path: String) throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw RenderError.backend(operation: "read back \(path)", status: "\(error)")
        }
        try verify(data)
    }

    /// Parses `pdf` and runs qpdf's check on it; throws on any warning or error.
    static func verify(_ pdf: Data) throws {
        try withQPDF { q in
            try read(q, pdf, "the repaired PDF", failOnWarnings: true)
            try check(q, qpdf_check_pdf(q), "check the repaired PDF", failOnWarnings: true)
        }
    }

    private static func read(_ q: qpdf_data, _ pdf: Data, _ what: String, failOnWarnings: Bool) throws {
        let code = pdf.withUnsafeBytes { raw -> QPDF_ERROR_CODE in
            // qpdf copies nothing: the buffer must outlive the read, which it does (used only inside).
            qpdf_read_memory(q, what, raw.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(raw.count), nil)
        }
        try check(q, code, "read \(what)", failOnWarnings: failOnWarnings)
    }

    /// Writes `data` to `path` in one go.
    static func write(_ data: Data, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw RenderError.fileWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func withQPDF(_ body: (qpdf_data) throws -> Void) throws {
        var handle: qpdf_data? = qpdf_init()
        defer { qpdf_cleanup(&handle) }
        guard let q = handle else {
            throw RenderError.backend(operation: "start libqpdf", status: "qpdf_init returned nothing")
        }
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        try body(q)
    }

    /// Throws when `code` has the error bit (or, when asked, the warning bit), with qpdf's messages.
    private static func check(_ q: qpdf_data, _ code: QPDF_ERROR_CODE, _ operation: String, failOnWarnings: Bool) throws {
        let failed = code & QPDF_ERROR_CODE(QPDF_ERRORS) != 0 || qpdf_has_error(q) != QPDF_FALSE
        var warnings: [String] = []
        while qpdf_more_warnings(q) != QPDF_FALSE {
            if let w = qpdf_next_warning(q), let text = qpdf_get_error_full_text(q, w) { warnings.append(String(cString: text)) }
        }
        if failed {
            var message = "failed"
            if let e = qpdf_get_error(q), let text = qpdf_get_error_full_text(q, e) { message = String(cString: text) }
            throw RenderError.backend(operation: operation, status: ([message] + warnings).joined(separator: "; "))
        }
        if failOnWarnings, !warnings.isEmpty {
            throw RenderError.backend(operation: operation, status: "qpdf warned: " + warnings.joined(separator: "; "))
        }
    }

    private static func checkNoError(_ q: qpdf_data, _ operation: String) throws {
        try check(q, qpdf_has_error(q) != QPDF_FALSE ? QPDF_ERROR_CODE(QPDF_ERRORS) : QPDF_ERROR_CODE(QPDF_SUCCESS), operation, failOnWarnings: false)
    }
}
