// The console with the admin key: the key typed once is kept in sessionStorage (this tab only) and sent as the
// x-functions-key header; links, GET filter forms and posts are fetched with it and the server's page swapped in.
// With Easy Auth the browser's own navigation already carries the sign-in, and this script stays out of the way.
(function () {
  "use strict";
  var STORE = "reports-console-key";
  var ROOT = "/api/console";

  function key() {
    try { return sessionStorage.getItem(STORE); } catch (e) { return null; }
  }

  function isConsole(url) {
    return url.origin === location.origin && (url.pathname === ROOT || url.pathname.indexOf(ROOT + "/") === 0);
  }

  function swap(html, url, push) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var main = doc.getElementById("main");
    if (!main) return;
    document.getElementById("main").innerHTML = main.innerHTML;
    document.title = doc.title;
    var heading = doc.querySelector("header.site h1");
    if (heading) document.querySelector("header.site h1").textContent = heading.textContent;
    if (push) history.pushState({ console: true }, "", url);
    var focus = document.querySelector(".error-summary") || document.getElementById("main");
    focus.focus();
    wire();
  }

  function load(url, init, push) {
    var headers = { "x-functions-key": key() || "", "Accept": "text/html" };
    var options = Object.assign({ headers: headers, credentials: "same-origin" }, init || {});
    return fetch(url, options).then(function (response) {
      if (response.status === 401) {
        try { sessionStorage.removeItem(STORE); } catch (e) { /* storage unavailable */ }
      }
      var target = response.redirected || options.method !== "POST" ? response.url : location.href;
      return response.text().then(function (html) { swap(html, target, push && response.status !== 401); });
    });
  }

  function download(link) {
    fetch(link.href, { headers: { "x-functions-key": key() || "" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) return load(link.href, null, false);
      var disposition = response.headers.get("Content-Disposition") || "";
      var match = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
      var name = match ? decodeURIComponent(match[1]) : "export";
      return response.blob().then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = name;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      });
    });
  }

  function wire() {
    var signin = document.getElementById("console-signin");
    if (signin && !signin.dataset.wired) {
      signin.dataset.wired = "1";
      signin.addEventListener("submit", function (event) {
        event.preventDefault();
        try { sessionStorage.setItem(STORE, document.getElementById("console-key").value); } catch (e) { return; }
        load(location.href, null, false);
      });
    }
  }

  document.addEventListener("click", function (event) {
    var signout = event.target.closest("[data-signout]");
    if (signout) {
      try { sessionStorage.removeItem(STORE); } catch (e) { /* storage unavailable */ }
      location.href = ROOT;
      return;
    }
    var link = event.target.closest("a[href]");
    if (!link || !key() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    var url = new URL(link.href, location.href);
    if (!isConsole(url)) return;
    event.preventDefault();
    if (link.hasAttribute("data-download")) download(link);
    else load(url.href, null, true);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.id === "console-signin" || !key() || event.defaultPrevented) return;
    var url = new URL(form.getAttribute("action") || location.href, location.href);
    if (!isConsole(url)) return;
    event.preventDefault();
    if ((form.getAttribute("method") || "get").toLowerCase() === "get") {
      url.search = new URLSearchParams(new FormData(form)).toString();
      load(url.href, null, true);
    } else {
      load(url.href, { method: "POST", body: new FormData(form) }, true);
    }
  });

  window.addEventListener("popstate", function () {
    if (key()) load(location.href, null, false);
  });

  wire();
  // The sign-in shell with a key already kept in this tab: load the page asked for at once.
  if (document.querySelector("[data-console-shell]") && key()) load(location.href, null, false);
})();
