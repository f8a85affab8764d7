struct Account {
    var owner: String
    var balance: Double
    mutating func deposit(_ amount: Double) { balance += amount }
}
var accounts: [String: Account] = [:]
accounts["a1"] = Account(owner: "ann", balance: 10)
accounts["b2"] = Account(owner: "bob", balance: 5)
var a = accounts["a1"]!
a.deposit(15)
accounts["a1"] = a
for key in accounts.keys.sorted() {
    let account = accounts[key]!
    print(key, account.owner, account.balance)
}
print(accounts["zz"]?.owner ?? "missing")
