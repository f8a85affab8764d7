import Testing
import LessonScript
import TestSupport

/// Code that must be refused, with the message and the marked position.
struct DiagnosticTests {
    @Test(arguments: [
        ("let a = 1\nlet b = 2.5\na 1️⃣+ b", "binary operator '+' cannot be applied to operands of type 'Int' and 'Double'"),
        ("var count = 0\ncount 1️⃣+= 0.5", "binary operator '+=' cannot be applied to operands of type 'Int' and 'Double'"),
        ("let x = 1\n1️⃣x = 2", "cannot assign to value: 'x' is a 'let' constant"),
        ("let total = 3\n1️⃣totl + 1", "cannot find 'totl' in scope; did you mean 'total'?"),
        ("1️⃣plto(1)", "cannot find 'plto' in scope"),
        ("let x: Int = 1️⃣2.5", "cannot convert value of type 'Double' to specified type 'Int'"),
        ("var s = \"a\"\ns = 1️⃣3", "cannot assign value of type 'Int' to type 'String'"),
        ("if 1️⃣1 { }", "cannot convert value of type 'Int' to expected condition type 'Bool'"),
        ("2.5 1️⃣% 2", "'%' is unavailable for floating-point numbers; use truncatingRemainder(dividingBy:) instead"),
        ("1️⃣class Net {}", "'class' is not supported in lesson code"),
        ("1️⃣protocol Layer {}", "'protocol' is not supported in lesson code"),
        ("let f = 1️⃣{ x in x }", "unable to infer type of a closure parameter 'x' in the current context; annotate it, as in '{ (x: Double) in … }'"),
        ("var hs: [() -> Int] = []\nfor i in 0..<3 {\n    var j = i\n    hs.append({ 1️⃣j })\n}", "a closure capturing 'j', which is new in each loop iteration, is not supported in lesson code yet; build the closure in a function that takes 'j' as a parameter"),
        ("let add = { (a: Int, b: Int) in a + b }\nlet n = add(1️⃣x: 1, 2)", "extraneous argument label 'x:' in call; a function value takes its arguments without labels"),
        ("1️⃣import Foundation", "'import' is not supported in lesson code"),
        ("let x: Character = 1️⃣\"ab\"", "cannot convert value of type 'String' to specified type 'Character': \"ab\" is 2 characters, not one"),
        ("let x: 1️⃣Matrix = 1", "cannot find type 'Matrix' in scope"),
        ("func f1️⃣<T>(_ x: T) {}", "'generic function' is not supported in lesson code"),
        ("1️⃣break", "'break' is only allowed inside a loop"),
        ("1️⃣return 1", "return invalid outside of a func"),
        ("func f() -> Int {\n  if true { return 1 }\n1️⃣}", "missing return in global function 'f' expected to return 'Int'"),
        ("func f() -> Int { return 1️⃣1.5 }", "cannot convert return expression of type 'Double' to return type 'Int'"),
        ("func f(_ x: Int) {}\nf(1️⃣2.5)", "cannot convert value of type 'Double' to expected argument type 'Int'"),
        ("let xs = [1, 2]\nlet ys = xs.flatMap 1️⃣{ $0 * 2 }", "'flatMap' joins the arrays its closure returns, but this one returns 'Int'; use 'map', or 'compactMap' to drop nils"),
        ("let s = \"ab\".1️⃣filter { $0 != \"a\" }", "'String.filter' is not supported in lesson code"),
        ("func f(_ x: [Double]) {}\nf(1️⃣[[1, 2]])", "cannot convert value of type '[[Int]]' to expected argument type '[Double]'"),
        ("func f(x: [Double]) {}\n1️⃣f(y: [[[1.5]]])", "no 'f' takes the arguments (y: [[[Double]]]); it is declared as 'f(x: [Double])'"),
        ("func f(x: Int) {}\n1️⃣f(y: 1)", "no 'f' takes the arguments (y: Int); it is declared as 'f(x: Int)'"),
        ("let x = 1\nlet 1️⃣x = 2", "invalid redeclaration of 'x'"),
        ("let x = 1\n1️⃣x(2)", "cannot call value 'x': it is not a function"),
        ("let e = 1️⃣exp", "'exp' as a value needs a function type to pick its overload, as in 'let f: (Double) -> Double = exp'"),
        ("1️⃣99999999999999999999", "integer literal '99999999999999999999' overflows when stored into 'Int'"),
        ("let xs = 1️⃣[]", "empty collection literal requires an explicit type, such as 'let xs: [Double] = []'"),
        ("let xs = [1️⃣1, \"a\"]", "an array holds one type of element, but this one mixes 'String' and 'Int'"),
        ("let xs = [1, 2]\nxs.1️⃣size", "value of type '[Int]' has no member 'size'"),
        ("let xs = [1, 2]\nxs.1️⃣append(3)", "cannot use mutating member on immutable value: 'xs' is a 'let' constant"),
        ("let xs = [1, 2]\nxs1️⃣[0] = 3", "cannot assign through subscript: 'xs' is a 'let' constant"),
        ("let t = (1, 2)\nt.1️⃣0 = 3", "cannot assign to property: 't' is a 'let' constant"),
        ("var xs = [1.0]\nxs.append(1️⃣\"a\")", "cannot convert value of type 'String' to expected argument type 'Double'"),
        ("let xs = [1, 2]\nlet y = xs[1️⃣1.5]", "cannot convert value of type 'Double' to expected argument type 'Int'"),
        ("let n = 3\nlet y = 1️⃣n[0]", "value of type 'Int' has no subscripts"),
        ("for x in 1️⃣5 { }", "for-in loop requires 'Int' to conform to 'Sequence'"),
        ("let (a, b) = 1️⃣(1, 2, 3)", "cannot split a value of type '(Int, Int, Int)' into 2 variables; it needs a tuple of 2 elements"),
        ("let p = (x: 1, y: 2)\nlet z = p.1️⃣z", "value of type '(x: Int, y: Int)' has no member 'z'"),
        ("for 1️⃣(a, b) in [1, 2] { }", "cannot split a value of type 'Int' into 2 variables; it needs a tuple of 2 elements"),
        ("let n = 2\n1️⃣switch n {\ncase 1: print(1)\n}", "switch must be exhaustive; add a default clause"),
        ("let x = 1️⃣nil", "'nil' requires a contextual type, such as 'let x: Int? = nil'"),
        ("let n = 3\nif let m = 1️⃣n { }", "initializer for conditional binding must have Optional type, not 'Int'"),
        ("let n = 3\nlet m = n1️⃣!", "cannot force unwrap value of non-optional type 'Int'"),
        ("let n: Int? = 3\nlet m: Int = 1️⃣n", "cannot convert value of type 'Int?' to specified type 'Int'"),
        ("let n = 2\nswitch n {\n1️⃣case 1:\ndefault: print(0)\n}", "'case' label in a 'switch' must have at least one executable statement"),
        ("let n = 2\nswitch n {\ncase 1️⃣\"a\": print(1)\ndefault: print(0)\n}", "expression pattern of type 'String' cannot match values of type 'Int'"),
        ("func f(_ n: Int) {\n    guard n > 0 1️⃣else { print(n) }\n}", "'guard' body must not fall through, consider using a 'return' or 'break' to exit the scope"),
    ])
    func refusedWithMessageAtPosition(source: String, message: String) throws {
        try expectFailure(source, message)
    }

