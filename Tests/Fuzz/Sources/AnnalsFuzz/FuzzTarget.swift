import AnnalsCore
import Foundation

/// libFuzzer's entry point: every input is run through each parser of text the corpus can hold.
///
/// The bytes go through the corpus decoder (as the loader would read a file) and, decoded lossily as
/// UTF-8, through the whole extraction stage, the number parser, the corrections file parser and the
/// CSV reader. Any trap (overflow, index out of range, a broken `Quantity` invariant) or an address
/// sanitizer report is a crash libFuzzer keeps as `crash-*`; errors thrown by the parsers are the
/// expected answer to bad input and are ignored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let data = Data(bytes)
    _ = ArticleTextDecoder.decode(data)
    let text = String(decoding: bytes, as: UTF8.self)

    let published = PartialDate(year: 2011, month: 6, day: 14)
    let article = Article(file: "fuzz.txt", text: text,
                          metadata: SourceMetadata(file: "fuzz.txt", title: nil, publisher: nil, url: nil,
                                                   published: count % 2 == 0 ? published : nil, note: nil))
    let extraction = DocumentExtractor().extract(article)
    checkOffsets(extraction, scalarCount: text.unicodeScalars.count)

    _ = NumberParser.shared.parse(text)
    _ = try? CorrectionsFile.parse(text)
    _ = try? CSVReader.read(text)
    _ = try? SourcesTable(text: text)
    _ = try? PublishedDateParser.parse(text)
    _ = PartialDate(timeMLValue: text)
    return 0
}

/// Offsets that point outside the text would make the report cite words that are not there:
/// treated as a crash so that libFuzzer keeps the input.
private func checkOffsets(_ extraction: DocumentExtraction, scalarCount: Int) {
    for s in extraction.sentences {
        precondition(0 <= s.start && s.start <= s.end && s.end <= scalarCount, "sentence offsets outside the text")
    }
    for r in extraction.removed {
        precondition(0 <= r.start && r.start <= r.end && r.end <= scalarCount, "removed text offsets outside the text")
    }
}

/// libFuzzer's driver, which parses the command line and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point. A debug build of an executable target on Linux links with
/// `--defsym main=AnnalsFuzz_main` (SwiftPM's testable executables), which hides libFuzzer's own
/// `main`; this one hands the command line to libFuzzer's driver instead. In a release build
/// libFuzzer's `main` is used and this function is simply never called.
@_cdecl("AnnalsFuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) }
}
