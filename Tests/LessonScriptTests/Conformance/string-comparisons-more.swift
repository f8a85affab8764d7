let words = ["beta", "Alpha", "alpha", "Beta", "gamma"]
print(words.sorted())
print("a" < "b", "B" < "a", "apple" < "apricot", "" < "a")
print("abc" == "abc", "abc" != "ABC")
print(words.map { $0.lowercased() }.sorted())
print(words.filter { $0.hasPrefix("a") || $0.hasPrefix("A") })
print(words.map { $0.count }.reduce(0, +))
