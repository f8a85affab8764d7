import Foundation
import Testing
@testable import Tensors

/// Every primitive's gradient against central finite differences.
/// Tolerance: 2e-2 relative, what Float32 differences with step 1e-2 allow.
struct GradientTests {
    static let tolerance: Float = 2e-2

    @Test(arguments: ["add", "subtract", "multiply", "divide"])
    func broadcastingBinaryOperations(name: String) {
        let op: (Tensor, Tensor) -> Tensor = switch name {
        case "add": (+)
        case "subtract": (-)
        case "multiply": (*)
        default: (/)
        }
        // A full operand against a row that broadcasts, against a column, and against a scalar.
        for other in [[4], [3, 1], []] {
            let a = sample([3, 4]), b = sample(other, offset: 2.5)
            #expect(gradientCheck([a, b]) { op($0[0], $0[1]).squared().sum() } < Self.tolerance, "\(name) with \(other)")
        }
    }

    @Test(arguments: ["negate", "exp", "log", "sqrt", "tanh", "sigmoid", "relu", "leakyReLU", "cube", "scale", "logSoftmax"])
    func unaryOperations(name: String) {
        let f: (Tensor) -> Tensor = switch name {
        case "negate": { -$0 }
        case "exp": { $0.exp() }
        case "log": { ($0 + 2).log() }
        case "sqrt": { ($0 + 2).sqrt() }
        case "tanh": { $0.tanh() }
        case "sigmoid": { $0.sigmoid() }
        case "relu": { $0.relu() }
        case "leakyReLU": { $0.leakyReLU(slope: 0.1) }
        case "cube": { $0.pow(3) }
        case "scale": { $0 * 3 }
        default: { $0.logSoftmax() }
        }
        let x = sample([2, 5])
        let weights = sample([2, 5], offset: 0.3)
        #expect(gradientCheck([x]) { (f($0[0]) * weights).sum() } < Self.tolerance)
    }

    @Test func matmulPlainAndBatched() {
        #expect(gradientCheck([sample([3, 4]), sample([4, 2], offset: 0.5)]) { $0[0].matmul($0[1]).squared().sum() } < Self.tolerance)
        #expect(gradientCheck([sample([2, 3, 4]), sample([2, 4, 5], offset: 0.5)]) { $0[0].matmul($0[1]).squared().sum() } < Self.tolerance)
        #expect(gradientCheck([sample([2, 3, 4]), sample([4, 5], offset: 0.5)]) { $0[0].matmul($0[1]).squared().sum() } < Self.tolerance)
    }

    @Test func reductions() throws {
        let weights = sample([3, 1], offset: 0.2)
        #expect(gradientCheck([sample([3, 4])]) { $0[0].mean().squared() } < Self.tolerance)
        #expect(gradientCheck([sample([3, 4])]) { (try! $0[0].sum(axis: 1, keepingAxis: true) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([3, 4])]) { (try! $0[0].max(axis: 1, keepingAxis: true) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([3, 4])]) { try! $0[0].mean(axis: 0).squared().sum() } < Self.tolerance)
    }

    @Test func shapeOperations() {
        let weights = sample([4, 3], offset: 0.1)
        #expect(gradientCheck([sample([3, 4])]) { ($0[0].transposed * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([3, 4])]) { ($0[0].reshaped(4, 3) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([2, 3, 4])]) { (try! $0[0].permuted([2, 0, 1])).squared().sum() } < Self.tolerance)
    }

    @Test func aTensorUsedTwiceGetsBothContributions() {
        let x = Tensor([1, 2, 3], requiresGrad: true)
        (x * x + x).sum().backward()
        #expect(x.grad?.scalars == [3, 5, 7])
    }

    @Test func gradientsAccumulateUntilZeroed() {
        let w = Tensor([2], requiresGrad: true)
        (w * 3).sum().backward()
        (w * 3).sum().backward()
        #expect(w.grad?.scalars == [6])
        w.zeroGrad()
        #expect(w.grad == nil)
    }

    @Test func noGradRecordsNothing() {
        let w = Tensor([2], requiresGrad: true)
        let y = noGrad { w * 3 }
        #expect(!y.requiresGrad)
        #expect(y.origin == nil)
    }

    @Test func backwardRunsThroughAVeryDeepGraph() {
        let x = Tensor([1], requiresGrad: true)
        var y = x
        for _ in 0..<20_000 { y = y * 1.0001 }
        y.sum().backward()
        #expect(abs(x.grad!.scalars[0] - Float(pow(1.0001, 20_000.0))) < 0.05)
    }
}

extension GradientTests {
    @Test func convolutionWithStrideAndPadding() {
        for (stride, padding) in [(1, 0), (1, 1), (2, 1)] {
            let error = gradientCheck([sample([2, 2, 5, 5]), sample([3, 2, 3, 3], offset: 0.4)]) {
                try! Tensor.conv2d($0[0], $0[1], stride: stride, padding: padding).squared().sum()
            }
            #expect(error < Self.tolerance, "stride \(stride), padding \(padding)")
        }
    }

    @Test func convolutionInOneDimension() {
        #expect(gradientCheck([sample([2, 3, 7]), sample([2, 3, 3], offset: 0.2)]) {
            try! Tensor.conv1d($0[0], $0[1], stride: 2, padding: 1).squared().sum()
        } < Self.tolerance)
    }

    @Test func pooling() {
        let weights = sample([1, 2, 2, 2], offset: 0.3)
        #expect(gradientCheck([sample([1, 2, 4, 4])]) { (try! $0[0].maxPool2d(2) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([1, 2, 4, 4])]) { (try! $0[0].avgPool2d(2) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([1, 2, 5, 5])]) { try! $0[0].maxPool2d(3, stride: 1).squared().sum() } < Self.tolerance)
    }
}

extension GradientTests {
    @Test func indexing() {
        let weights = sample([3, 2], offset: 0.3)
        #expect(gradientCheck([sample([3, 5])]) { (try! $0[0].slice(axis: 1, 1..<3) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([4, 2])]) { (try! $0[0].rows([3, 0, 3]) * weights).sum() } < Self.tolerance)
        #expect(gradientCheck([sample([2, 3]), sample([2, 2], offset: 0.5)]) {
            try! Tensor.concatenate([$0[0], $0[1], $0[0]], axis: 1).squared().sum()
        } < Self.tolerance)
        #expect(gradientCheck([sample([2, 3]), sample([2, 3], offset: 0.5)]) {
            try! Tensor.stack([$0[0], $0[1]], axis: 1).squared().sum()
        } < Self.tolerance)
    }
}
