import Foundation
import PeerWorkloads
import Tensors

/// `swift run tensors-bench [--json] [--quick]`: the peer benchmark's workloads,
/// single threaded, as medians with their spread (fastest … slowest block).
let arguments = Set(CommandLine.arguments.dropFirst())
let asJSON = arguments.contains("--json")
let isQuick = arguments.contains("--quick")
let unknown = arguments.subtracting(["--json", "--quick"])
guard unknown.isEmpty else {
    FileHandle.standardError.write(Data("usage: tensors-bench [--json] [--quick]\n".utf8))
    exit(64)
}

func report(_ line: String) {
    if !asJSON { print(line) }
}

var gflops: [String: Double] = [:]
for n in [64, 128, 256, 512, 1024] {
    let a = Tensor.randn([n, n]), b = Tensor.randn([n, n])
    let flops = 2 * Double(n * n * n)
    let units = max(1, Int(2e8 / flops))
    let measurement = Measurement(blocks: isQuick ? 3 : 9, unitsPerBlock: units, warmup: 1) { _ = a.matmul(b) }
    gflops[String(n)] = flops / measurement.median / 1e9
    report(String(format: "matmul n=%-5d %7.1f GFLOP/s  (%.1f … %.1f)", n, flops / measurement.median / 1e9,
                  flops / measurement.slowest / 1e9, flops / measurement.fastest / 1e9))
}

// The peer plan: 200 warm-up steps, then 3 runs of 20 blocks of 500 steps: 30,200 steps in all.
let xor = try XORWorkload()
let runs = isQuick ? 1 : 3
var xorBlocks: [Double] = []
var xorLoss: Float = 0
for run in 0..<runs {
    let measurement = try Measurement(blocks: 20, unitsPerBlock: 500, warmup: run == 0 ? 200 : 0) { xorLoss = try xor.step() }
    xorBlocks += measurement.perUnit
}
let xorSteps = Measurement(sorted: xorBlocks)
report(String(format: "XOR step      %7.2f µs      (%.2f … %.2f), loss after %d steps %.7f", xorSteps.median * 1e6,
              xorSteps.fastest * 1e6, xorSteps.slowest * 1e6, 200 + runs * 10_000, xorLoss))

if asJSON {
    let object: [String: Any] = [
        "matmul_gflops": gflops,
        "xor_step_us": xorSteps.median * 1e6,
        "final_loss": ["xor": Double(xorLoss)],
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
