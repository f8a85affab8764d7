/// Every wording the language shows a student, in one place. Style: lowercase,
/// no final period, what is wrong and what was expected; close to the Swift
/// compiler's own words where Swift has them, so a search finds help.
enum Message {
    // MARK: Syntax and scope

    static func unsupported(_ construct: String) -> String {
        "'\(construct)' is not supported in lesson code"
    }

    static func unknownName(_ name: String, suggestion: String?) -> String {
        "cannot find '\(name)' in scope" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }

    static func unknownType(_ name: String) -> String {
        "cannot find type '\(name)' in scope"
    }

    static func unsupportedType(_ name: String) -> String {
        "type '\(name)' is not supported in lesson code"
    }

    // MARK: Checks

    static func expectFailed(_ what: String) -> String {
        what.isEmpty ? "expectation failed" : "expectation failed: \(what)"
    }

    static func notEqual(_ actual: String, _ expected: String) -> String {
        "expectEqual: got \(actual), expected \(expected)"
    }

    static func shapesDiffer(_ actual: String, _ expected: String, _ actualShape: [Int], _ expectedShape: [Int]) -> String {
        "expectClose: got \(actual) of shape \(actualShape), expected \(expected) of shape \(expectedShape)"
    }

    static func notClose(_ actual: Double, _ expected: Double, tolerance: Double, at index: Int?) -> String {
        "expectClose: " + (index.map { "element \($0) is " } ?? "got ") + "\(actual), expected \(expected) within \(tolerance)"
    }

    static func fatalError(_ message: String) -> String {
        "Fatal error" + (message.isEmpty ? "" : ": \(message)")
    }

    static func notACharacter(_ text: String) -> String {
        "cannot convert value of type 'String' to specified type 'Character': \(text.debugDescription) is \(text.count) characters, not one"
    }

    static func reservedForChecks(_ name: String) -> String {
        "'\(name)' is the checks library's; give yours another name"
    }

    static func redeclaration(_ name: String) -> String {
        "invalid redeclaration of '\(name)'"
    }

    static func missingInitialValue(_ keyword: String) -> String {
        "'\(keyword)' without an initial value is not supported in lesson code; give it a value where it is declared"
    }

    static let variadicParameter = "variadic parameters are not supported in lesson code"
    static let missingParameterType = "parameter needs a type annotation"

    // MARK: Types

    static func cannotConvert(_ actual: ScriptType, toSpecified expected: ScriptType) -> String {
        "cannot convert value of type '\(actual)' to specified type '\(expected)'"
    }

    static func cannotCoerce(_ actual: ScriptType, to expected: ScriptType) -> String {
        "cannot convert value of type '\(actual)' to type '\(expected)' in coercion"
    }

    static func cannotAssign(_ actual: ScriptType, to expected: ScriptType) -> String {
        "cannot assign value of type '\(actual)' to type '\(expected)'"
    }

    static func cannotConvertArgument(_ actual: ScriptType, to expected: ScriptType) -> String {
        "cannot convert value of type '\(actual)' to expected argument type '\(expected)'"
    }

    static func cannotConvertReturn(_ actual: ScriptType, to expected: ScriptType) -> String {
        "cannot convert return expression of type '\(actual)' to return type '\(expected)'"
    }

    static func notACondition(_ actual: ScriptType) -> String {
        "cannot convert value of type '\(actual)' to expected condition type 'Bool'"
    }

    static func binaryOperator(_ op: String, _ left: ScriptType, _ right: ScriptType) -> String {
        left == right
            ? "binary operator '\(op)' cannot be applied to two '\(left)' operands"
            : "binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'"
    }

    static func unaryOperator(_ op: String, _ operand: ScriptType) -> String {
        "unary operator '\(op)' cannot be applied to an operand of type '\(operand)'"
    }

    static let doubleRemainder = "'%' is unavailable for floating-point numbers; use truncatingRemainder(dividingBy:) instead"

    static func rangeOfNonIntegers(_ type: ScriptType) -> String {
        "for-in over a range of '\(type)' values is not possible; a range to loop over needs Int bounds"
    }

