import Foundation

/// The generator that every random draw of the engine comes from. A lesson
/// session installs its own, seeded from the lesson, around each block
/// (`RandomSource.$current.withValue`); outside one, draws come from a
/// generator seeded with 0.
public final class RandomSource: @unchecked Sendable {
    // One source serves one session, and a session runs one block at a time.
    private var generator: SeededGenerator

    public init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    @TaskLocal public static var current = RandomSource(seed: 0)

    /// Uniform in [low, high).
    public func uniform(_ low: Float, _ high: Float) -> Float {
        low + (high - low) * Float(generator.nextUnitInterval())
    }

    /// Standard normal, by the Box–Muller transform.
    public func normal() -> Float {
        let u = 1 - generator.nextUnitInterval(), v = generator.nextUnitInterval()
        return Float((-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v))
    }

    /// Starts the sequence of draws again from `seed`.
    public func reseed(_ seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    /// A uniform integer in 0..<bound.
    public func integer(below bound: Int) -> Int {
        Int(generator.next() % UInt64(bound))
    }
}

/// Restarts the current random source from `seed`, as `torch.manual_seed`:
/// what follows draws the same numbers whatever came before, so a training
/// run gives the same result wherever it stands in a lesson.
public func manualSeed(_ seed: Int) {
    RandomSource.current.reseed(UInt64(bitPattern: Int64(seed)))
}
