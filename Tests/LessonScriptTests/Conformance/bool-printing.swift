let t = true
print(t, !t, "\(t)")
