/// How a training workload is timed, as in the peer benchmark: warm-up
/// steps, then runs of blocks of steps; each block gives one time per step.
struct Plan {
    var runs: Int, blocks: Int, stepsPerBlock: Int, warmup: Int

    static let xor = Plan(runs: 3, blocks: 20, stepsPerBlock: 500, warmup: 200)
    static let training = Plan(runs: 3, blocks: 20, stepsPerBlock: 10, warmup: 20)

    var totalSteps: Int { warmup + runs * blocks * stepsPerBlock }

    /// One run only, for a quick look.
    var quick: Plan { Plan(runs: 1, blocks: blocks, stepsPerBlock: stepsPerBlock, warmup: warmup) }

    /// Times `step`, returning per-step times and the loss of the last step.
    func measure(_ step: () throws -> Float) rethrows -> (Measurement, loss: Float) {
        var loss: Float = 0
        var times: [Double] = []
        for run in 0..<runs {
            let measurement = try Measurement(blocks: blocks, unitsPerBlock: stepsPerBlock, warmup: run == 0 ? warmup : 0) {
                loss = try step()
            }
            times += measurement.perUnit
        }
        return (Measurement(sorted: times), loss)
    }
}
