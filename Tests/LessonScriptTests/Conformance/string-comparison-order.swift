print("apple" < "banana", "Zebra" < "apple", "a" < "B")
print("10" < "9")
