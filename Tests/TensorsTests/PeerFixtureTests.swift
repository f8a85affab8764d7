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

extension PeerFixtureTests {
    @Test func convolutionalNetworkMatchesTheReferenceLosses() throws {
        let workload = try ConvWorkload()
        let reference: [Int: Float] = [1: 2.347287, 2: 2.012181, 10: 1.523009, 100: 0.110543, 620: 0.008023]
        for step in 1...620 {
            let loss = try workload.step()
            if let expected = reference[step] {
                #expect(abs(loss - expected) <= 2e-3 * expected, "step \(step): \(loss) vs \(expected)")
            }
        }
    }
}

extension PeerFixtureTests {
    @Test func sequenceToSequenceMatchesTheReferenceLosses() throws {
        let workload = try Seq2SeqWorkload()
        let reference: [Int: Float] = [1: 2.52475, 2: 2.45665, 10: 2.0328, 100: 0.01774, 620: 0.00062]
        for step in 1...620 {
            let loss = try workload.step()
            if let expected = reference[step] {
                // The reference rounds to five decimals; late losses are tiny, so allow an absolute slack too.
                #expect(abs(loss - expected) <= 5e-3 * expected + 2e-5, "step \(step): \(loss) vs \(expected)")
            }
        }
    }
}
