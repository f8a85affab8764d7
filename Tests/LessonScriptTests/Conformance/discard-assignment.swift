func sideEffect() -> Int {
    print("called")
    return 1
}
_ = sideEffect()
