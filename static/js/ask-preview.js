// Checks the ask as the rep types: problems with the offending words highlighted,
// then the tags with the words that triggered them. Built with textContent only.
(function () {
  "use strict";
  var area = document.querySelector("textarea[data-preview]");
  var out = document.getElementById("ask-preview");
  if (!area || !out) { return; }
  var form = area.form;
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var timer = null;
  var seq = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function highlighted(text, problems) {
    var box = el("div", "quoted");
    var spans = problems.filter(function (p) { return p.end > p.start && p.end - p.start < text.length; })
      .sort(function (a, b) { return a.start - b.start; });
    var at = 0;
    spans.forEach(function (p) {
      if (p.start < at) { return; }
      box.appendChild(document.createTextNode(text.slice(at, p.start)));
      var mark = el("mark", "", text.slice(p.start, p.end));
      mark.title = p.message;
      box.appendChild(mark);
      at = p.end;
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  function render(data) {
    out.textContent = "";
    if (!data.text.trim()) { return; }
    if (data.problems.length) {
      out.appendChild(highlighted(data.text, data.problems));
      var list = el("ul", "problems");
      data.problems.forEach(function (p) { list.appendChild(el("li", "error", p.message)); });
      out.appendChild(list);
    } else {
      out.appendChild(el("p", "ok", "Clear and specific: ready for review."));
    }
    var tags = el("p", "tags");
    tags.appendChild(el("span", "tag", data.kind.replace("_", " ")));
    Object.keys(data.matches).forEach(function (target) {
      var words = data.matches[target];
      if (!words.length) { return; }
      var tag = el("span", "tag" + (target === "delivery_date" || target === "commercial_terms" ? " flag" : ""),
        target.replace("_", " ") + ": " + words.join(", "));
      tags.appendChild(tag);
    });
    Object.keys(data.set_aside || {}).forEach(function (category) {
      tags.appendChild(el("span", "tag aside", "not " + category.replace("_", " ") + " (" +
        data.set_aside[category].join(", ") + "): the sentence reads like asks without it"));
    });
    out.appendChild(tags);
    if (data.roles) { out.appendChild(el("p", "meta", "Goes to: " + data.roles.join(", "))); }
  }

  function check() {
    var mine = ++seq;
    fetch(area.dataset.preview, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify({ text: area.value })
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && mine === seq) { render(data); } })
      .catch(function () { /* the server check on submit still applies */ });
  }

  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
  if (area.value.trim()) { check(); }
}());
