import Foundation

/// Escapes text for HTML element content and attribute values. Every printed
/// or user-controlled string passes through here.
func escapeHTML(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}

/// The text of HTML as a reader sees it: tags dropped, the entities we write read.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text = "", isInTag = false
        for character in html {
            if character == "<" { isInTag = true } else if character == ">" { isInTag = false } else if !isInTag { text.append(character) }
        }
        for (entity, character) in ["&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&amp;": "&"] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
