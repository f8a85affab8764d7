import Tensors

/// The engine's toy data sets in lesson code, made from the lesson's seed:
/// `Datasets.twoMoons(count: 200)`, `Datasets.sequences(.reverse, count: 64, length: 6)`.
/// Their enumerations (`Datasets.LogicGate`, `Datasets.SequenceTask`) are
/// written as implicit members where one is wanted: `.xor`, `.reverse`.
extension Builtins {
    private static func parameter(_ label: String?, _ type: ScriptType, hasDefault: Bool = false) -> Signature.Parameter {
        .init(label: label, type: .exactly(type), hasDefault: hasDefault)
    }

    static let logicGate = ScriptType.object("Datasets.LogicGate")
    static let sequenceTask = ScriptType.object("Datasets.SequenceTask")

    /// The enumerations' cases as constants, found by the type a call wants.
    static let datasetConstants: [String: (value: Value, type: ScriptType)] = Dictionary(uniqueKeysWithValues:
        Datasets.LogicGate.allCases.map { ("Datasets.LogicGate.\($0.rawValue)", (Value.string($0.rawValue), logicGate)) }
            + Datasets.SequenceTask.allCases.map { ("Datasets.SequenceTask.\($0.rawValue)", (Value.string($0.rawValue), sequenceTask)) })

    private static func pair(_ data: (Tensor, Tensor), _ labels: [String]) -> Value {
        .tuple([.wrap(data.0), .wrap(data.1)], labels: labels)
    }

    private static let labelled = ScriptType.tuple([.tensor, .tensor], labels: ["inputs", "labels"])

    /// Counts a data set may have: enough for any lesson, few enough to make at once.
    private static func count(_ value: Value, _ name: String, most: Int = 100_000) throws(Builtin.Failure) -> Int {
        let count = value.int
        guard (1...most).contains(count) else { throw Builtin.Failure(message: "\(name): count must be from 1 to \(most); got \(count)") }
        return count
    }

    private static func classes(_ value: Value, _ name: String) throws(Builtin.Failure) -> Int {
        let classes = value.int
        guard (1...100).contains(classes) else { throw Builtin.Failure(message: "\(name): classes must be from 1 to 100; got \(classes)") }
        return classes
    }

    static let datasetFunctions: [Builtin] = [
        Builtin("Datasets.logicGate", [parameter(nil, logicGate)], .tuple([.tensor, .tensor], labels: ["inputs", "targets"])) { _, arguments in
            pair(Datasets.logicGate(Datasets.LogicGate(rawValue: arguments[0].string)!), ["inputs", "targets"])
        },
        Builtin("Datasets.blobs", [parameter("count", .int), parameter("classes", .int, hasDefault: true), parameter("spread", .float, hasDefault: true)],
                labelled, defaults: [1: .int(2), 2: .float(0.5)]) { _, arguments throws(Builtin.Failure) in
            pair(Datasets.blobs(count: try count(arguments[0], "blobs"), classes: try classes(arguments[1], "blobs"), spread: arguments[2].float),
                 ["inputs", "labels"])
        },
        Builtin("Datasets.twoMoons", [parameter("count", .int), parameter("noise", .float, hasDefault: true)], labelled,
                defaults: [1: .float(0.1)]) { _, arguments throws(Builtin.Failure) in
            pair(Datasets.twoMoons(count: try count(arguments[0], "twoMoons"), noise: arguments[1].float), ["inputs", "labels"])
        },
        Builtin("Datasets.spirals", [parameter("count", .int), parameter("classes", .int, hasDefault: true), parameter("noise", .float, hasDefault: true)],
                labelled, defaults: [1: .int(2), 2: .float(0.05)]) { _, arguments throws(Builtin.Failure) in
            pair(Datasets.spirals(count: try count(arguments[0], "spirals"), classes: try classes(arguments[1], "spirals"), noise: arguments[2].float),
                 ["inputs", "labels"])
        },
        Builtin("Datasets.digitGlyphs", [parameter("count", .int), parameter("noise", .float, hasDefault: true)],
                .tuple([.tensor, .tensor], labels: ["images", "labels"]), defaults: [1: .float(0.2)]) { _, arguments throws(Builtin.Failure) in
            pair(Datasets.digitGlyphs(count: try count(arguments[0], "digitGlyphs", most: 20_000), noise: arguments[1].float), ["images", "labels"])
        },
        Builtin("Datasets.sequences", [parameter(nil, sequenceTask), parameter("count", .int), parameter("length", .int),
                                       parameter("vocabulary", .int, hasDefault: true)],
                .tuple([.tensor, .tensor, .tensor], labels: ["source", "target", "decoderInput"]), defaults: [3: .int(12)]) { _, arguments throws(Builtin.Failure) in
            let (number, length, vocabulary) = (try count(arguments[1], "sequences"), arguments[2].int, arguments[3].int)
            guard (1...1000).contains(length), number * length <= 1 << 24 else { throw Builtin.Failure(message: "sequences: length must be from 1 to 1000, count × length at most 16,777,216; got \(length)") }
            guard (3...10_000).contains(vocabulary) else { throw Builtin.Failure(message: "sequences: vocabulary must be from 3 to 10000; got \(vocabulary)") }
            let data = Datasets.sequences(Datasets.SequenceTask(rawValue: arguments[0].string)!, count: number, length: length, vocabulary: vocabulary)
            return .tuple([.wrap(data.source), .wrap(data.target), .wrap(data.decoderInput)], labels: ["source", "target", "decoderInput"])
        },
    ]
}
