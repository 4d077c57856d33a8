// The submission form's enhancements (the form works without them): totals added up while typing, live checks by
// POST /api/reports/validate with every finding at its cell and in the summary, 检查 and 预览PDF, drafts kept in
// this browser (localStorage, per organization and year), the token kept for this tab only (sessionStorage), and
// how each narrative will be split into headings and paragraphs (the rules of Submissions/NarrativeText.cs).
"use strict";
(() => {
  const form = document.getElementById("report-form");
  if (!form) return;
  const summary = document.getElementById("error-summary");
  const live = document.getElementById("live-status");
  const offer = document.getElementById("draft-offer");
  const api = new URL(form.getAttribute("action"), location.href);
  const validateUrl = new URL(form.dataset.validate, api);
  const previewUrl = new URL(form.dataset.preview, api);
  const TOKEN = "orgToken";
  const TOKEN_KEY = "report-token";
  const LAST_DRAFT = "report-draft:last";
  const NARRATIVES = ["preface", "overview", "activeDisclosure.narrative", "problemsAndImprovements", "otherMatters"];
  const NARRATIVE_PATH = /^(preface|overview|activeDisclosure\.narrative|problemsAndImprovements|otherMatters)(\[|$)/;
  const HEADING = /^[（(][一二三四五六七八九十]+[）)]/;
  const MAX_HEADING = 40;

  const controls = [...form.querySelectorAll("input[id], select[id], textarea[id]")];
  const ids = controls.map(c => c.id);
  const byName = name => form.querySelector(`[name="${CSS.escape(name)}"]`);
  const value = name => byName(name)?.value.trim() ?? "";
  for (const c of controls)
    c.dataset.describedby = (c.getAttribute("aria-describedby") ?? "").split(" ").filter(id => id && !id.endsWith("-error")).join(" ");

  // ---- Totals ----
  const totals = [...form.querySelectorAll("input[data-sum]")];
  const addends = new Map(totals.map(t => [t, t.dataset.sum.split(" ").map(n => document.getElementById(n))]));
  const number = input => (input.value.trim() === "" ? 0 : Number(input.value));
  const sumOf = total => {
    let sum = 0;
    for (const input of addends.get(total)) {
      const n = number(input);
      if (!Number.isSafeInteger(n)) return null;
      sum += n;
    }
    return sum;
  };
  // In document order a row's 总计 follows its cells and （七）总计 follows the rows it adds, so one pass suffices.
  const recompute = () => {
    for (const total of totals) {
      const sum = sumOf(total);
      if (sum !== null && !total.classList.contains("edited")) total.value = String(sum);
    }
  };
  const markEdited = total => {
    const sum = sumOf(total);
    total.classList.toggle("edited", total.value.trim() !== "" && sum !== null && number(total) !== sum);
  };
  const totalFindings = () => totals.filter(t => t.classList.contains("edited")).map(t => ({
    severity: "error",
    path: t.id,
    message: `${t.getAttribute("aria-label")}：各项之和为${sumOf(t)}，与填写的${t.value.trim()}不符（清空本格即按各项之和自动填写）`,
    local: true,
  }));

  // ---- Findings at their cells and in the summary ----
  const touched = new Set();
  let showAll = !summary.hidden;
  let serverFindings = JSON.parse(summary.dataset.findings || "[]");

  const controlOf = path => {
    if (!path) return null;
    const narrative = NARRATIVE_PATH.exec(path);
    if (narrative) return narrative[1];
    return ids.find(id => id === path) ?? ids.find(id => id.startsWith(path + ".")) ?? null;
  };
  const TOTAL_CODES = new Set(["row-total", "results-total", "outcome-total"]);
  // A total finding the server made before the clerk's last keystroke is stale once the total is computed again.
  const visible = () => {
    const local = totalFindings();
    const server = serverFindings.filter(f => {
      const total = TOTAL_CODES.has(f.code) ? document.getElementById(f.path) : null;
      return !(total?.dataset.sum !== undefined && !total.classList.contains("edited"));
    });
    return [...local.filter(l => !server.some(s => s.path === l.path)), ...server]
      .filter(f => f.local || showAll || touched.has(controlOf(f.path)))
      .sort((a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1));
  };
  const severityName = f => (f.severity === "error" ? "错误" : "提示");
  const badge = f => {
    const span = document.createElement("span");
    span.className = `severity ${f.severity}`;
    span.textContent = severityName(f);
    return span;
  };

  const clearMarks = () => {
    form.querySelectorAll(".cell-error, .error-message").forEach(e => e.remove());
    form.querySelectorAll(".invalid").forEach(e => e.classList.remove("invalid"));
    for (const c of controls) {
      c.removeAttribute("aria-invalid");
      if (c.dataset.describedby) c.setAttribute("aria-describedby", c.dataset.describedby);
      else c.removeAttribute("aria-describedby");
    }
  };

  const markAt = (id, findings) => {
    const control = document.getElementById(id);
    if (!control) return;
    const cell = control.closest("td");
    const message = document.createElement(cell ? "span" : "p");
    message.className = cell ? "cell-error" : "error-message";
    message.id = `${id}-error`;
    findings.forEach((f, i) => {
      if (i > 0) message.append(" ");
      message.append(badge(f), f.message);
    });
    if (cell) {
      cell.classList.add("invalid");
      cell.append(message);
    } else {
      const field = control.closest(".field");
      field.classList.add("invalid");
      control.before(message);
    }
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", [control.dataset.describedby, message.id].filter(Boolean).join(" "));
  };

  const item = f => {
    const li = document.createElement("li");
    const id = controlOf(f.path);
    li.append(badge(f), " ");
    if (id) {
      const link = document.createElement("a");
      link.href = `#${id}`;
      link.textContent = f.message;
      li.append(link);
    } else {
      li.append(f.message);
    }
    const position = document.createElement("span");
    position.className = "position";
    const control = id && document.getElementById(id);
    position.textContent = `位置：${control?.getAttribute("aria-label") ?? (control ? control.closest(".field")?.querySelector("label")?.textContent.replace(" *", "") : "整份报告")}`;
    li.append(position);
    return li;
  };

  const renderSummary = findings => {
    summary.replaceChildren();
    if (findings.length === 0) {
      summary.hidden = true;
      return;
    }
    const errors = findings.filter(f => f.severity === "error").length;
    const title = document.createElement("h2");
    title.id = "error-summary-title";
    title.textContent = (errors > 0 ? `有${errors}处需要修改` : "没有错误") + (findings.length > errors ? `，${findings.length - errors}处提示` : "");
    const list = document.createElement("ol");
    list.className = "findings";
    // A follow-on finding (causedBy) goes under the first finding at the path that causes it.
    const causes = new Map();
    for (const f of findings) if (!f.causedBy && !causes.has(f.path)) causes.set(f.path, { finding: f, followOns: [] });
    const roots = [];
    for (const f of findings) {
      if (f.causedBy && causes.has(f.causedBy)) causes.get(f.causedBy).followOns.push(f);
      else roots.push(f);
    }
    for (const f of roots) {
      const li = item(f);
      const group = causes.get(f.path);
      if (group && group.finding === f && group.followOns.length > 0) {
        const note = document.createElement("p");
        note.className = "follow-on-note";
        note.textContent = "以下各项可能由上一项引起，改正上一项后可能随之消除：";
        const sub = document.createElement("ul");
        sub.className = "follow-ons";
        sub.append(...group.followOns.map(item));
        li.append(note, sub);
      }
      list.append(li);
    }
    summary.append(title, list);
    summary.hidden = false;
  };

  const render = ({ focus = false } = {}) => {
    const findings = visible();
    clearMarks();
    const at = new Map();
    for (const f of findings) {
      const id = controlOf(f.path);
      if (id) at.set(id, [...(at.get(id) ?? []), f]);
    }
    at.forEach((list, id) => markAt(id, list));
    renderSummary(findings);
    if (focus && !summary.hidden) summary.focus();
    return findings;
  };

  summary.addEventListener("click", event => {
    const link = event.target.closest("a[href^='#']");
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  });

  // ---- Live checks ----
  let controller = null;
  let timer = 0;
  const payload = () => {
    const body = new FormData(form);
    body.delete(TOKEN);
    return body;
  };
  const say = text => { live.textContent = text; };
  const validate = async ({ focus = false } = {}) => {
    clearTimeout(timer);
    controller?.abort();
    controller = new AbortController();
    say("正在检查……");
    try {
      const response = await fetch(validateUrl, { method: "POST", body: payload(), headers: { Accept: "application/json" }, signal: controller.signal });
      const body = await response.json().catch(() => null);
      if (!body || !(response.ok || Array.isArray(body.errors))) {
        say(body?.detail ?? "检查未能完成，请稍后再试。");
        return;
      }
      serverFindings = body.errors ?? [];
      const shown = render({ focus });
      const errors = shown.filter(f => f.severity === "error").length;
      say(errors > 0 ? `检查完成：有${errors}处需要修改。` : body.valid ? "检查完成：没有发现错误。" : "检查完成。");
    } catch (error) {
      if (error.name !== "AbortError") say("无法连接服务器，检查未能完成。");
    }
  };
  const scheduleValidate = () => {
    clearTimeout(timer);
    timer = setTimeout(validate, 900);
  };

  document.getElementById("check-button").addEventListener("click", event => {
    event.preventDefault();
    showAll = true;
    validate({ focus: true });
  });

  document.getElementById("preview-button").addEventListener("click", async event => {
    event.preventDefault();
    showAll = true;
    // A live check still pending would overwrite what the preview reports.
    clearTimeout(timer);
    controller?.abort();
    // Opened now, while the click still counts as the person's, so no pop-up blocker stops it.
    const tab = window.open("", "_blank");
    say("正在生成预览PDF……");
    try {
      const response = await fetch(previewUrl, { method: "POST", body: payload(), headers: { Accept: "application/pdf, application/json" } });
      if (response.ok && response.headers.get("Content-Type")?.startsWith("application/pdf")) {
        const url = URL.createObjectURL(await response.blob());
        if (tab) tab.location.href = url;
        else location.href = url;
        say("预览PDF已在新标签页打开；预览不保存，也不发布。");
        return;
      }
      tab?.close();
      const body = await response.json().catch(() => null);
      if (Array.isArray(body?.errors)) {
        serverFindings = body.errors;
        render({ focus: true });
        say("报告有错误，无法预览。请按标出的位置修改后再预览。");
      } else {
        say(body?.detail ?? "预览未能生成，请稍后再试。");
      }
    } catch {
      tab?.close();
      say("无法连接服务器，预览未能生成。");
    }
  });

  // ---- How narratives will be split ----
  const lines = text => text.split(/\r\n|\r|\n/).map(l => l.trim()).filter(l => l.length > 0);
  const isHeading = line => line.length <= MAX_HEADING && HEADING.test(line) && !/[。！？；]$/.test(line);
  const showSplit = name => {
    const textarea = document.getElementById(name);
    const preview = document.getElementById(`${name}-preview`);
    if (!textarea || !preview) return;
    const all = lines(textarea.value);
    preview.hidden = all.length === 0;
    if (all.length === 0) return;
    const headings = name === "preface" ? [] : all.filter(isHeading);
    const paragraphs = all.length - headings.length;
    preview.textContent = `将形成${headings.length > 0 ? `${headings.length}个小标题（${headings.join("；")}）、` : ""}${paragraphs}段。`;
  };

  // ---- Drafts (this browser, per organization and year) and the token (this tab) ----
  const draftKey = () => `report-draft:${value("organization.id")}:${value("year")}`;
  const fieldsNow = () => {
    const fields = {};
    for (const [name, v] of new FormData(form)) if (name !== TOKEN && name !== "formatVersion" && typeof v === "string") fields[name] = v;
    return fields;
  };
  const storage = {
    get(key) { try { return JSON.parse(localStorage.getItem(key) ?? "null"); } catch { return null; } },
    set(key, v) { try { localStorage.setItem(key, typeof v === "string" ? v : JSON.stringify(v)); } catch { /* full or disabled: no draft */ } },
    remove(key) { try { localStorage.removeItem(key); } catch { /* disabled */ } },
  };
  let draftTimer = 0;
  const saveDraft = () => {
    const key = draftKey();
    storage.set(key, { savedAt: Date.now(), fields: fieldsNow() });
    storage.set(LAST_DRAFT, key);
  };
  const setFields = fields => {
    for (const [name, v] of Object.entries(fields)) {
      const control = byName(name);
      if (control && !control.readOnly && control.type !== "hidden") control.value = v;
    }
  };
  const same = (a, b) => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every(k => (a[k] ?? "") === (b[k] ?? ""));
  };
  const afterValuesChanged = () => {
    totals.forEach(markEdited);
    recompute();
    NARRATIVES.forEach(showSplit);
  };
  const offerDraft = () => {
    const lastKey = (() => { try { return localStorage.getItem(LAST_DRAFT); } catch { return null; } })();
    const key = draftKey();
    const draft = storage.get(key) ?? (value("organization.id") === "" && lastKey ? storage.get(lastKey) : null);
    if (!draft?.fields || same(draft.fields, fieldsNow())) return;
    const savedKey = storage.get(key) ? key : lastKey;
    const when = new Date(draft.savedAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
    const text = document.createElement("p");
    text.textContent = `本浏览器保存有${when}尚未提交的草稿（${draft.fields["organization.name"] || draft.fields["organization.id"] || "未填机关"}，${draft.fields.year || ""}年度）。`;
    const restore = document.createElement("button");
    restore.type = "button";
    restore.textContent = "恢复草稿";
    const clear = document.createElement("button");
    clear.type = "button";
    clear.className = "secondary";
    clear.textContent = "清除草稿";
    const actions = document.createElement("p");
    actions.className = "actions";
    actions.append(restore, clear);
    offer.replaceChildren(text, actions);
    offer.hidden = false;
    restore.addEventListener("click", () => {
      setFields(draft.fields);
      afterValuesChanged();
      Object.keys(draft.fields).forEach(name => touched.add(name));
      offer.hidden = true;
      saveDraft();
      say("已恢复草稿。");
      validate();
      document.getElementById("organization.id").focus();
    });
    clear.addEventListener("click", () => {
      storage.remove(savedKey);
      offer.hidden = true;
      say("草稿已清除。");
    });
  };

  const tokenInput = byName(TOKEN);
  try {
    if (!tokenInput.value) tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch { /* disabled */ }

  // ---- Last year's text as a starting point ----
  for (const button of form.querySelectorAll("button.use-last-year")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const textarea = document.getElementById(button.dataset.target);
      const text = [...document.getElementById(button.dataset.source).querySelectorAll("p")].map(p => p.textContent).join("\n");
      if (textarea.value.trim() !== "" && !confirm("用上年报告的文字替换已填写的内容？")) return;
      textarea.value = text;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      textarea.focus();
    });
  }

  form.addEventListener("input", event => {
    const target = event.target;
    if (target === tokenInput) {
      try { sessionStorage.setItem(TOKEN_KEY, tokenInput.value); } catch { /* disabled */ }
      return;
    }
    touched.add(target.id || target.name);
    if (target.dataset.sum !== undefined) markEdited(target);
    recompute();
    if (NARRATIVES.includes(target.id)) showSplit(target.id);
    render();
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraft, 400);
    scheduleValidate();
  });
  // An emptied total follows its addends again once the clerk leaves it.
  form.addEventListener("change", event => {
    if (event.target.dataset?.sum !== undefined && event.target.value.trim() === "") {
      event.target.classList.remove("edited");
      recompute();
      render();
    }
  });
  form.addEventListener("submit", () => {
    clearTimeout(draftTimer);
    saveDraft();
  });
  // Printing shows every textarea's whole text.
  addEventListener("beforeprint", () => {
    for (const t of form.querySelectorAll("textarea")) t.style.height = `${t.scrollHeight + 4}px`;
  });

  document.querySelectorAll(".totals-note").forEach(n => { n.hidden = false; });
  // The summary is rewritten as the clerk types; the status line below the buttons announces the counts instead.
  summary.removeAttribute("role");
  afterValuesChanged();
  if (showAll) {
    render();
    summary.focus();
  }
  offerDraft();
})();
