/// The benchmark's programs, each written once in lesson code and once in
/// Python, computing the same result.
struct Program {
    let name: String
    let swift: String
    let python: String
}

let programs = [
    Program(
        name: "loop sum to 10M",
        swift: """
        func total() -> Int {
            var sum = 0
            var i = 0
            while i < 10_000_000 {
                sum += i
                i += 1
            }
            return sum
        }
        total()
        """,
        python: """
        def total():
            s = 0
            i = 0
            while i < 10_000_000:
                s += i
                i += 1
            return s
        result = total()
        """
    ),
    Program(
        name: "fib(27)",
        swift: """
        func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
        fib(27)
        """,
        python: """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        result = fib(27)
        """
    ),
    Program(
        name: "perceptron AND, 100k epochs",
        swift: """
        func train(_ epochs: Int) -> Double {
            var w0 = 0.0, w1 = 0.0, w2 = 0.0
            let eta = 0.1
            for _ in 0..<epochs {
                for a in 0...1 {
                    for b in 0...1 {
                        let x1 = Double(a), x2 = Double(b)
                        let d: Double = a == 1 && b == 1 ? 1 : 0
                        let y: Double = w0 + w1 * x1 + w2 * x2 > 0 ? 1 : 0
                        w0 += eta * (d - y)
                        w1 += eta * (d - y) * x1
                        w2 += eta * (d - y) * x2
                    }
                }
            }
            return w0 + w1 + w2
        }
        train(100_000)
        """,
        python: """
        def train(epochs):
            w0 = w1 = w2 = 0.0
            eta = 0.1
            for _ in range(epochs):
                for a in range(2):
                    for b in range(2):
                        x1, x2 = float(a), float(b)
                        d = 1.0 if a == 1 and b == 1 else 0.0
                        y = 1.0 if w0 + w1 * x1 + w2 * x2 > 0 else 0.0
                        w0 += eta * (d - y)
                        w1 += eta * (d - y) * x1
                        w2 += eta * (d - y) * x2
            return w0 + w1 + w2
        result = train(100_000)
        """
    ),
]