    @Test func everyUnsupportedConstructIsReportedAtOnce() throws {
        let failure = try #require(run("class A {}\nenum B {}\nlet c = 1 as! Int").failure)
        #expect(failure.diagnostics.map(\.message) == [
            "'class' is not supported in lesson code",
            "'enum' is not supported in lesson code",
            "'as' is not supported in lesson code",
        ])
    }

    @Test func aFailedDeclarationIsReportedOnceNotAtEachUse() throws {
        let failure = try #require(run("""
        let (a, b) = missingPair
        let x = missing + 1
        func f() -> Int {
            let y = x * 2
            return y + a
        }
        print(x, b, never)
        """).failure)
        #expect(failure.diagnostics.map(\.message) == [
            "cannot find 'missingPair' in scope",
            "cannot find 'missing' in scope",
            "cannot find 'never' in scope",
        ])
    }

    @Test func syntaxErrorsComeFromTheParserWithTheirPosition() throws {
        let marked = Marked("let a = 1\nprint(a1️⃣\nlet b = 2")
        let failure = try #require(run(marked.code).failure)
        #expect(failure.first.message.contains("expected ')'"))
        #expect(failure.first.position.line == marked.line)
        #expect(failure.first.position.column == marked.column)
    }

    @Test func nothingRunsWhenABlockDoesNotCompile() {
        let outcome = run("print(\"before\")\nlet x: Int = \"text\"")
        #expect(outcome.output == "")
        #expect(outcome.failure != nil)
    }
}
