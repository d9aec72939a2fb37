import Testing
@testable import AnnalsCore

@Suite("Document date inference")
struct DocumentDateInferenceTests {
    func extract(_ text: String, published: PartialDate? = nil) -> DocumentExtraction {
        DocumentExtractor().extract(Article(file: "x.txt", text: text, metadata: SourceMetadata(file: "x.txt", published: published)))
    }

    @Test("A stated year and 'N years ago' date an undated article, marked inferred with its reasoning")
    func yearsAgo() {
        let d = extract("Survivors gathered to remember the 1995 Srebrenica killings, which happened 25 years ago.")
        #expect(d.dct.date == PartialDate(year: 2020))
        #expect(d.dct.certainty == .inferred)
        #expect(d.dct.reasoning?.contains("1995") == true)
    }

    @Test("'The Nth anniversary' of a dated happening dates the article")
    func anniversary() {
        let d = extract("Crowds marked the 30th anniversary of the 1989 Tiananmen crackdown.")
        #expect(d.dct.date == PartialDate(year: 2019))
        #expect(d.dct.certainty == .inferred)
    }

    @Test("A year that dates the anniversary itself ('unveiled in 1921, on the fiftieth anniversary') dates nothing")
    func yearOfTheAnniversaryItself() {
        let d = extract("A memorial to the miners was unveiled in 1931, on the fortieth anniversary of the pit disaster.")
        #expect(d.dct.certainty == .unknown)
        #expect(d.dct.date == nil)
        let counted = extract("In 2004 the town marked the 60th anniversary of the 1944 deportation.")
        #expect(counted.dct.date == PartialDate(year: 2004))
    }

    @Test("Without such evidence the date stays unknown and 'last week' stays unresolved")
    func unknown() {
        let d = extract("A ceremony was held in Yerevan last week.")
        #expect(d.dct.certainty == .unknown)
        #expect(d.dct.date == nil)
        #expect(d.timexes.first { $0.text == "last week" }?.date == nil)
    }

    @Test("A date from the source list wins over anything the text suggests")
    func statedWins() {
        let d = extract("The 1995 killings happened 25 years ago.", published: PartialDate(year: 2021, month: 7, day: 11))
        #expect(d.dct.certainty == .stated)
        #expect(d.dct.date == PartialDate(year: 2021, month: 7, day: 11))
    }
}
