import Testing
@testable import AnnalsRender

@Suite struct ChartDateTests {
    @Test func dayNumbersRoundTripAcrossCenturies() {
        #expect(ChartDate(year: 1970).dayNumber == 0)
        #expect(ChartDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
        #expect(ChartDate(year: 1969, month: 12, day: 31).dayNumber == -1)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(ChartDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func unitsEndWhereTheNextBegins() {
        let d = ChartDate(year: 1987, month: 12, day: 9)
        #expect(d.endOfUnit(.day) == ChartDate(year: 1987, month: 12, day: 10))
        #expect(d.endOfUnit(.month) == ChartDate(year: 1988))
        #expect(d.startOfUnit(.decade) == ChartDate(year: 1980))
        #expect(d.endOfUnit(.century) == ChartDate(year: 2000))
        #expect(ChartDate(year: -45).startOfUnit(.decade) == ChartDate(year: -50))
    }
}

@Suite struct TimeScaleTests {
    private func span(_ a: ChartDate, _ b: ChartDate) -> ClosedRange<Double> { Double(a.dayNumber)...Double(b.dayNumber) }

    @Test func mappingIsMonotonicAndFillsTheRange() {
        let scale = TimeScale(intervals: [span(ChartDate(year: 2003, month: 4), ChartDate(year: 2003, month: 9))], range: 100...700)
        #expect(scale.segments.count == 1)
        let xs = stride(from: ChartDate(year: 2003, month: 4).dayNumber, through: ChartDate(year: 2003, month: 9).dayNumber, by: 5).map { scale.x(day: Double($0)) }
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(xs.first! >= 100 && xs.last! <= 700)
        #expect(scale.segments[0].range.lowerBound == 100 && abs(scale.segments[0].range.upperBound - 700) < 1e-9)
    }

    @Test func longEmptyGapBecomesABreakAndBothBurstsStayReadable() {
        let early = span(ChartDate(year: 1978, month: 2), ChartDate(year: 1983, month: 10))
        let late = span(ChartDate(year: 2011, month: 5), ChartDate(year: 2016, month: 3))
        let scale = TimeScale(intervals: [early, late], range: 0...1000, breakWidth: 16)
        #expect(scale.segments.count == 2)
        #expect(scale.breaks.count == 1)
        let widths = scale.segments.map { $0.range.upperBound - $0.range.lowerBound }
        // Uncompressed, each burst would get about 15 % of the axis; with the break each gets over 40 %.
        #expect(widths.allSatisfy { $0 > 400 })
        // A date inside the gap lands in the break, between the segments.
        let gapX = scale.x(ChartDate(year: 1997))
        #expect(scale.breaks[0].contains(gapX))
        #expect(!scale.isVisible(day: Double(ChartDate(year: 1997).dayNumber)))
        #expect(scale.x(ChartDate(year: 1980)) < scale.x(ChartDate(year: 2012)))
    }

    @Test func shortGapsDoNotBreakTheAxis() {
        let a = span(ChartDate(year: 2001, month: 1), ChartDate(year: 2001, month: 6))
        let b = span(ChartDate(year: 2001, month: 8), ChartDate(year: 2002, month: 2))
        let scale = TimeScale(intervals: [a, b], range: 0...500)
        #expect(scale.segments.count == 1)
    }

    @Test func tickUnitAdaptsToTheSpan() {
        let measure: (String) -> Double = { Double($0.count) * 4.5 }
        let decades = TimeScale(intervals: [span(ChartDate(year: 1900), ChartDate(year: 1990))], range: 0...600).ticks(measure: measure)
        #expect(decades.allSatisfy { $0.unit >= .fiveYears })
        #expect(decades.count >= 4)
        let months = TimeScale(intervals: [span(ChartDate(year: 2020, month: 1), ChartDate(year: 2020, month: 11))], range: 0...600).ticks(measure: measure)
        #expect(months.allSatisfy { $0.unit == .month || $0.unit == .quarter })
        let days = TimeScale(intervals: [span(ChartDate(year: 2020, month: 3, day: 2), ChartDate(year: 2020, month: 3, day: 16))], range: 0...600).ticks(measure: measure)
        #expect(days.allSatisfy { $0.unit <= .week })
        #expect(days.first?.label.contains("2020") == true)
    }

    @Test func narrowAxesGetCoarserTicksAndLabelsNeverOverlap() {
        let measure: (String) -> Double = { Double($0.count) * 4.5 }
        let interval = [span(ChartDate(year: 1950), ChartDate(year: 2020))]
        let wide = TimeScale(intervals: interval, range: 0...1400).ticks(measure: measure)
        let narrow = TimeScale(intervals: interval, range: 0...200).ticks(measure: measure)
        #expect(narrow.count < wide.count)
        for ticks in [wide, narrow] {
            for (a, b) in zip(ticks, ticks.dropFirst()) { #expect(a.labelRect.maxX + 6 <= b.labelRect.x + 1e-9) }
        }
    }

    @Test func everySegmentOfABrokenAxisIsLabelledWithAYear() {
        let measure: (String) -> Double = { Double($0.count) * 4.5 }
        let scale = TimeScale(intervals: [span(ChartDate(year: 1961, month: 3), ChartDate(year: 1964, month: 2)),
                                          span(ChartDate(year: 2005, month: 6, day: 3), ChartDate(year: 2005, month: 6, day: 4))],
                              range: 0...700)
        #expect(scale.segments.count == 2)
        let ticks = scale.ticks(measure: measure)
        for segment in scale.segments {
            let inside = ticks.filter { segment.range.contains($0.x) }
            #expect(!inside.isEmpty)
            let firstLabel = inside.first?.label ?? ""
            #expect(firstLabel.contains { $0.isNumber })
        }
        #expect(ticks.contains { $0.label.contains("2005") })
    }
}

@Suite struct LinearScaleTests {
    @Test func niceStepsAndZeroBasedDomain() {
        #expect(LinearScale.niceStep(span: 3100, count: 5) == 1000)
        #expect(LinearScale.niceStep(span: 47, count: 5) == 10)
        #expect(LinearScale.niceStep(span: 12, count: 5) == 2.5)
        let (scale, ticks) = LinearScale.zeroBased(maximum: 3100, range: 0...400)
        #expect(ticks.first == 0 && ticks.last! >= 3100)
        #expect(scale.x(0) == 0 && scale.x(scale.domain.upperBound) == 400)
    }

    @Test func numbersAreGroupedByThousands() {
        #expect(NumberText.format(613) == "613")
        #expect(NumberText.format(2000) == "2,000")
        #expect(NumberText.format(1_234_567) == "1,234,567")
        #expect(NumberText.format(2.5) == "2.5")
    }
}