    static func integerLiteralOverflow(_ text: String) -> String {
        "integer literal '\(text)' overflows when stored into 'Int'"
    }

    static func immutable(_ name: String) -> String {
        "cannot assign to value: '\(name)' is a 'let' constant"
    }

    static let assignmentTarget = "only a variable can be assigned to in lesson code"
    static let assignmentAsValue = "an assignment has no value; use it as a statement of its own"

    // MARK: Calls

    static func flatMapNeedsArray(_ result: ScriptType) -> String {
        "'flatMap' joins the arrays its closure returns, but this one returns '\(result)'; use 'map', or 'compactMap' to drop nils"
    }

    static func noMatchingCall(_ name: String, have: String, candidates: [String]) -> String {
        if candidates.count == 1 {
            return "no '\(name)' takes the arguments (\(have)); it is declared as '\(candidates[0])'"
        }
        return "no '\(name)' takes the arguments (\(have)); candidates: " + candidates.map { "'\($0)'" }.joined(separator: ", ")
    }

    static func ambiguousCall(_ name: String) -> String {
        "ambiguous use of '\(name)'"
    }

    static func notCallable(_ name: String) -> String {
        "cannot call value '\(name)': it is not a function"
    }

    static func functionAsValue(_ name: String) -> String {
        "'\(name)' as a value needs a function type to pick its overload, as in 'let f: (Double) -> Double = \(name)'"
    }

    // MARK: Control flow

    static let breakOutsideLoop = "'break' is only allowed inside a loop"
    static let continueOutsideLoop = "'continue' is only allowed inside a loop"
    static let returnOutsideFunction = "return invalid outside of a func"
    static let missingReturnValue = "non-void function should return a value"

    static func unexpectedReturnValue(_ type: ScriptType) -> String {
        "unexpected non-void return value of type '\(type)' in void function"
    }

    /// `kind` is what Swift calls the function: "global function", "instance method".
    static func missingReturn(_ kind: String, _ name: String, _ type: ScriptType) -> String {
        "missing return in \(kind) '\(name)' expected to return '\(type)'"
    }

    // MARK: Run time

    static func overflow(_ left: Int, _ op: String, _ right: Int) -> String {
        "arithmetic overflow: \(left) \(op) \(right) does not fit in Int"
    }

    static func negationOverflow(_ value: Int) -> String {
        "arithmetic overflow: -(\(value)) does not fit in Int"
    }

    static let divisionByZero = "division by zero"
    static let remainderByZero = "division by zero in remainder operation"
    static let invalidRange = "range requires lowerBound <= upperBound"

    static func stepLimit(_ limit: Int) -> String {
        "step limit reached: the block ran \(limit) loop iterations and calls without finishing (is a loop endless? a block that trains longer can ask for more time with timeout=SECONDS)"
    }

    static func recursionLimit(_ limit: Int) -> String {
        "recursion limit reached: more than \(limit) nested calls (does a recursive function lack a base case?)"
    }

    static func arrayLimit(_ count: Int) -> String {
        "memory limit reached: an array of more than \(count) elements"
    }

    static func tensorLimit(_ bytes: Int) -> String {
        "memory limit reached: tensors hold more than \(bytes >> 20) MB"
    }

    static func stringLimit(_ bytes: Int) -> String {
        "memory limit reached: a string grew past \(bytes) bytes"
    }

    static func floatingToInt(_ type: String, _ value: String, isFinite: Bool) -> String {
        isFinite
            ? "\(type) value \(value) cannot be converted to Int because it is outside the range of Int"
            : "\(type) value cannot be converted to Int because it is either infinite or NaN"
    }

    static func timeLimit(_ seconds: Double) -> String {
        "time limit reached: the block ran longer than \(seconds) seconds"
    }

    // MARK: Collections and members

    static let emptyArrayNeedsType = "empty collection literal requires an explicit type, such as 'let xs: [Double] = []'"

    static func heterogeneousArray(_ first: ScriptType, _ other: ScriptType) -> String {
        "an array holds one type of element, but this one mixes '\(first)' and '\(other)'"
    }

    static func notSubscriptable(_ type: ScriptType) -> String {
        "value of type '\(type)' has no subscripts"
    }

