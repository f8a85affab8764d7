import Plots

/// Figures in lesson code. Each shows a figure after the block's output, as
/// a notebook shows a plot, and returns nothing:
///
/// ```swift
/// plot(losses, title: "Loss", xLabel: "epoch")
/// plot([train, test], labels: ["train", "test"])
/// plot(x: zs, y: zs.map(sigmoid), title: "σ(z)")
/// scatter(points, labels: classes)
/// heatmap(weights, title: "Attention")
/// histogram(values, bins: 20)
/// decisionBoundary(model, inputs, labels)
/// ```
extension Builtins {
    static let figureFunctions: [Builtin] = linePlots + scatterPlots + heatmaps + histograms + decisionBoundaries

    /// The most figures one block may show: a plot in a long loop would otherwise bury the page.
    static let maximumFigures = 100

    /// The words every figure takes last: `title:`, `xLabel:`, `yLabel:`, all optional.
    private static let labelParameters: [Signature.Parameter] = ["title", "xLabel", "yLabel"].map {
        .init(label: $0, type: .exactly(.string), hasDefault: true)
    }

    /// A builtin drawing a figure from its leading arguments and the labels that follow them.
    private static func figure(
        _ name: String, _ leading: [Signature.Parameter], defaults: [Int: Value] = [:],
        _ draw: @escaping @Sendable ([Value], Labels) throws(Builtin.Failure) -> Figure
    ) -> Builtin {
        var allDefaults = defaults
        for index in labelParameters.indices { allDefaults[leading.count + index] = .string("") }
        return Builtin(name, leading + labelParameters, .void, defaults: allDefaults) { runtime, arguments throws(Builtin.Failure) in
            let words = arguments.suffix(labelParameters.count).map(\.string)
            let figure = try draw(Array(arguments.prefix(leading.count)), Labels(title: words[0], x: words[1], y: words[2]))
            try show(figure, in: runtime)
            return .void
        }
    }

    private static func show(_ figure: Figure, in runtime: Runtime) throws(Builtin.Failure) {
        guard runtime.figures.count < maximumFigures else { throw Builtin.Failure(message: Message.tooManyFigures(maximumFigures)) }
        runtime.figures.append(figure)
    }

    private static func unlabeled(_ type: ScriptType) -> Signature.Parameter {
        .init(label: nil, type: .exactly(type))
    }

    private static func labeled(_ label: String, _ type: ScriptType, hasDefault: Bool = false) -> Signature.Parameter {
        .init(label: label, type: .exactly(type), hasDefault: hasDefault)
    }

    /// The types a series of numbers comes in.
    private static let seriesTypes: [ScriptType] = [.array(.double), .array(.float), .array(.int), .tensor]

    static let axisScale = ScriptType.object("AxisScale")

    /// `AxisScale.linear` and `.log`, found by the type a call wants.
    static let axisScaleConstants: [String: (value: Value, type: ScriptType)] = Dictionary(uniqueKeysWithValues:
        AxisScale.allCases.map { ("AxisScale.\($0.rawValue)", (Value.string($0.rawValue), axisScale)) })

    /// A line plot: its leading arguments, then the labels and `yScale:` (`.log` for losses).
    private static func linePlot(
        _ leading: [Signature.Parameter], defaults: [Int: Value] = [:],
        _ draw: @escaping @Sendable ([Value], Labels, AxisScale) throws(Builtin.Failure) -> Figure
    ) -> Builtin {
        var allDefaults = defaults
        for index in labelParameters.indices { allDefaults[leading.count + index] = .string("") }
        allDefaults[leading.count + labelParameters.count] = .string(AxisScale.linear.rawValue)
        let scale = Signature.Parameter(label: "yScale", type: .exactly(axisScale), hasDefault: true)
        return Builtin("plot", leading + labelParameters + [scale], .void, defaults: allDefaults) { runtime, arguments throws(Builtin.Failure) in
            let words = arguments.dropLast().suffix(labelParameters.count).map(\.string)
            let kind = AxisScale(rawValue: arguments.last!.string) ?? .linear
            try show(try draw(Array(arguments.prefix(leading.count)), Labels(title: words[0], x: words[1], y: words[2]), kind), in: runtime)
            return .void
        }
    }

