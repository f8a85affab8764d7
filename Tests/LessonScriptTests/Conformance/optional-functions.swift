func find(_ target: Int, in values: [Int]) -> Int? {
    var index = 0
    for v in values {
        if v == target { return index }
        index += 1
    }
    return nil
}
func describe(_ position: Int?) -> String {
    guard let position else { return "absent" }
    return "at \(position)"
}
print(describe(find(7, in: [5, 7, 9])), describe(find(8, in: [5, 7, 9])))
