var log = ""
func record(_ s: String) {
    if s == "" { return }
    log += s + ";"
}
record("a")
record("b")
print(log)
