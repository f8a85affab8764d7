print(1e15, 1e16, 1e17)
print(0.0001, 0.00001)
print(123456.789e3)
print(5e-324)
