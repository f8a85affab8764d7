import Testing
import Plots

struct SparklineTests {
    @Test func risingSeriesUsesEveryLevel() {
        #expect(Sparkline([1, 2, 3, 4, 5, 6, 7, 8]).text == "▁▂▃▄▅▆▇█")
    }

    @Test func lowestAndHighestMapToTheEnds() {
        #expect(Sparkline([10, -5, 10, -5]).text == "█▁█▁")
    }

    @Test func flatSeriesSitsInTheMiddle() {
        #expect(Sparkline([3, 3, 3]).text == "▅▅▅")
    }

    @Test func nonFiniteValuesAreGaps() {
        #expect(Sparkline([0, .nan, 1, .infinity]).text == "▁ █ ")
        #expect(Sparkline([]).text == "")
    }
}
