import Foundation
import Testing
@testable import Tensors

/// The engine's own exp, tanh and sigmoid against Double-precision references
/// rounded to Float: within 2 units in the last place of the reference.
struct TranscendentalTests {
    static let points: [Float] = stride(from: -30.0, through: 30.0, by: 0.0137).map(Float.init)
        + [0, -0, 1e-8, -1e-8, 1e-4, 0.624, 0.626, 9, -9, 88, 88.7, -87, -100, -120, 100]

    /// The largest error in units in the last place of the Float-rounded reference.
    private func worstError(_ engine: (Tensor) -> Tensor, _ reference: (Double) -> Double) -> Float {
        let values = engine(Tensor(Self.points)).scalars
        return zip(Self.points, values).map { x, y in
            let exact = Float(reference(Double(x)))
            guard exact.isFinite else { return y == exact ? 0 : .infinity }
            return abs(y - exact) / max(exact.ulp, .leastNonzeroMagnitude)
        }.max()!
    }

    @Test func expIsWithinTwoUlps() {
        #expect(worstError({ $0.exp() }, Foundation.exp) <= 2)
    }

    @Test func tanhIsWithinTwoUlps() {
        #expect(worstError({ $0.tanh() }, Foundation.tanh) <= 2)
    }

    @Test func sigmoidIsWithinTwoUlps() {
        #expect(worstError({ $0.sigmoid() }, { 1 / (1 + Foundation.exp(-$0)) }) <= 2)
    }

    @Test func specialValuesBehave() {
        #expect(Tensor([.infinity, -.infinity, 0]).exp().scalars == [.infinity, 0, 1])
        #expect(Tensor([Float.nan]).exp().scalars[0].isNaN)
        #expect(Tensor([50, -50]).tanh().scalars == [1, -1])
        #expect(Tensor([-200, 200]).sigmoid().scalars == [0, 1])
    }
}
