func insertionSort(_ input: [Double]) -> [Double] {
    var xs = input
    for i in 1..<xs.count {
        var j = i
        while j > 0 && xs[j - 1] > xs[j] {
            xs.swapAt(j - 1, j)
            j -= 1
        }
    }
    return xs
}
let data = [3.2, -1, 4.5, 0, 2, 2]
print(insertionSort(data), data)
print(insertionSort(data) == data.sorted())
