var s = "a"
s += "b"
s = s + "c" + "d"
print(s)
print("x" + String(3))
