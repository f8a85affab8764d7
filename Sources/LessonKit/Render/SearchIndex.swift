import CommonMark
import Foundation

/// The site's search: an index of every lesson's sections (title, anchor,
/// words) as a script that sets `window.lessonsSearchIndex` (a script, not
/// JSON, so pages opened from `file://` can load it), and a small plain
/// script that filters it as the reader types. Pages work without either:
/// the search box stays hidden until the script shows it.
enum SearchIndex {
    struct Entry: Encodable {
        var lesson: String
        var section: String
        var url: String
        var text: String
    }

    /// One entry per lesson section (the text before the first `##` belongs to the lesson's title).
    static func entries(_ lessons: [Lesson]) -> [Entry] {
        lessons.flatMap { lesson -> [Entry] in
            let page = lesson.source.name + ".html"
            let headings = Headings(lesson.document)
            var entries = [Entry(lesson: lesson.title, section: lesson.title, url: page, text: "")]
            for (index, block) in lesson.document.blocks.enumerated() {
                if let heading = headings.entries[index], heading.level > 1 {
                    entries.append(Entry(lesson: lesson.title, section: heading.text, url: page + "#" + heading.anchor, text: ""))
                } else if block.kind == .paragraph || block.kind == .list {
                    entries[entries.count - 1].text += (entries[entries.count - 1].text.isEmpty ? "" : " ") + HTMLText.plain(block.html).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                }
            }
            return entries
        }
    }

    static func script(_ lessons: [Lesson]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings cannot fail.
        let json = String(decoding: try! encoder.encode(entries(lessons)), as: UTF8.self)
        return "window.lessonsSearchIndex = \(json);\n"
    }

    /// Shows the search box and lists the sections whose title or text hold every word typed.
    static let searchScript = """
    (function () {
      var form = document.querySelector("form.search");
      var index = window.lessonsSearchIndex;
      if (!form || !index) return;
      form.hidden = false;
      var input = form.querySelector("input"), list = form.querySelector("ol");
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      input.addEventListener("input", function () {
        var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
        list.textContent = "";
        if (words.length === 0) return;
        index.filter(function (entry) {
          var haystack = (entry.section + " " + entry.text).toLowerCase();
          return words.every(function (word) { return haystack.indexOf(word) >= 0; });
        }).slice(0, 12).forEach(function (entry) {
          var item = document.createElement("li"), link = document.createElement("a");
          link.href = entry.url;
          link.textContent = entry.section === entry.lesson ? entry.lesson : entry.lesson + " › " + entry.section;
          item.appendChild(link);
          list.appendChild(item);
        });
      });
    })();

    """
}