    static func indexType(_ type: ScriptType) -> String {
        "cannot convert value of type '\(type)' to expected argument type 'Int'"
    }

    static func indexOutOfRange(_ index: Int, count: Int) -> String {
        "index out of range: index \(index) in an array of \(count) element\(count == 1 ? "" : "s")"
    }

    static func duplicateKey(_ key: String) -> String {
        "dictionary literal contains duplicate keys: \(key)"
    }

    static func notHashable(_ type: ScriptType) -> String {
        "type '\(type)' does not conform to protocol 'Hashable'; dictionary keys are Int, Double, Float, Bool or String"
    }

    static let emptyDictionaryNeedsType = "empty dictionary literal requires an explicit type, such as 'let counts: [String: Int] = [:]'"
    static let dictionaryFilter = "'filter' on a dictionary is not supported in lesson code; filter its keys or its pairs instead"

    static func sequenceView(_ call: String, _ type: String) -> String {
        "'\(call)' is a \(type) in Swift, which prints unlike an array; loop over it, call a method such as 'map' on it, or write 'Array(\(call))'"
    }

    static let removeFromEmpty = "can't remove last element from an empty collection"

    static func noMember(_ type: ScriptType, _ name: String) -> String {
        "value of type '\(type)' has no member '\(name)'"
    }

    /// How an assignment or a mutating call reached something that cannot change.
    enum Mutation {
        case value, property, subscriptElement, mutatingMember
    }

    static func cannotMutate(_ mutation: Mutation, _ name: String, isSelf: Bool = false) -> String {
        let reason = isSelf ? "'self' is immutable" : "'\(name)' is a 'let' constant"
        return switch mutation {
        case .value: "cannot assign to value: \(reason)"
        case .property: "cannot assign to property: \(reason)"
        case .subscriptElement: "cannot assign through subscript: \(reason)"
        case .mutatingMember: "cannot use mutating member on immutable value: \(reason)"
        }
    }

    static func notASequence(_ type: ScriptType) -> String {
        "for-in loop requires '\(type)' to conform to 'Sequence'"
    }

    static func negativeCount(_ count: Int) -> String {
        "can't construct an array with a negative count (\(count))"
    }

    static func destructuring(_ type: ScriptType, count: Int) -> String {
        "cannot split a value of type '\(type)' into \(count) variables; it needs a tuple of \(count) elements"
    }

    static let zeroStride = "stride size must not be zero"

    // MARK: Structs

    static func getOnlyProperty(_ name: String) -> String {
        "cannot assign to property: '\(name)' is a get-only property"
    }

    static let selfBeforeInitialization = "'self' used before all stored properties are initialized"
    static let initializerIncomplete = "return from initializer without initializing all stored properties"

    static func propertyInitializedTwice(_ name: String) -> String {
        "immutable value 'self.\(name)' may only be initialized once"
    }

    static func recursiveStruct(_ name: String) -> String {
        "value type '\(name)' cannot have a stored property that recursively contains it"
    }

    static func conformance(_ name: String) -> String {
        "conformance to '\(name)' is not supported in lesson code; a struct may conform to 'Module'"
    }

    static func notAModule(_ name: String) -> String {
        "type '\(name)' does not conform to protocol 'Module'; it needs 'func callAsFunction(_ input: Tensor) -> Tensor'"
    }

    static let storedPropertyType = "a stored property needs a type annotation or an initial value"
    static let setter = "a computed property with a setter is not supported in lesson code; give it a getter only"
    static let nestedStruct = "structs can only be declared at the top level of a block in lesson code"

    // MARK: Switch and guard

    static let guardFallsThrough = "'guard' body must not fall through, consider using a 'return' or 'break' to exit the scope"
    static let switchNotExhaustive = "switch must be exhaustive; add a default clause"

    static func emptyCase(_ label: String) -> String {
        "'\(label)' label in a 'switch' must have at least one executable statement"
    }

    static func patternType(_ actual: ScriptType, _ subject: ScriptType) -> String {
        "expression pattern of type '\(actual)' cannot match values of type '\(subject)'"
    }

