func search(_ xs: [Int], for target: Int) -> Int? {
    var low = 0, high = xs.count - 1
    while low <= high {
        let mid = (low + high) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
}
let sorted = Array(stride(from: 1, to: 100, by: 3))
print(search(sorted, for: 34) ?? -1, search(sorted, for: 35) ?? -1, search(sorted, for: 1)!, search(sorted, for: 97)!)
