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
    Program(
        name: "XOR, 10k steps (Tensor API)",
        swift: """
        let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
        let target = Tensor([[0], [1], [1], [0]])
        let w1 = Tensor([[0.2739233672618866, -0.46042656898498535, -0.9180529713630676, -0.9669447541236877], [0.62654048204422, 0.8255111575126648, 0.21327155828475952, 0.4589931070804596]], requiresGrad: true)
        let b1 = Tensor([0.08724997937679291, 0.8701448440551758, 0.6317071318626404, -0.9945229887962341], requiresGrad: true)
        let w2 = Tensor([[0.7148085236549377], [-0.9328288435935974], [0.4593108892440796], [-0.6486887335777283]], requiresGrad: true)
        let b2 = Tensor([0.7263578176498413], requiresGrad: true)
        let optimizer = SGD([w1, b1, w2, b2], learningRate: 0.5)
        func train(_ steps: Int) -> Float {
            var last: Float = 0
            for _ in 0..<steps {
                let hidden = (x.matmul(w1) + b1).sigmoid()
                let output = (hidden.matmul(w2) + b2).sigmoid()
                let loss = mse(output, target)
                optimizer.zeroGrad()
                loss.backward()
                optimizer.step()
                last = loss.item()
            }
            return last
        }
        train(10_000)
        """,
        python: """
        import numpy as np
        X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
        T = np.array([[0], [1], [1], [0]], np.float32)
        W1 = np.array([[0.2739233672618866, -0.46042656898498535, -0.9180529713630676, -0.9669447541236877], [0.62654048204422, 0.8255111575126648, 0.21327155828475952, 0.4589931070804596]], np.float32); b1 = np.array([0.08724997937679291, 0.8701448440551758, 0.6317071318626404, -0.9945229887962341], np.float32)
        W2 = np.array([[0.7148085236549377], [-0.9328288435935974], [0.4593108892440796], [-0.6486887335777283]], np.float32); b2 = np.array([0.7263578176498413], np.float32)
        def train(steps):
            global W1, b1, W2, b2
            for _ in range(steps):
                h = 1.0 / (1.0 + np.exp(-(X @ W1 + b1)))
                y = 1.0 / (1.0 + np.exp(-(h @ W2 + b2)))
                d = y - T
                loss = float(np.mean(d ** 2))
                da2 = (2.0 / 4.0) * d * y * (1.0 - y)
                da1 = (da2 @ W2.T) * h * (1.0 - h)
                W2 -= 0.5 * (h.T @ da2); b2 -= 0.5 * da2.sum(0)
                W1 -= 0.5 * (X.T @ da1); b1 -= 0.5 * da1.sum(0)
            return loss
        result = round(train(10_000), 7)
        """
    ),
]
