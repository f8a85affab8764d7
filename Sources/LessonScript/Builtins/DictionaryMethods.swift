/// The members of dictionaries. `keys` and `values` are arrays here, in the
/// dictionary's (insertion) order; Swift's are collections of their own with
/// the same members.
extension Builtins {
    static let dictionaryMethods: [Method] = [
        .property("count", { if case .dictionary = $0 { .int } else { nil } }) { receiver, _ in
            .int(receiver.dictionary.count)
        },
        .property("isEmpty", { if case .dictionary = $0 { .bool } else { nil } }) { receiver, _ in
            .bool(receiver.dictionary.count == 0)
        },
        .property("keys", { if case .dictionary(let key, _) = $0 { .array(key) } else { nil } }) { receiver, _ in
            .array(receiver.dictionary.keys)
        },
        .property("values", { if case .dictionary(_, let value) = $0 { .array(value) } else { nil } }) { receiver, _ in
            .array(receiver.dictionary.values)
        },
        Method(name: "removeValue", isProperty: false, isMutating: true, signature: { receiver in
            guard case .dictionary(let key, let value) = receiver else { return nil }
            return Signature(parameters: [parameter("forKey", key)], result: .optional(value))
        }) { receiver, arguments in
            guard case .dictionary(var dictionary) = receiver else { return .none }
            receiver = .void
            defer { receiver = .dictionary(dictionary) }
            let removed = dictionary[arguments[0]]
            dictionary[arguments[0]] = nil
            return removed.map(Value.some) ?? .none
        },
    ]
}

extension Value {
    var dictionary: DictionaryValue {
        guard case .dictionary(let value) = self else { preconditionFailure("checker: expected a dictionary, got \(self)") }
        return value
    }
}
