// The reporters' page: builds a request from pasted articles, files and links, sends
// it to /v1/briefings and /v1/merge, and shows the briefing with its sources.
// Every piece of article or model text is put on the page with textContent, never as
// HTML, so nothing an article holds can run.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { briefing: null, request: null, texts: {}, key: "" };

  try { state.key = sessionStorage.getItem("briefing-key") || ""; } catch (_) { /* storage off */ }

  // ---- building the request ----

  function addArticle(fields) {
    const node = $("article-tpl").content.firstElementChild.cloneNode(true);
    if (fields) {
      node.querySelector(".a-source").value = fields.source || "";
      node.querySelector(".a-title").value = fields.title || "";
      node.querySelector(".a-text").value = fields.text || "";
    }
    node.querySelector(".remove").addEventListener("click", () => node.remove());
    $("articles").appendChild(node);
    return node;
  }

  function addLink(url) {
    const node = $("link-tpl").content.firstElementChild.cloneNode(true);
    node.querySelector(".a-url").value = url || "";
    node.querySelector(".remove").addEventListener("click", () => node.remove());
    $("articles").appendChild(node);
    return node;
  }

  function looksLikeHTML(s) {
    return /^\s*</.test(s) && /<\/(p|div|html|body|article)>/i.test(s);
  }

  function readFile(file) {
    return file.text().then((text) => {
      const title = file.name.replace(/\.(txt|md|html?|markdown)$/i, "");
      addArticle({ source: "", title: title, text: text });
    });
  }

  function buildRequest() {
    const articles = [];
    const texts = {};
    let n = 0;
    for (const node of $("articles").children) {
      if (node.classList.contains("link")) {
        const url = node.querySelector(".a-url").value.trim();
        if (!url) continue;
        n++;
        articles.push({ id: "a" + n, url: url });
        continue;
      }
      const text = node.querySelector(".a-text").value;
      if (!text.trim()) continue;
      n++;
      const a = { id: "a" + n };
      const source = node.querySelector(".a-source").value.trim();
      const title = node.querySelector(".a-title").value.trim();
      if (source) a.source = source;
      if (title) a.title = title;
      if (looksLikeHTML(text)) a.html = text; else { a.text = text; texts[a.id] = text; }
      articles.push(a);
    }
    const options = {
      max_points: parseInt($("max-points").value, 10) || 8,
      max_words: parseInt($("max-words").value, 10) || 250,
      engine: $("engine").value,
    };
    return { request: { articles: articles, options: options }, texts: texts };
  }

  // ---- talking to the API ----

  function headers(accept) {
    const h = { "Content-Type": "application/json", "Accept": accept };
    if (state.key) h["Authorization"] = "Bearer " + state.key;
    return h;
  }

  async function post(path, body, accept) {
    const res = await fetch(path, { method: "POST", headers: headers(accept), body: JSON.stringify(body) });
    const type = res.headers.get("Content-Type") || "";
    if (!res.ok) {
      let problem = { title: res.statusText, status: res.status };
      if (type.includes("json")) {
        try { problem = await res.json(); } catch (_) { /* keep the status line */ }
      }
      const err = new Error(problem.detail || problem.title || ("HTTP " + res.status));
      err.problem = problem;
      err.status = res.status;
      throw err;
    }
    return type.includes("json") ? res.json() : res.text();
  }

  function showError(err) {
    const box = $("error");
    box.replaceChildren();
    const p = err.problem || {};
    const head = document.createElement("strong");
    head.textContent = (p.title || "Error") + (p.status ? " (" + p.status + ")" : "");
    box.appendChild(head);
    const detail = document.createElement("p");
    detail.textContent = err.message;
    box.appendChild(detail);
    if (Array.isArray(p.errors) && p.errors.length) {
      const ul = document.createElement("ul");
      for (const e of p.errors) {
        const li = document.createElement("li");
        li.textContent = e;
        ul.appendChild(li);
      }
      box.appendChild(ul);
    }
    if (err.status === 401) {
      $("key-box").hidden = false;
      $("api-key").focus();
    }
    box.hidden = false;
  }

  // stream posts a briefing request with Accept: text/event-stream and reads the
  // typed events as they come (merge, plan, progress, warning), telling onEvent, until
  // the terminal one: the briefing, returned, or an error, thrown as a problem.
  async function stream(path, body, onEvent) {
    const res = await fetch(path, { method: "POST", headers: headers("text/event-stream"), body: JSON.stringify(body) });
    const type = res.headers.get("Content-Type") || "";
    if (!res.ok || !type.includes("text/event-stream")) {
      let problem = { title: res.statusText, status: res.status };
      if (type.includes("json")) {
        try { problem = await res.json(); } catch (_) { /* keep the status line */ }
      }
      const err = new Error(problem.detail || problem.title || ("HTTP " + res.status));
      err.problem = problem;
      err.status = res.status;
      throw err;
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        let kind = "message";
        const data = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) kind = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
        }
        if (!data.length) continue; // a keep-alive comment
        const payload = JSON.parse(data.join("\n"));
        if (kind === "briefing") return payload;
        if (kind === "error") {
          const err = new Error(payload.detail || payload.title || "error");
          err.problem = payload;
          err.status = payload.status;
          throw err;
        }
        onEvent(kind, payload);
      }
    }
    throw new Error("the briefing's stream ended without an answer");
  }

  // progressText says in words what a stream event tells.
  function progressText(kind, d) {
    switch (kind) {
      case "merge": return "Merged: " + d.unique_passages + " of " + d.passages + " sentences kept…";
      case "plan": return d.calls ? "Writing: " + d.calls + " model call" + (d.calls === 1 ? "" : "s") + " planned…" : "Writing the briefing…";
      case "progress": return "Writing: " + d.done + (d.total ? " of " + d.total : "") + " model calls done" + (d.cached ? " (from the cache)" : "") + "…";
      case "warning": return "Note: " + d.warning;
    }
    return "";
  }

  let timer = null;
  function progress(text) {
    const started = Date.now();
    clearInterval(timer);
    const tick = () => {
      const s = Math.round((Date.now() - started) / 1000);
      $("status").textContent = text + (s > 0 ? " " + s + " s" : "");
    };
    tick();
    timer = setInterval(tick, 1000);
  }
  function done(text) {
    clearInterval(timer);
    $("status").textContent = text || "";
  }

  async function brief() {
    $("error").hidden = true;
    const built = buildRequest();
    if (!built.request.articles.length) {
      showError(new Error("Paste at least one article or add a link."));
      return;
    }
    state.request = built.request;
    state.texts = built.texts;
    $("brief").disabled = true;
    progress("Reading the articles and writing the briefing…");
    try {
      state.events = [];
      const b = await stream("/v1/briefings", built.request, (kind, d) => {
        state.events.push(kind);
        const text = progressText(kind, d);
        if (text) progress(text);
      });
      state.briefing = b;
      render(b);
      done("Done.");
      mergeTable(built.request);
    } catch (err) {
      done("");
      showError(err);
    } finally {
      $("brief").disabled = false;
    }
  }

  async function mergeTable(request) {
    const tbody = $("adds").tBodies[0];
    tbody.replaceChildren();
    try {
      const m = await post("/v1/merge", request, "application/json");
      const titles = {};
      for (const s of (state.briefing && state.briefing.sources) || []) titles[s.id] = s.source || s.title || s.id;
      for (const a of m.articles || []) {
        if (a.text && !state.texts[a.id]) state.texts[a.id] = a.text;
        const tr = document.createElement("tr");
        const cells = [
          titles[a.id] || a.id,
          String(a.passages),
          Math.round((a.unique_share || 0) * 100) + "%",
          a.syndicated_of ? (titles[a.syndicated_of] || a.syndicated_of) : "—",
        ];
        for (const c of cells) {
          const td = document.createElement("td");
          td.textContent = c;
          tr.appendChild(td);
        }
        tbody.appendChild(tr);
      }
    } catch (_) {
      // The briefing is shown; the table is extra.
    }
  }

  // ---- showing the briefing ----

  function sourceNumbers(b) {
    const num = {};
    (b.sources || []).forEach((s, i) => { num[s.id] = i + 1; });
    return num;
  }

  // withNotes writes the article ids a point names inline ("6.4 according to [a1]")
  // as the numbers of the source notes, as the Markdown does.
  function withNotes(text, num) {
    return String(text || "").replace(/\[([^\]\s]+)\]/g, (m, id) => (num[id] ? "[" + num[id] + "]" : m));
  }

  function badge(text, cls) {
    const span = document.createElement("span");
    span.className = "badge " + (cls || "");
    span.textContent = text;
    return span;
  }

  // langOf is a tag fit for a lang attribute: "" for none or "und".
  function langOf(tag) {
    return tag && tag !== "und" ? tag : "";
  }

  // textItem is a list item for text in any language: its direction taken
  // from its own first strong character (dir="auto"), right-to-left shown right.
  function textItem(text, lang) {
    const li = document.createElement("li");
    li.dir = "auto";
    if (lang) li.lang = lang;
    li.textContent = text;
    return li;
  }

  function render(b) {
    $("result").hidden = false;
    $("result").lang = langOf(b.language);
    $("headline").textContent = b.headline || "";
    $("summary").textContent = b.summary || "";
    const num = sourceNumbers(b);
    const list = $("points");
    list.replaceChildren();
    (b.points || []).forEach((p, pi) => {
      const li = document.createElement("li");
      li.className = "point";
      li.dir = "auto";
      if (langOf(p.language)) li.lang = p.language;
      const text = document.createElement("span");
      text.className = "point-text";
      text.textContent = withNotes(p.text, num);
      li.appendChild(text);
      for (const c of p.citations || []) {
        const chip = document.createElement("button");
        chip.type = "button";
        chip.className = "chip";
        chip.textContent = "[" + (num[c] || c) + "]";
        chip.dataset.article = c;
        chip.dataset.point = String(pi);
        chip.setAttribute("aria-label", "Source " + (num[c] || c) + ": " + sourceName(b, c));
        li.appendChild(chip);
      }
      const badges = document.createElement("span");
      badges.className = "badges";
      const n = p.sources_count || (p.citations || []).length;
      badges.appendChild(badge(n + (n === 1 ? " outlet" : " outlets")));
      if (typeof p.independent_sources_count === "number" && p.independent_sources_count < n) {
        badges.appendChild(badge(p.independent_sources_count + " independent", "indep"));
        badges.appendChild(badge("wire copy", "wire"));
      }
      if (p.support && p.support.status && p.support.status !== "supported") {
        badges.appendChild(badge(p.support.status, "flag"));
        li.classList.add("flagged");
        if (p.support.unsupported && p.support.unsupported.length) {
          const miss = document.createElement("div");
          miss.className = "missing";
          miss.dir = "auto";
          miss.textContent = "Not found in the sources: " + p.support.unsupported.map((m) => m.text).join(", ");
          li.appendChild(miss);
        }
      }
      if (langOf(p.language)) {
        const lb = badge(p.language, "lang");
        lb.title = "Quoted in the language of its article (" + p.language + ")";
        badges.appendChild(lb);
      }
      if (p.support && p.support.scope === "figures_dates_names") {
        const sb = badge("checked on figures, dates and names", "lang");
        sb.title = "Its sources are in another language: only its figures, dates and names were checked";
        badges.appendChild(sb);
      }
      if (p.support && p.support.checked_by === "model") {
        badges.appendChild(badge("checked by the model", "model"));
      }
      const others = (p.support && p.support.disputed) || [];
      if (others.length) {
        badges.appendChild(badge("sources differ", "flag"));
        const d = document.createElement("div");
        d.className = "missing";
        d.textContent = "Other sources give: " + others.map((v) => (v.hedge ? v.hedge + " " : "") + v.value + " " +
          (v.citations || []).map((c) => "[" + (num[c] || c) + "]").join("")).join("; ");
        li.appendChild(d);
      }
      li.appendChild(badges);
      list.appendChild(li);
    });

    const ups = b.unsupported_points || [];
    $("unsupported").hidden = ups.length === 0;
    const ul = $("unsupported-list");
    ul.replaceChildren();
    for (const u of ups) {
      ul.appendChild(textItem(u.text + (u.unsupported && u.unsupported.length ? " — not found: " + u.unsupported.map((m) => m.text).join(", ") : "")));
    }

    const tl = b.timeline || [];
    $("timeline").hidden = tl.length === 0;
    const tll = $("timeline-list");
    tll.replaceChildren();
    for (const e of tl) {
      tll.appendChild(textItem(e.date + ": " + e.text + " " + (e.citations || []).map((c) => "[" + (num[c] || c) + "]").join("")));
    }

    const ds = b.differences || [];
    $("differences").hidden = ds.length === 0;
    const dl = $("differences-list");
    dl.replaceChildren();
    for (const d of ds) {
      const li = textItem("");
      const sides = (d.values || []).map((v) => (v.hedge ? v.hedge + " " : "") + v.value + " " +
        (v.citations || []).map((c) => "[" + (num[c] || c) + "]").join(""));
      li.textContent = d.about + (d.label === "updated" ? " (updated): " + sides.join(" → ")
        : d.label === "imprecise" ? " (figures differ, all can hold): " + sides.join("; ") : ": " + sides.join("; "));
      dl.appendChild(li);
    }

    const off = (b.coverage && b.coverage.off_topic) || [];
    $("off-topic").hidden = off.length === 0;
    const ol = $("off-topic-list");
    ol.replaceChildren();
    for (const id of off) {
      const li = document.createElement("li");
      li.textContent = id;
      ol.appendChild(li);
    }

    const ws = b.warnings || [];
    $("warnings").hidden = ws.length === 0;
    const wl = $("warnings-list");
    wl.replaceChildren();
    for (const w of ws) {
      const li = document.createElement("li");
      li.textContent = w;
      wl.appendChild(li);
    }

    const sl = $("sources");
    sl.replaceChildren();
    for (const s of b.sources || []) {
      const li = textItem([s.source, s.title].filter(Boolean).join(" — ") || s.id);
      if (s.url && /^https?:\/\//i.test(s.url)) {
        li.appendChild(document.createTextNode(" "));
        const a = document.createElement("a");
        a.href = s.url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        a.textContent = s.url;
        li.appendChild(a);
      }
      sl.appendChild(li);
    }
    const m = b.merge || {};
    $("engine-line").textContent = "Written by " + (b.engine || "?") + (b.model ? " (" + b.model + ")" : "") +
      " from " + (m.articles || 0) + " articles; merge kept " + (m.unique_passages || 0) + " of " + (m.passages || 0) +
      " passages, " + (m.tokens_after || 0) + " of " + (m.tokens_before || 0) + " tokens.";
    $("headline").focus();
  }

  function sourceOf(b, id) {
    return (b.sources || []).find((s) => s.id === id) || { id: id };
  }
  function sourceName(b, id) {
    const s = sourceOf(b, id);
    return s.source || s.title || s.id;
  }
  function evidenceFor(point, id) {
    return (point.evidence || []).find((e) => e.article_id === id);
  }

  // ---- the card and the side panel ----

  function showCard(chip) {
    const b = state.briefing;
    if (!b) return;
    const point = b.points[Number(chip.dataset.point)];
    const id = chip.dataset.article;
    const s = sourceOf(b, id);
    const card = $("card");
    card.replaceChildren();
    const head = document.createElement("strong");
    head.textContent = s.source || s.id;
    card.appendChild(head);
    if (s.title) {
      const t = document.createElement("div");
      t.dir = "auto";
      t.className = "card-title";
      t.textContent = s.title;
      card.appendChild(t);
    }
    const ev = evidenceFor(point, id);
    if (ev) {
      const q = document.createElement("blockquote");
      q.dir = "auto";
      q.textContent = ev.quote;
      card.appendChild(q);
    }
    const r = chip.getBoundingClientRect();
    card.hidden = false;
    const w = Math.min(360, window.innerWidth - 16);
    card.style.width = w + "px";
    card.style.left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 8)) + "px";
    card.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hideCard() { $("card").hidden = true; }

  // codePointSlice cuts s by Unicode code point offsets, as the API counts them.
  function codePointRange(s, start, end) {
    const cps = Array.from(s);
    return [cps.slice(0, start).join(""), cps.slice(start, end).join(""), cps.slice(end).join("")];
  }

  function openPanel(chip) {
    const b = state.briefing;
    const point = b.points[Number(chip.dataset.point)];
    const id = chip.dataset.article;
    const s = sourceOf(b, id);
    const ev = evidenceFor(point, id);
    $("panel-title").textContent = s.source || s.id;
    $("panel-meta").textContent = s.title || "";
    const body = $("panel-body");
    body.replaceChildren();
    const text = state.texts[id] || (ev ? ev.quote : "");
    let parts = [text, "", ""];
    if (ev && typeof ev.start === "number" && typeof ev.end === "number" && ev.end > ev.start) {
      parts = codePointRange(text, ev.start, ev.end);
    } else if (ev && ev.quote) {
      const at = text.indexOf(ev.quote);
      if (at >= 0) parts = [text.slice(0, at), ev.quote, text.slice(at + ev.quote.length)];
    }
    body.appendChild(document.createTextNode(parts[0]));
    let mark = null;
    if (parts[1]) {
      mark = document.createElement("mark");
      mark.textContent = parts[1];
      body.appendChild(mark);
    }
    body.appendChild(document.createTextNode(parts[2]));
    $("panel").hidden = false;
    if (mark) mark.scrollIntoView({ block: "center" });
    $("panel-close").focus();
    state.lastChip = chip;
  }
  function closePanel() {
    $("panel").hidden = true;
    if (state.lastChip) state.lastChip.focus();
  }

  // ---- copying ----

  function plainText(b) {
    const num = sourceNumbers(b);
    const lines = [];
    if (b.headline) lines.push(b.headline, "");
    if (b.summary) lines.push(b.summary, "");
    (b.points || []).forEach((p, i) => {
      lines.push((i + 1) + ". " + p.text + " " + (p.citations || []).map((c) => "[" + (num[c] || c) + "]").join(""));
    });
    lines.push("", "Sources:");
    (b.sources || []).forEach((s, i) => {
      lines.push((i + 1) + ". " + ([s.source, s.title].filter(Boolean).join(" — ") || s.id) + (s.url ? " " + s.url : ""));
    });
    return lines.join("\n") + "\n";
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      $("copy-status").textContent = "Copied.";
    } catch (_) {
      // Clipboard refused (no permission): show the text to copy by hand.
      const ta = document.createElement("textarea");
      ta.value = text;
      ta.className = "copy-fallback";
      ta.setAttribute("aria-label", "Text to copy");
      $("copy-status").replaceChildren(ta);
      ta.select();
    }
    state.copied = text;
  }

  async function copyMarkdown() {
    if (!state.request) return;
    try {
      const md = await post("/v1/briefings", state.request, "text/markdown");
      await copy(md);
    } catch (err) {
      showError(err);
    }
  }

  function downloadJSON() {
    if (!state.briefing) return;
    const blob = new Blob([JSON.stringify(state.briefing, null, 2)], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = (state.briefing.id || "briefing") + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // ---- the feed: many articles, grouped into stories ----

  // feedArticles reads the feed box: blocks between lines of three dashes, the
  // first line of each its title (a block that is only a link is fetched).
  function feedArticles() {
    const out = [];
    for (const block of $("feed-text").value.split(/^[ \t]*---[ \t]*$/m)) {
      const b = block.trim();
      if (!b) continue;
      const id = "f" + (out.length + 1);
      if (/^https?:\/\/\S+$/.test(b)) { out.push({ id: id, url: b }); continue; }
      const nl = b.indexOf("\n");
      const a = { id: id };
      let body = b;
      if (nl > 0 && !looksLikeHTML(b)) { a.title = b.slice(0, nl).trim(); body = b.slice(nl + 1).trim(); }
      if (!body) { body = a.title; delete a.title; }
      if (looksLikeHTML(body)) a.html = body; else a.text = body;
      out.push(a);
    }
    return out;
  }

  function addFeedFile(file) {
    return file.text().then((text) => {
      const title = file.name.replace(/\.(txt|md|html?|markdown)$/i, "");
      const box = $("feed-text");
      const sep = box.value.trim() ? "\n---\n" : "";
      box.value = box.value.replace(/\s*$/, "") + sep + (looksLikeHTML(text) ? text : title + "\n" + text);
    });
  }

  async function group() {
    const articles = feedArticles();
    $("error").hidden = true;
    const status = $("feed-status");
    if (!articles.length) { status.textContent = "The feed is empty."; return; }
    status.textContent = "Grouping " + articles.length + " articles…";
    $("group").disabled = true;
    try {
      const res = await post("/v1/stories", { articles: articles }, "application/json");
      state.feed = { articles: articles, stories: res };
      renderStories(articles, res);
      status.textContent = res.stories.length + " stories, " + res.singletons.length + " on their own.";
    } catch (err) {
      status.textContent = "";
      showError(err);
    } finally {
      $("group").disabled = false;
    }
  }

  function articleName(a) {
    return a.title || a.url || (a.text || "").slice(0, 80) || a.id;
  }

  function renderStories(articles, res) {
    const byID = {};
    for (const a of articles) byID[a.id] = a;
    const list = $("stories");
    list.replaceChildren();
    for (const st of res.stories) {
      const li = document.createElement("li");
      li.className = "story";
      li.dataset.story = st.id;
      const label = document.createElement("strong");
      label.className = "story-label";
      label.textContent = st.label;
      li.appendChild(label);
      const meta = document.createElement("span");
      meta.className = "hint story-meta";
      meta.textContent = " " + st.size + " articles" + (st.outlets.length ? " · " + st.outlets.join(", ") : "");
      li.appendChild(meta);
      const ul = document.createElement("ul");
      for (const id of st.articles) {
        const item = document.createElement("li");
        item.textContent = articleName(byID[id] || { id: id });
        ul.appendChild(item);
      }
      li.appendChild(ul);
      const btn = document.createElement("button");
      btn.type = "button";
      btn.className = "brief-story";
      btn.textContent = "Brief this story";
      btn.addEventListener("click", () => briefStory(st.articles.map((id) => byID[id]).filter(Boolean)));
      li.appendChild(btn);
      list.appendChild(li);
    }
    const singles = $("singletons-list");
    singles.replaceChildren();
    for (const id of res.singletons) {
      const item = document.createElement("li");
      item.textContent = articleName(byID[id] || { id: id });
      singles.appendChild(item);
    }
    $("singletons").hidden = res.singletons.length === 0;
  }

  // briefStory puts a story's articles in the editor and briefs them.
  function briefStory(articles) {
    $("articles").replaceChildren();
    for (const a of articles) {
      if (a.url && !a.text && !a.html) addLink(a.url);
      else addArticle({ source: a.source, title: a.title, text: a.text || a.html });
    }
    $("input").scrollIntoView();
    return brief();
  }

  // ---- wiring ----

  document.addEventListener("DOMContentLoaded", () => {
    addArticle();
    addArticle();
    if (state.key) $("api-key").value = state.key;
    $("add-article").addEventListener("click", () => addArticle().querySelector(".a-text").focus());
    $("add-link").addEventListener("click", () => addLink().querySelector(".a-url").focus());
    $("files").addEventListener("change", (e) => { for (const f of e.target.files) readFile(f); e.target.value = ""; });
    $("brief").addEventListener("click", brief);
    $("group").addEventListener("click", group);
    $("feed-files").addEventListener("change", (e) => { for (const f of e.target.files) addFeedFile(f); e.target.value = ""; });
    $("api-key").addEventListener("input", (e) => {
      state.key = e.target.value.trim();
      try { sessionStorage.setItem("briefing-key", state.key); } catch (_) { /* storage off */ }
    });
    $("copy-md").addEventListener("click", copyMarkdown);
    $("copy-text").addEventListener("click", () => state.briefing && copy(plainText(state.briefing)));
    $("download-json").addEventListener("click", downloadJSON);
    $("panel-close").addEventListener("click", closePanel);

    const points = $("points");
    points.addEventListener("mouseover", (e) => { const c = e.target.closest(".chip"); if (c) showCard(c); });
    points.addEventListener("mouseout", (e) => { if (e.target.closest(".chip")) hideCard(); });
    points.addEventListener("focusin", (e) => { const c = e.target.closest(".chip"); if (c) showCard(c); });
    points.addEventListener("focusout", (e) => { if (e.target.closest(".chip")) hideCard(); });
    points.addEventListener("click", (e) => { const c = e.target.closest(".chip"); if (c) { hideCard(); openPanel(c); } });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") { hideCard(); if (!$("panel").hidden) closePanel(); }
    });

    document.addEventListener("dragover", (e) => { e.preventDefault(); document.body.classList.add("dropping"); });
    document.addEventListener("dragleave", () => document.body.classList.remove("dropping"));
    document.addEventListener("drop", (e) => {
      e.preventDefault();
      document.body.classList.remove("dropping");
      const toFeed = e.target.closest && e.target.closest("#feed");
      for (const f of e.dataTransfer.files) (toFeed ? addFeedFile : readFile)(f);
    });
  });

  // For the browser tests and for anyone scripting the page.
  window.briefingPage = { addArticle: addArticle, addLink: addLink, plainText: () => state.briefing && plainText(state.briefing), copied: () => state.copied, events: () => (state.events || []).join(","), feedArticles: feedArticles };
})();
