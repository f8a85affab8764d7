import Foundation
import PeerWorkloads
import Tensors

/// `swift run tensors-bench [--json] [--quick]`: the peer benchmark's workloads,
/// single threaded: medians with their spread (fastest … slowest block), and
/// the final losses to set beside the references.
let arguments = Set(CommandLine.arguments.dropFirst())
guard arguments.isSubset(of: ["--json", "--quick"]) else {
    FileHandle.standardError.write(Data("usage: tensors-bench [--json] [--quick]\n".utf8))
    exit(64)
}
let asJSON = arguments.contains("--json"), isQuick = arguments.contains("--quick")

func report(_ line: String) {
    if !asJSON { print(line) }
}

var gflops: [String: Double] = [:]
for n in [64, 128, 256, 512, 1024] {
    let a = Tensor.randn([n, n]), b = Tensor.randn([n, n])
    let flops = 2 * Double(n * n * n)
    let measurement = Measurement(blocks: isQuick ? 3 : 9, unitsPerBlock: max(1, Int(2e8 / flops)), warmup: 1) { _ = a.matmul(b) }
    gflops[String(n)] = flops / measurement.median / 1e9
    report(String(format: "matmul n=%-5d %8.1f GFLOP/s  (%.1f … %.1f)", n, flops / measurement.median / 1e9,
                  flops / measurement.slowest / 1e9, flops / measurement.fastest / 1e9))
}

func train(_ name: String, _ plan: Plan, unit: Double, _ unitName: String, _ step: () throws -> Float) rethrows -> (Double, Float) {
    let plan = isQuick ? plan.quick : plan
    let (measurement, loss) = try plan.measure(step)
    report(String(format: "%@ step %8.2f %@  (%.2f … %.2f), loss after %d steps %.7f", name.padding(toLength: 8, withPad: " ", startingAt: 0),
                  measurement.median * unit, unitName, measurement.fastest * unit, measurement.slowest * unit, plan.totalSteps, loss))
    return (measurement.median * unit, loss)
}

let xor = try XORWorkload(), conv = try ConvWorkload(), seq2seq = try Seq2SeqWorkload()
let (xorTime, xorLoss) = try train("XOR", .xor, unit: 1e6, "µs") { try xor.step() }
let (convTime, convLoss) = try train("conv", .training, unit: 1e3, "ms") { try conv.step() }
let (seq2seqTime, seq2seqLoss) = try train("seq2seq", .training, unit: 1e3, "ms") { try seq2seq.step() }

if asJSON {
    let object: [String: Any] = [
        "matmul_gflops": gflops,
        "xor_step_us": xorTime,
        "conv_step_ms": convTime,
        "seq2seq_step_ms": seq2seqTime,
        "final_loss": ["xor": Double(xorLoss), "conv": Double(convLoss), "seq2seq": Double(seq2seqLoss)],
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
