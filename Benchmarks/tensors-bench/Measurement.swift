/// Timings of repeated blocks of work: the median and the spread.
struct Measurement {
    /// Seconds per unit of work, one entry per timed block.
    var perUnit: [Double]

    /// Times `blocks` blocks of `unitsPerBlock` calls after `warmup` calls.
    init(blocks: Int, unitsPerBlock: Int, warmup: Int, _ work: () throws -> Void) rethrows {
        for _ in 0..<warmup { try work() }
        let clock = ContinuousClock()
        var perUnit: [Double] = []
        for _ in 0..<blocks {
            let start = clock.now
            for _ in 0..<unitsPerBlock { try work() }
            let elapsed = clock.now - start
            perUnit.append((Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18) / Double(unitsPerBlock))
        }
        self.perUnit = perUnit.sorted()
    }

    init(sorted perUnit: [Double]) {
        self.perUnit = perUnit.sorted()
    }

    var median: Double { perUnit[perUnit.count / 2] }
    var fastest: Double { perUnit.first! }
    var slowest: Double { perUnit.last! }
}

