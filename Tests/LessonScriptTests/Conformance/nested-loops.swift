for a in 0...1 {
    for b in 0...1 {
        print(a, b, a * b)
    }
}
