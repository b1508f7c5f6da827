// Optional keyboard shortcuts, off until the person turns them on (WCAG 2.1.4: a single
// key never acts by surprise). Everything works without them.
// Queue: j/k move, x tick, Enter/o open. Finding page: c confirm, d dismiss reason, n note.
(function () {
  "use strict";
  var KEY = "socialaudit-shortcuts";
  function enabled() {
    try { return window.localStorage.getItem(KEY) === "on"; } catch (e) { return false; }
  }
  function typing(e) {
    var t = e.target.tagName;
    return t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || t === "BUTTON" || e.ctrlKey || e.metaKey || e.altKey;
  }
  // After an action the page says what happened: put the focus there, not on <body>.
  var said = document.querySelector("[data-focus]");
  if (said) { said.focus(); }
  var toggle = document.getElementById("keys-on");
  if (toggle) {
    toggle.checked = enabled();
    toggle.addEventListener("change", function () {
      try { window.localStorage.setItem(KEY, toggle.checked ? "on" : "off"); } catch (e) { /* private mode */ }
    });
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  var i = -1;
  function move(d) {
    if (!rows.length) return;
    if (i >= 0) rows[i].classList.remove("current");
    i = Math.max(0, Math.min(rows.length - 1, i + d));
    rows[i].classList.add("current");
    rows[i].scrollIntoView({block: "nearest"});
  }
  document.addEventListener("keydown", function (e) {
    if (!enabled() || typing(e)) return;
    if (rows.length) {
      if (e.key === "j") { move(1); e.preventDefault(); }
      else if (e.key === "k") { move(-1); e.preventDefault(); }
      else if (e.key === "x" && i >= 0) { var b = rows[i].querySelector("input[type=checkbox]"); b.checked = !b.checked; }
      else if ((e.key === "Enter" || e.key === "o") && i >= 0) { window.location = rows[i].getAttribute("data-href"); }
      return;
    }
    var form = document.getElementById("confirm-form");
    if (e.key === "c" && form) { form.submit(); }
    else if (e.key === "d" && document.getElementById("dismiss-reason")) { document.getElementById("dismiss-reason").focus(); e.preventDefault(); }
    else if (e.key === "n" && document.getElementById("note-text")) { document.getElementById("note-text").focus(); e.preventDefault(); }
  });
})();
