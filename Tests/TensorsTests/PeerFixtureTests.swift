import Testing
import PeerWorkloads

/// The peer benchmark's workloads from the same initial weights reach the
/// numpy reference's losses (shared/peerbench/fixtures/manifest.json).
struct PeerFixtureTests {
    @Test func xorMatchesTheReferenceLossesAlongTheWay() throws {
        let workload = try XORWorkload()
        let reference: [Int: Float] = [1: 0.2710441, 2: 0.2660093, 10: 0.2511984, 100: 0.2470881, 1000: 0.0396246, 10000: 0.0005414, 30200: 0.0001571]
        for step in 1...30_200 {
            let loss = try workload.step()
            if let expected = reference[step] {
                // Float32 rounding differs from numpy's in the last bits; over thousands of steps it compounds.
                #expect(abs(loss - expected) <= 1e-3 * expected + 1e-7, "step \(step): \(loss) vs \(expected)")
            }
        }
    }
}