    /// `plot(values)`, `plot([a, b], labels:)`, `plot(x:y:)` and `plot(x:y: [a, b], labels:)`.
    private static let linePlots: [Builtin] = seriesTypes.flatMap { type -> [Builtin] in
        let named = labeled("labels", .array(.string), hasDefault: true)
        let alone = linePlot([unlabeled(type)]) { arguments, labels, scale throws(Builtin.Failure) in
            .line([try FigureData.numbers(arguments[0], "plot")], labels: labels, yScale: scale)
        }
        let several = linePlot([unlabeled(.array(type)), named], defaults: [1: .array([])]) { arguments, labels, scale throws(Builtin.Failure) in
            .line(try FigureData.series(arguments[0]), names: arguments[1].array.map(\.string), labels: labels, yScale: scale)
        }
        let overX = seriesTypes.map { y in
            linePlot([labeled("x", type), labeled("y", y)]) { arguments, labels, scale throws(Builtin.Failure) in
                .line([try FigureData.numbers(arguments[1], "plot")], x: try FigureData.numbers(arguments[0], "plot"), labels: labels, yScale: scale)
            }
        }
        let severalOverX = seriesTypes.map { y in
            linePlot([labeled("x", type), labeled("y", .array(y)), named], defaults: [2: .array([])]) { arguments, labels, scale throws(Builtin.Failure) in
                .line(try FigureData.series(arguments[1]), x: try FigureData.numbers(arguments[0], "plot"),
                      names: arguments[2].array.map(\.string), labels: labels, yScale: scale)
            }
        }
        return [alone, several] + overX + severalOverX
    }

    /// `scatter(points)` and `scatter(points, labels:)`, the labels a tensor or whole numbers.
    private static let scatterPlots: [Builtin] = [ScriptType.tensor, .array(.array(.double))].flatMap { points -> [Builtin] in
        let alone = figure("scatter", [unlabeled(points)]) { arguments, labels throws(Builtin.Failure) in
            .scatter(try FigureData.points(arguments[0], "scatter"), labels: labels)
        }
        return [alone] + [ScriptType.tensor, .array(.int)].map { classes in
            figure("scatter", [unlabeled(points), labeled("labels", classes)]) { arguments, labels throws(Builtin.Failure) in
                let points = try FigureData.points(arguments[0], "scatter")
                return .scatter(points, classes: try FigureData.classes(arguments[1], count: points.count, "scatter"), labels: labels)
            }
        }
    }

    private static let heatmaps: [Builtin] = [ScriptType.tensor, .array(.array(.double)), .array(.array(.float)), .array(.array(.int))].map { type in
        figure("heatmap", [unlabeled(type), labeled("rowLabels", .array(.string), hasDefault: true), labeled("columnLabels", .array(.string), hasDefault: true)],
               defaults: [1: .array([]), 2: .array([])]) { arguments, labels throws(Builtin.Failure) in
            .heatmap(try FigureData.matrix(arguments[0], "heatmap"), rowNames: arguments[1].array.map(\.string),
                     columnNames: arguments[2].array.map(\.string), labels: labels)
        }
    }

    private static let histograms: [Builtin] = seriesTypes.map { type in
        figure("histogram", [unlabeled(type), labeled("bins", .int, hasDefault: true)], defaults: [1: .int(20)]) { arguments, labels throws(Builtin.Failure) in
            let bins = arguments[1].int
            guard (1...200).contains(bins) else { throw Builtin.Failure(message: Message.histogramBins(bins)) }
            return .histogram(try FigureData.numbers(arguments[0], "histogram"), bins: bins, labels: labels)
        }
    }
}
