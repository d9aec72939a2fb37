/// A small RFC 4180 reader that remembers on which line each record starts, so that every
/// complaint about `sources.csv` can name the line to fix.
///
/// Accepts: comma separators, `"quoted"` fields with `""` escapes and line breaks inside quotes,
/// LF or CRLF line ends, a missing final line end. Refuses (with the line): a quote left open at the
/// end of the file, a quote inside an unquoted field, text between a closing quote and the next comma.
///
/// (SwiftCSV reads well-formed files but does not say where a malformed one went wrong.)
/// Complexity: O(n) in the number of bytes.
public enum CSVReader {
    public struct Record: Sendable, Hashable {
        /// 1-based line on which the record starts.
        public var line: Int
        public var fields: [String]
    }

    public struct Failure: Error, Sendable, Hashable {
        public var line: Int
        public var message: String
    }

    /// Records of `text`, blank lines skipped.
    public static func read(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        // The field's UTF-8 bytes: every character the reader decides on is ASCII, and no byte of
        // a longer UTF-8 sequence is, so reading bytes is reading bytes (a String per field
        // rather than a scalar view grown one scalar at a time).
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteOpenedOn = 1
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var recordHasContent = false
        let bytes = Array(text.utf8)
        var i = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            recordHasContent = false
        }

        while i < bytes.count {
            let c = bytes[i]
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(UInt8(ascii: "\"")); i += 2; continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                    i += 1; continue
                }
                if c == UInt8(ascii: "\n") { line += 1 }
                field.append(c)
                i += 1; continue
            }
            switch c {
            case UInt8(ascii: ","):
                endField()
                recordHasContent = true
            case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
                break
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                if afterClosingQuote || !field.isEmpty {
                    throw Failure(line: line, message: "a double quote inside a field that is not wholly quoted; wrap the whole cell in quotes and double the inner quote (\"\")")
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOn = line
                recordHasContent = true
            default:
                if afterClosingQuote {
                    if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { break }
                    throw Failure(line: line, message: "text after a closing quote; put the whole cell in quotes and double any inner quote (\"\")")
                }
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw Failure(line: quoteOpenedOn, message: "a quoted cell opened here is never closed; add the closing double quote")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted || recordHasContent { endRecord() }
        return records
    }
}
