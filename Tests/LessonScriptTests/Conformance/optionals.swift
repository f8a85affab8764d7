var maybe: Int? = nil
print(maybe == nil)
maybe = 3
print(maybe!, maybe == 3, maybe != nil)
let fallback = maybe ?? 0
let missing: Double? = nil
print(fallback, missing ?? 1.5)
if let value = maybe {
    print("has", value)
}
if let missing {
    print("never", missing)
} else {
    print("missing is nil")
}
let parsed = Int("42"), bad = Int("x")
print(parsed ?? -1, bad ?? -1)