    // MARK: Optionals

    static let nilNeedsType = "'nil' requires a contextual type, such as 'let x: Int? = nil'"
    static let unwrappedNil = "unexpectedly found nil while unwrapping an Optional value"

    static func notOptional(_ type: ScriptType) -> String {
        "initializer for conditional binding must have Optional type, not '\(type)'"
    }

    static func chainOnNonOptional(_ type: ScriptType) -> String {
        "cannot use optional chaining on non-optional value of type '\(type)'"
    }

    static func unwrapNonOptional(_ type: ScriptType) -> String {
        "cannot force unwrap value of non-optional type '\(type)'"
    }

    // MARK: Closures

    static func closureParameterType(_ name: String) -> String {
        "unable to infer type of a closure parameter '\(name)' in the current context; annotate it, as in '{ (\(name): Double) in … }'"
    }

    static func missingClosureReturn(_ type: ScriptType) -> String {
        "missing return in closure expected to return '\(type)'"
    }

    static func argumentCount(_ expected: Int, _ actual: Int) -> String {
        actual > expected ? "extra argument in call: expected \(expected), got \(actual)" : "missing argument in call: expected \(expected), got \(actual)"
    }

    static func extraneousLabel(_ label: String) -> String {
        "extraneous argument label '\(label):' in call; a function value takes its arguments without labels"
    }

    static func perIterationCapture(_ name: String) -> String {
        "a closure capturing '\(name)', which is new in each loop iteration, is not supported in lesson code yet; build the closure in a function that takes '\(name)' as a parameter"
    }

    // MARK: Figures

    static func emptyFigure(_ name: String) -> String {
        "\(name): nothing to draw; give it at least one value"
    }

    static func notAMatrix(_ name: String, _ shape: [Int]) -> String {
        "\(name): a tensor of shape \(shape) is not a matrix; give it a tensor of one or two axes"
    }

    static func notPoints(_ name: String, _ shape: [Int]) -> String {
        "\(name): points are a tensor of shape [n, 2], one row [x, y] per point; got shape \(shape)"
    }

    static func notAPoint(_ name: String, _ index: Int, _ count: Int) -> String {
        "\(name): each point is [x, y], but point \(index) has \(count) number\(count == 1 ? "" : "s")"
    }

    static func labelCount(_ name: String, labels: Int, points: Int) -> String {
        "\(name): \(labels) label\(labels == 1 ? "" : "s") for \(points) point\(points == 1 ? "" : "s"); give one label per point"
    }

    static func figureTooLarge(_ name: String, _ count: Int, _ limit: Int, _ things: String) -> String {
        "\(name): \(count) \(things) is more than a figure can show (at most \(limit)); plot a slice or a summary"
    }

    static func histogramBins(_ bins: Int) -> String {
        "histogram: bins must be from 1 to 200; got \(bins)"
    }

    static func tooManyFigures(_ limit: Int) -> String {
        "a block may show at most \(limit) figures; plot fewer, for example every tenth epoch"
    }

    static func classifierOutput(_ shape: [Int], points: Int) -> String {
        "decisionBoundary: the model gave a tensor of shape \(shape) for \(points) points; it should give [\(points), 1] (a score or probability) or [\(points), classes]"
    }

    static func progressRange(_ done: Int, _ total: Int) -> String {
        "progress: \(done) of \(total) is not a step of a loop; give a count from 0 to a total above 0, as in 'progress(epoch, of: epochs)'"
    }


    // MARK: The engine

    static func layerSize(_ layer: String, _ name: String, _ value: Int, least: Int) -> String {
        "\(layer): \(name) must be a whole number from \(least) up; got \(value)"
    }

    static func layerTooLarge(_ layer: String, _ shape: [Int]) -> String {
        "\(layer): weights of shape \(shape) are more than a tensor may hold (67,108,864 numbers)"
    }

    static func dropoutProbability(_ probability: Float) -> String {
        "Dropout: the probability of dropping must be from 0 up to, not including, 1; got \(probability)"
    }

    static let notALayer = "each line of a Sequential builder must be a layer, such as 'Linear(2, 4)' or 'Sigmoid()'"
}
