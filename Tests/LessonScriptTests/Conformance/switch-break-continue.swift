var log = ""
for i in 0..<6 {
    switch i % 3 {
    case 0:
        if i > 2 { break }
        log += "z"
    case 1:
        continue
    default:
        log += "\(i)"
    }
    log += "."
}
print(log)
