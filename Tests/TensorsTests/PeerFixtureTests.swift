import Testing
import PeerWorkloads

/// The peer benchmark's workloads from the same initial weights reach the
/// numpy reference's losses (shared/peerbench/fixtures/manifest.json). Float32
/// rounding differs from numpy's in the last bits and compounds over steps,
/// hence relative tolerances, plus an absolute one where the reference itself
/// is rounded to five decimals.
struct PeerFixtureTests {
    private func expectReferenceLosses(
        _ reference: [Int: Float], relative: Float, absolute: Float = 1e-7, _ step: () throws -> Float
    ) throws {
        for index in 1...reference.keys.max()! {
            let loss = try step()
            if let expected = reference[index] {
                #expect(abs(loss - expected) <= relative * expected + absolute, "step \(index): \(loss) vs \(expected)")
            }
        }
    }

    @Test func xorMatchesTheReferenceLossesAlongTheWay() throws {
        let workload = try XORWorkload()
        try expectReferenceLosses(
            [1: 0.2710441, 2: 0.2660093, 10: 0.2511984, 100: 0.2470881, 1000: 0.0396246, 10000: 0.0005414, 30200: 0.0001571],
            relative: 1e-3
        ) { try workload.step() }
    }

    @Test func convolutionalNetworkMatchesTheReferenceLosses() throws {
        let workload = try ConvWorkload()
        try expectReferenceLosses([1: 2.347287, 2: 2.012181, 10: 1.523009, 100: 0.110543, 620: 0.008023], relative: 2e-3) {
            try workload.step()
        }
    }

    @Test func sequenceToSequenceMatchesTheReferenceLosses() throws {
        let workload = try Seq2SeqWorkload()
        try expectReferenceLosses([1: 2.52475, 2: 2.45665, 10: 2.0328, 100: 0.01774, 620: 0.00062], relative: 5e-3, absolute: 2e-5) {
            try workload.step()
        }
    }
}
