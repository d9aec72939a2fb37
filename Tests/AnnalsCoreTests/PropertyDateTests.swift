import Foundation
import Testing
import PropertyBased
@testable import AnnalsCore

/// A valid partial date from choices: year 0...9999 or unknown, a month, a real day of it, at one
/// of the precisions a TimeML value can carry.
func partialDate(_ c: [Int]) -> PartialDate {
    let year = c[0] % 10_000
    let month = 1 + c[1] % 12
    let day = 1 + c[2] % PartialDate.daysIn(month: month, year: year)
    switch c[3] % 6 {
    case 0: return PartialDate(year: year)
    case 1: return PartialDate(year: year, month: month)
    case 2: return PartialDate(year: nil, month: month, day: day)
    case 3: return PartialDate(year: year - year % 10, precision: .decade)
    case 4: return PartialDate(year: year - year % 100, precision: .century)
    default: return PartialDate(year: year, month: month, day: day)
    }
}

let partialDates = Gen.int(in: 0...Int.max).array(of: 4).map(partialDate)

/// A date span: a start, and an end no earlier than it, or none.
let dateSpans = zip(partialDates, Gen.int(in: 0...Int.max).array(of: 4), Gen.int(in: 0...3)).map { start, c, shape -> DateSpan in
    guard shape == 0, let first = start.dayBounds?.first else { return DateSpan(start: start) }
    // An end after the start: same year or a few later, at day or month precision.
    let year = first.0 + c[0] % 3
    let month = year == first.0 ? first.1 + c[1] % (13 - first.1) : 1 + c[1] % 12
    let end = c[3] % 2 == 0 ? PartialDate(year: year, month: month)
        : PartialDate(year: year, month: month, day: max(month == first.1 && year == first.0 ? first.2 : 1, 1 + c[2] % PartialDate.daysIn(month: month, year: year)))
    return DateSpan(start: start, end: end)
}

@Suite("Property: date normalization")
struct PropertyDateTests {
    @Test func timeMLValueRoundTrips() async {
        await propertyCheck(count: 1000, input: partialDates) { d in
            #expect(PartialDate(timeMLValue: d.description) == d, "\(d)")
            // Normalizing twice changes nothing.
            let once = PartialDate(timeMLValue: d.description)
            #expect(once.flatMap { PartialDate(timeMLValue: $0.description) } == once)
        }
    }

    @Test func publishedDatesRoundTripAndImpossibleDaysAreRefused() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...9999), Gen.int(in: 1...12), Gen.int(in: 1...31)) { y, m, d in
            let text = PartialDate(year: y, month: m, day: 1).description.dropLast(2) + String(format: "%02d", d)
            if PartialDate.isValid(year: y, month: m, day: d) {
                #expect((try? PublishedDateParser.parse(String(text))) == PartialDate(year: y, month: m, day: d))
            } else {
                #expect(throws: PublishedDateParser.Failure.notOnCalendar(String(text))) { try PublishedDateParser.parse(String(text)) }
            }
            #expect((try? PublishedDateParser.parse(PartialDate(year: y, month: m).description)) == PartialDate(year: y, month: m))
        }
    }

    @Test func anyTimeMLValueStringNeverTraps() async {
        let pieces = ["19", "1992", "XXXX", "-", "02", "13", "30", "W08", "SP", "T", "10:30", "0000", "99999", "-1", "", "00", "FA"]
        await propertyCheck(count: 1000, input: Gen.int(in: 0...Int.max).array(of: 0...7)) { picks in
            let value = picks.map { pieces[$0 % pieces.count] }.joined()
            guard let d = PartialDate(timeMLValue: value) else { return }
            if let month = d.month { #expect((1...12).contains(month), "\(value)") }
            if let day = d.day { #expect((1...31).contains(day), "\(value)") }
        }
    }

    @Test func compatibilityIsReflexiveAndSymmetric() async {
        await propertyCheck(count: 2000, input: dateSpans, dateSpans) { a, b in
            #expect(a.isCompatible(with: a), "\(a)")
            #expect(a.isCompatible(with: b) == b.isCompatible(with: a), "\(a) vs \(b)")
        }
    }
}
