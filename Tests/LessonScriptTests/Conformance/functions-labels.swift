func greet(_ name: String, times n: Int) -> String {
    var result = ""
    for _ in 0..<n { result += "hi " }
    return result + name
}
print(greet("Ada", times: 2))
