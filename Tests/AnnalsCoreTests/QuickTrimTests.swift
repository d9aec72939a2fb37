import Foundation
import Testing
@testable import AnnalsCore

/// `trimmingWhitespace` skips Foundation only when nothing can be trimmed; its result must always
/// be Foundation's.
@Suite("Sources cells: quick trimming equals Foundation's")
struct QuickTrimTests {
    @Test func sameAsFoundation() {
        let cells = ["", " ", "plain", " padded ", "\tTabbed\t", "line\n", "\r\nCRLF", "x", "Ünïcode", "ends in é",
                     "\u{00A0}nbsp\u{00A0}", "\u{2003}em space", "zero\u{200B}", "\u{3000}ideographic", "next line\u{0085}",
                     "a\u{2028}", "\u{1F600} emoji", "2031-04-05", "\u{7F}del", "\u{1C}sep"]
        for cell in cells {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                #expect(cell.trimmingWhitespace(set) == cell.trimmingCharacters(in: set), "\(cell.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func csvCellsBeyondASCIIAndLineCounts() throws {
        let text = "file,title\r\nb.txt,\"Überschwemmung in Mainz, \"\"Teil 2\"\"\"\n\n\"c.txt\",\"zwei\nZeilen — ja\"\rd.txt,  Ça va \n"
        let records = try CSVReader.read(text)
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(records.map(\.fields) == [["file", "title"], ["b.txt", "Überschwemmung in Mainz, \"Teil 2\""],
                                          ["c.txt", "zwei\nZeilen — ja"], ["d.txt", "  Ça va "]])
    }
}
