print(exp(0.0), log(1.0), sqrt(16.0), pow(2.0, 10.0))
print(abs(-3), abs(-2.5), max(3, 7), min(2.5, 1.5))
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5))
print(tanh(0.0), sin(0.0), cos(0.0))
