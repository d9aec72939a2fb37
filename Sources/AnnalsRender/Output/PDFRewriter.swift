import CAnnalsQPDF

/// Rewrites a PDF through libqpdf so the file is sound.
///
/// Why: Cairo 1.16.0 (Debian 12) writes a cross-reference table that points at an object it never
/// wrote as soon as a page carries a link tag (`qpdf --check`: "object 3 0 not found"). qpdf reads
/// such a file by reconstructing the table, and writes a fresh, consistent one. The written file is
/// then read back and checked by qpdf itself; any warning or error fails the rewrite, so a file
/// that leaves here passes `qpdf --check` without warnings.
///
/// Reproducible: the /ID is derived from the content (`qpdf_set_deterministic_ID`), so the same
/// input bytes give the same output bytes.
enum PDFRewriter {
    /// Reads `input` (repairing it) and writes a sound copy to `output`.
    static func rewrite(_ input: String, to output: String) throws {
        try withQPDF { q in
            // Reading a damaged file warns (that is the repair); only errors stop us here.
            try check(q, qpdf_read(q, input, nil), "read the PDF Cairo wrote", failOnWarnings: false)
            try check(q, qpdf_init_write(q, output), "start writing the repaired PDF", failOnWarnings: false)
            qpdf_set_object_stream_mode(q, qpdf_o_generate)
            qpdf_set_compress_streams(q, QPDF_TRUE)
            qpdf_set_deterministic_ID(q, QPDF_TRUE)
            try checkNoError(q, "configure the PDF writer")
            try check(q, qpdf_write(q), "write the repaired PDF", failOnWarnings: false)
        }
        try verify(output)
    }

    /// Reads `path` and runs qpdf's own check; throws on any warning or error.
    static func verify(_ path: String) throws {
        try withQPDF { q in
            try check(q, qpdf_read(q, path, nil), "read back the repaired PDF", failOnWarnings: true)
            try check(q, qpdf_check_pdf(q), "check the repaired PDF", failOnWarnings: true)
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
