import Foundation

/// Toy data sets made on the fly from the current random source, so a
/// lesson's seed fixes them. Inputs are rows (first axis = examples); class
/// labels are Float indices [N].
public enum Datasets {
    public enum LogicGate: String, CaseIterable, Sendable {
        case and, or, xor, nand, nor
    }

    /// The four rows of a two-input truth table: inputs [4, 2] and targets [4, 1].
    public static func logicGate(_ gate: LogicGate) -> (inputs: Tensor, targets: Tensor) {
        let rows: [[Float]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
        let outputs: [Float] = rows.map { row in
            let (a, b) = (row[0] == 1, row[1] == 1)
            let value = switch gate {
            case .and: a && b
            case .or: a || b
            case .xor: a != b
            case .nand: !(a && b)
            case .nor: !(a || b)
            }
            return value ? 1 : 0
        }
        return (Tensor(rows), Tensor(shape: [4, 1], scalars: outputs, origin: nil))
    }

    /// Gaussian blobs around `classes` centres on a circle of radius 2.
    public static func blobs(count: Int, classes: Int = 2, spread: Float = 0.5) -> (inputs: Tensor, labels: Tensor) {
        let source = RandomSource.current
        var points: [Float] = [], labels: [Float] = []
        for i in 0..<count {
            let label = i % Swift.max(classes, 1)
            let angle = 2 * Float.pi * Float(label) / Float(Swift.max(classes, 1))
            points += [2 * Foundation.cos(angle) + spread * source.normal(), 2 * Foundation.sin(angle) + spread * source.normal()]
            labels.append(Float(label))
        }
        return (Tensor(shape: [count, 2], scalars: points, origin: nil), Tensor(labels))
    }

    /// Two interleaving half circles, alternating classes 0 and 1.
    public static func twoMoons(count: Int, noise: Float = 0.1) -> (inputs: Tensor, labels: Tensor) {
        let source = RandomSource.current
        var points: [Float] = [], labels: [Float] = []
        for i in 0..<count {
            let label = i % 2
            let t = Float.pi * source.uniform(0, 1)
            let (x, y) = label == 0 ? (Foundation.cos(t), Foundation.sin(t)) : (1 - Foundation.cos(t), 0.5 - Foundation.sin(t))
            points += [x + noise * source.normal(), y + noise * source.normal()]
            labels.append(Float(label))
        }
        return (Tensor(shape: [count, 2], scalars: points, origin: nil), Tensor(labels))
    }

    /// `classes` spiral arms winding out from the centre.
    public static func spirals(count: Int, classes: Int = 2, noise: Float = 0.05) -> (inputs: Tensor, labels: Tensor) {
        let source = RandomSource.current
        let classes = Swift.max(classes, 1)
        var points: [Float] = [], labels: [Float] = []
        for i in 0..<count {
            let label = i % classes
            let progress = Float(i / classes) / Float(Swift.max(1, (count - 1) / classes))
            let radius = 0.1 + 0.9 * progress
            let angle = 2 * Float.pi * (Float(label) / Float(classes) + 1.5 * progress)
            points += [radius * Foundation.cos(angle) + noise * source.normal(), radius * Foundation.sin(angle) + noise * source.normal()]
            labels.append(Float(label))
        }
        return (Tensor(shape: [count, 2], scalars: points, origin: nil), Tensor(labels))
    }

    /// Digits 0–9 drawn as 5×7 glyphs at a random offset in an 8×8 image, plus
    /// Gaussian noise: images [N, 1, 8, 8] and labels [N], digits in turn.
    public static func digitGlyphs(count: Int, noise: Float = 0.2) -> (images: Tensor, labels: Tensor) {
        let source = RandomSource.current
        var pixels: [Float] = [], labels: [Float] = []
        for i in 0..<count {
            let digit = i % 10
            let (dx, dy) = (source.integer(below: 4), source.integer(below: 2))
            var image = [Float](repeating: 0, count: 64)
            for (row, line) in glyphs[digit].enumerated() {
                for (column, mark) in line.enumerated() where mark == "#" { image[(row + dy) * 8 + column + dx] = 1 }
            }
            pixels += image.map { $0 + noise * source.normal() }
            labels.append(Float(digit))
        }
        return (Tensor(shape: [count, 1, 8, 8], scalars: pixels, origin: nil), Tensor(labels))
    }

    static let glyphs: [[String]] = [
        [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
        ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
        [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
        ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
        ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
        ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
        ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
        ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
        [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
        [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
    ]

    public enum SequenceTask: String, CaseIterable, Sendable {
        case copy, reverse, sort
    }

    /// Token sequences for sequence-to-sequence tasks. Tokens 2..<vocabulary
    /// are symbols; 0 is the start token (BOS) the decoder input begins with,
    /// followed by the target shifted right (teacher forcing). All [N, T].
    public static func sequences(
        _ task: SequenceTask, count: Int, length: Int, vocabulary: Int = 12
    ) -> (source: Tensor, target: Tensor, decoderInput: Tensor) {
        let source = RandomSource.current
        var sources: [Float] = [], targets: [Float] = [], decoderInputs: [Float] = []
        for _ in 0..<count {
            let sequence = (0..<length).map { _ in Float(2 + source.integer(below: Swift.max(vocabulary - 2, 1))) }
            let target: [Float] = switch task {
            case .copy: sequence
            case .reverse: sequence.reversed()
            case .sort: sequence.sorted()
            }
            sources += sequence
            targets += target
            decoderInputs += [0] + target.dropLast()
        }
        let shape = [count, length]
        return (Tensor(shape: shape, scalars: sources, origin: nil), Tensor(shape: shape, scalars: targets, origin: nil),
                Tensor(shape: shape, scalars: decoderInputs, origin: nil))
    }
}
