var found = -1
for i in 0..<100 {
    if i % 7 != 0 || i == 0 { continue }
    if i > 30 {
        found = i
        break
    }
}
print(found)
