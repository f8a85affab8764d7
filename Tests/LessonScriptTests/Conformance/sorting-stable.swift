let people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
let byAge = people.sorted { $0.1 < $1.1 }
print(byAge.map { $0.0 })
let byAgeDescending = people.sorted { $0.1 > $1.1 }
print(byAgeDescending.map { $0.0 })
let words = ["pear", "Apple", "fig", "banana"]
print(words.sorted())
print(words.sorted { $0.count < $1.count })
print([3.5, -1, 2].sorted(by: <))
