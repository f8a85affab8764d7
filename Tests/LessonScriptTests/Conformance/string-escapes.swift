print("tab\there")
print("quote \"inside\"")
print("backslash \\ done")
print("unicode \u{1F600} \u{E9}")
