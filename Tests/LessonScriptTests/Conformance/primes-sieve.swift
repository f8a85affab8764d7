func primes(upTo n: Int) -> [Int] {
    var isPrime = Array(repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            for j in stride(from: i * i, through: n, by: i) { isPrime[j] = false }
        }
        i += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
print(primes(upTo: 50))
print(primes(upTo: 1000).count)
