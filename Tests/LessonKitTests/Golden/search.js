(function () {
  var form = document.querySelector("form.search");
  var index = window.lessonsSearchIndex;
  if (!form || !index) return;
  form.hidden = false;
  var input = form.querySelector("input"), list = form.querySelector("ol");
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
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
