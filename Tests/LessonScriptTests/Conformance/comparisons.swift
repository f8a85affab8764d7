print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1, 1 != 1)
let half = 1.5
print(half < 2.5, "abc" < "abd", "b" > "a", "x" == "x")
print(true == false, true != false)
