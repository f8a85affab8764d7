import Plots
import Tensors

/// `decisionBoundary(model, inputs, labels)`: the plane shaded by the class a
/// 2-D classifier gives each point, with the data over it. The model is a
/// module (a layer, a `Sequential`, a lesson's own `Module` struct), a
/// function from a tensor of points [n, 2] to their outputs, or a
/// function from one point `[x, y]` to its output. One output per point is a
/// probability (class 1 from 0.5) or, when outputs leave [0, 1], a score
/// (class 1 from 0); several outputs per point are one per class, the
/// greatest winning. The model runs as in evaluation: no gradients, no dropout.
extension Builtins {
    private static let labelWords: [Signature.Parameter] = ["title", "xLabel", "yLabel"].map {
        .init(label: $0, type: .exactly(.string), hasDefault: true)
    }

    private static func boundary(_ model: Signature.ParameterType, points: ScriptType, labels: ScriptType,
                                 _ classify: @escaping @Sendable (Caller, Value, [(x: Double, y: Double)]) throws(ScriptFailure) -> [Int]) -> Builtin {
        let parameters = [Signature.Parameter(label: nil, type: model)] + [points, labels].map { Signature.Parameter(label: nil, type: .exactly($0)) } + labelWords
        return Builtin(calling: "decisionBoundary", parameters, .void, defaults: [3: .string(""), 4: .string(""), 5: .string("")]) { caller, arguments throws(ScriptFailure) in
            let points: [(x: Double, y: Double)], classes: [Int]
            do throws(Builtin.Failure) {
                points = try FigureData.points(arguments[1], "decisionBoundary")
                classes = try FigureData.classes(arguments[2], count: points.count, "decisionBoundary")
            } catch {
                throw caller.failure(error.message)
            }
            let grid = RegionGrid(covering: points)
            let regions = try classify(caller, arguments[0], grid.centres)
            let labels = Labels(title: arguments[3].string, x: arguments[4].string, y: arguments[5].string)
            let figure = Figure.decisionRegions(grid, regions: regions, points: points, classes: classes, labels: labels)
            guard caller.runtime.figures.count < maximumFigures else { throw caller.failure(Message.tooManyFigures(maximumFigures)) }
            caller.runtime.figures.append(figure)
            return .void
        }
    }

    static let decisionBoundaries: [Builtin] = [
        boundary(.module, points: .tensor, labels: .tensor) { caller, model, centres throws(ScriptFailure) in
            let outputs = try evaluating { () throws(ScriptFailure) in try caller.callModule(model, gridTensor(centres)) }
            return try classes(of: outputs, count: centres.count, caller)
        },
        boundary(.exactly(.function([.tensor], .tensor)), points: .tensor, labels: .tensor) { caller, model, centres throws(ScriptFailure) in
            let outputs = try evaluating { () throws(ScriptFailure) in try caller.call(model, [.wrap(gridTensor(centres))]).tensor }
            return try classes(of: outputs, count: centres.count, caller)
        },
        boundary(.exactly(.function([.array(.double)], .double)), points: .array(.array(.double)), labels: .array(.int)) { caller, model, centres throws(ScriptFailure) in
            var outputs: [Double] = []
            for centre in centres { outputs.append(try caller.call(model, [.array([.double(centre.x), .double(centre.y)])]).double) }
            return thresholded(outputs)
        },
    ]

    private static func gridTensor(_ centres: [(x: Double, y: Double)]) -> Tensor {
        // The shape is right by construction.
        try! Tensor(shape: [centres.count, 2], scalars: centres.flatMap { [Float($0.x), Float($0.y)] })
    }

    /// One class per row of a model's outputs.
    private static func classes(of outputs: Tensor, count: Int, _ caller: Caller) throws(ScriptFailure) -> [Int] {
        let shape = outputs.shape
        guard shape.first == count, shape.count <= 2 else { throw caller.failure(Message.classifierOutput(shape, points: count)) }
        let width = shape.count == 2 ? shape[1] : 1
        guard width > 1 else { return thresholded(outputs.scalars.map(Double.init)) }
        return stride(from: 0, to: outputs.count, by: width).map { start in
            (start..<start + width).max { outputs.scalars[$0] < outputs.scalars[$1] }! - start
        }
    }

    /// Class 1 from 0.5 for probabilities, from 0 for scores.
    private static func thresholded(_ outputs: [Double]) -> [Int] {
        let isProbability = outputs.allSatisfy { (0...1).contains($0) }
        let threshold = isProbability ? 0.5 : 0
        return outputs.map { $0 >= threshold ? 1 : 0 }
    }
}
