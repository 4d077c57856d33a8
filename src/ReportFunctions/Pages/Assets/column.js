// The column's search as one types: hides the reports whose body's name does not contain the text and says how many
// are left. Without this script the form's GET search gives the same list.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("reports");
  var count = document.getElementById("result-count");
  if (!input || !list || !count) return;
  var items = Array.prototype.slice.call(list.querySelectorAll("li.report"));
  var total = items.length;
  input.addEventListener("input", function () {
    var text = input.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (item) {
      var match = text === "" || item.getAttribute("data-name").toLowerCase().indexOf(text) >= 0;
      item.hidden = !match;
      if (match) shown++;
    });
    count.textContent = text === "" ? "共" + total + "份报告。"
      : shown === 0 ? "没有机关名称含“" + input.value.trim() + "”的报告（本年度共" + total + "份）。"
      : "机关名称含“" + input.value.trim() + "”的报告" + shown + "份（本年度共" + total + "份）。";
  });
})();
