// newsdex web page: state lives in the URL; every view is rendered from /api/search.
"use strict";

const FILTERS = ["person", "place", "country", "org", "source", "topic", "author", "mentions"];
// Values a user left out (a "not" chip): `not_place=Iran` in the URL and the API.
const EXCLUDABLE = ["person", "place", "country", "org", "source", "topic", "author"];
const EXCLUSIONS = EXCLUDABLE.map((name) => `not_${name}`);
// Values per facet at first, and after "more".
const TOP = 10;
const MORE = 50;
const FACETS = ["person", "continent", "country", "place", "org", "source", "author", "topic", "year"];
const FACET_TITLES = {
  person: "People", continent: "Continents", country: "Countries", place: "Places", org: "Organizations",
  source: "Sources", author: "Authors", topic: "Topics", year: "Years",
};
// Continents narrow by place: a place filter matches everything inside it. Countries
// filter by themselves: the country facet counts the countries stories are about.
const FILTER_OF = { continent: "place" };
const PAGE_SIZE = 10;
// The API pages no deeper than this offset (and a CSV export gives as many rows).
const MAX_OFFSET = 10000;
const MAX_PAGE = Math.floor(MAX_OFFSET / PAGE_SIZE) + 1;

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    // Through the CSSOM: the Content-Security-Policy refuses style attributes.
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function state() {
  return new URLSearchParams(location.search);
}

// People, places, countries and organizations have pages of their own.
const ENTITY_FACETS = ["person", "place", "country", "org"];
const ENTITY_TITLES = { person: "Person", place: "Place", country: "Country", org: "Organization" };

function entityPath(facet, value, params) {
  const query = exportParams(params || new URLSearchParams()).toString();
  return `/entity/${facet}/${encodeURIComponent(value)}${query ? `?${query}` : ""}`;
}

function navigate(url) {
  history.pushState(null, "", url);
  render();
}

function entityLink(facet, value, params, text = value) {
  const href = entityPath(facet, value, params);
  return el("a", { href, class: `entity ${facet}`, onclick: (event) => { event.preventDefault(); navigate(href); } }, text);
}

function go(params, replace = false) {
  const url = params.toString() ? `${location.pathname}?${params}` : location.pathname;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

function withChange(change) {
  const params = state();
  change(params);
  params.delete("page");
  return params;
}

function addFilter(name, value) {
  go(withChange((p) => {
    if (name === "year") {
      p.set("from", value);
      p.set("to", value);
    } else if (!p.getAll(name).includes(value)) {
      p.append(name, value);
    }
  }));
}

function removeFilter(name, value) {
  go(withChange((p) => {
    const kept = p.getAll(name).filter((v) => v !== value);
    p.delete(name);
    kept.forEach((v) => p.append(name, v));
  }));
}

function renderChips(params) {
  const chips = $("chips");
  chips.replaceChildren();
  for (const name of [...FILTERS, ...EXCLUSIONS, "from", "to"]) {
    for (const value of params.getAll(name)) {
      const excluded = name.startsWith("not_");
      chips.append(el("span", { class: excluded ? "chip not" : "chip", "data-filter": name },
        excluded ? `not ${name.slice(4)}: ${value}` : `${name}: ${value}`,
        el("button", { type: "button", "aria-label": `Remove ${name} ${value}`, onclick: () => removeFilter(name, value) }, "×")));
    }
  }
}

function facetItems(list, name, values, withCounts = true) {
  const filter = FILTER_OF[name] || name;
  list.replaceChildren();
  for (const { value, count } of values) {
    const item = el("li", {}, el("button", { type: "button", class: "pick", onclick: () => addFilter(filter, value) },
      el("span", { class: "value" }, value), withCounts ? el("span", { class: "count" }, count) : null));
    if (ENTITY_FACETS.includes(name)) {
      const href = entityPath(name, value, state());
      item.append(el("a", { href, class: "entity-page", title: `${value}: its page`, "aria-label": `${value}: its page`,
        onclick: (event) => { event.preventDefault(); navigate(href); } }, "↗"));
    }
    if (EXCLUDABLE.includes(filter)) {
      item.append(el("button", { type: "button", class: "exclude", title: `Leave out ${value}`, "aria-label": `Leave out ${value}`,
        onclick: () => addFilter(`not_${filter}`, value) }, "−"));
    }
    list.append(item);
  }
  if (!values.length) list.append(el("li", { class: "none" }, "no match"));
}

function renderFacets(facets) {
  const aside = $("facets");
  aside.replaceChildren();
  for (const name of FACETS) {
    const values = facets[name] || [];
    if (!values.length) continue;
    const list = el("ul", { "data-facet": name });
    facetItems(list, name, values);
    const section = el("section", { class: "facet" }, el("h2", {}, FACET_TITLES[name]));
    if (name !== "year") {
      // Search inside the facet: every value in the index whose name or a word of it
      // starts with what is typed.
      let timer = null;
      const find = el("input", { type: "search", class: "facet-search", placeholder: `Find ${FACET_TITLES[name].toLowerCase()}`,
        "aria-label": `Find ${FACET_TITLES[name].toLowerCase()}`, autocomplete: "off" });
      find.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          const prefix = find.value.trim();
          if (!prefix) { facetItems(list, name, values); return; }
          try {
            const found = await fetchJson(`/api/facets/${name}?${new URLSearchParams({ prefix, limit: String(TOP) })}`);
            if (find.value.trim() === prefix) facetItems(list, name, found.values);
          } catch (error) { /* keep the list as it is */ }
        }, 150);
      });
      section.append(find);
    }
    section.append(list);
    if (values.length >= TOP) {
      // More values among the hits, counted over all of them like the first ten.
      const more = el("button", { type: "button", class: "more", onclick: async () => {
        more.disabled = true;
        try {
          const api = apiParams(state());
          api.set("facets", name);
          api.set("top", String(MORE));
          api.set("limit", "0");
          api.delete("timeline");
          api.delete("offset");
          const response = await fetchJson(`/api/search?${api}`);
          facetItems(list, name, response.facets[name] || []);
          more.remove();
        } catch (error) { more.disabled = false; }
      } }, "more");
      section.append(more);
    }
    aside.append(section);
  }
}

function periodRange(period) {
  // "2025-05" → from/to 2025-05; "2025-W20" → the days of that ISO week.
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!week) return [period, period];
  const [year, number] = [Number(week[1]), Number(week[2])];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (number - 1) * 7 * 864e5);
  const sunday = new Date(monday.getTime() + 6 * 864e5);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

function renderTimeline(buckets, onRange = null) {
  const box = $("timeline");
  box.replaceChildren();
  const caption = $("timeline-caption");
  caption.replaceChildren();
  if (!buckets || buckets.length < 2) return;
  caption.append(el("span", {}, buckets[0].period), el("span", {}, "click a bar, or drag across bars, to narrow the dates"), el("span", {}, buckets[buckets.length - 1].period));
  const most = Math.max(...buckets.map((b) => b.count), 1);
  const narrow = (first, last) => {
    const [from] = periodRange(buckets[Math.min(first, last)].period);
    const [, to] = periodRange(buckets[Math.max(first, last)].period);
    if (onRange) onRange(from, to);
    else go(withChange((p) => { p.set("from", from); p.set("to", to); }));
  };
  // Drag to select: the bars from where the pointer went down to where it came up.
  let dragFrom = null;
  const bars = [];
  const mark = (first, last) => bars.forEach((bar, i) => bar.classList.toggle("selecting",
    first !== null && i >= Math.min(first, last) && i <= Math.max(first, last)));
  buckets.forEach(({ period, count }, index) => {
    const height = count ? Math.max(4, Math.round((count / most) * 70)) : 2;
    const bar = el("button", {
      type: "button",
      class: count ? "bar" : "bar empty",
      style: `height:${height}px`,
      title: `${period}: ${count}`,
      "aria-label": `${period}: ${count} articles`,
      "data-index": String(index),
      onclick: () => narrow(index, index),
    });
    bar.addEventListener("pointerdown", (event) => { dragFrom = index; bar.releasePointerCapture?.(event.pointerId); mark(index, index); });
    bar.addEventListener("pointerenter", () => { if (dragFrom !== null) mark(dragFrom, index); });
    bar.addEventListener("pointerup", () => {
      const from = dragFrom;
      dragFrom = null;
      mark(null, null);
      if (from !== null && from !== index) narrow(from, index);
    });
    bars.push(bar);
    box.append(bar);
  });
  box.addEventListener("pointerleave", () => { dragFrom = null; mark(null, null); });
}

function renderResults(response, params) {
  const list = $("results");
  list.replaceChildren();
  for (const hit of response.hits) {
    const snippet = el("p", { class: "snippet" });
    snippet.innerHTML = hit.snippet; // server-escaped text, only <mark> added
    const meta = [hit.source, hit.published || "undated", hit.source_id && `id ${hit.source_id}`,
      hit.similar && `${hit.similar} similar`].filter(Boolean).join(" · ");
    list.append(el("li", { "data-id": hit.id },
      el("h3", {}, el("a", { href: `?${withArticle(params, hit.id)}`, onclick: (e) => { e.preventDefault(); openArticle(hit.id); } }, hit.title || firstWords(hit.snippet))),
      el("div", { class: "meta" }, meta),
      snippet));
  }
}

function firstWords(html) {
  const text = new DOMParser().parseFromString(html, "text/html").body.textContent || "";
  return text.split(/\s+/).slice(0, 10).join(" ") + " …";
}

function withArticle(params, id) {
  const copy = new URLSearchParams(params);
  copy.set("article", id);
  return copy;
}

function renderPager(total, params) {
  const pager = $("pager");
  pager.replaceChildren();
  const page = pageOf(params);
  const allPages = Math.ceil(total / PAGE_SIZE);
  // Never offer a page the API refuses; past it, say how to reach the rest.
  const pages = Math.min(allPages, MAX_PAGE);
  if (pages <= 1) return;
  const turn = (to) => () => { const p = state(); p.set("page", String(to)); go(p); };
  pager.append(
    el("button", { type: "button", id: "prev", ...(page <= 1 ? { disabled: "" } : {}), onclick: turn(page - 1) }, "← Previous"),
    el("span", {}, `Page ${page} of ${pages}`),
    el("button", { type: "button", id: "next", ...(page >= pages ? { disabled: "" } : {}), onclick: turn(page + 1) }, "Next →"));
  if (allPages > pages && page >= pages) {
    pager.append(el("p", { id: "page-limit" },
      `Pages stop at ${MAX_PAGE.toLocaleString()}: narrow the search (a date range, a filter) or download the results as CSV.`));
  }
}

function pageOf(params) {
  const page = Math.floor(Number(params.get("page") || "1"));
  return Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1;
}

function exportParams(params) {
  const api = new URLSearchParams();
  if (params.get("q")) api.set("q", params.get("q"));
  for (const name of [...FILTERS, ...EXCLUSIONS, "from", "to"]) params.getAll(name).forEach((v) => api.append(name, v));
  if (params.get("sort")) api.set("sort", params.get("sort"));
  return api;
}

function apiParams(params) {
  const api = new URLSearchParams();
  api.set("q", params.get("q") || "");
  for (const name of [...FILTERS, ...EXCLUSIONS, "from", "to"]) params.getAll(name).forEach((v) => api.append(name, v));
  api.set("facets", FACETS.join(","));
  api.set("timeline", "month");
  api.set("limit", String(PAGE_SIZE));
  api.set("offset", String((pageOf(params) - 1) * PAGE_SIZE));
  // Wire copy sent again shows once, unless the user asked to see every copy.
  api.set("collapse", params.get("collapse") === "false" ? "false" : "true");
  if (params.get("sort")) api.set("sort", params.get("sort"));
  return api;
}

async function fetchJson(url) {
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

let renderToken = 0;

async function renderEntity(facet, value, params) {
  // /entity/person/Vladimir%20Putin?q=…: how many articles name it, when, and with whom,
  // under the query and filters in the URL.
  const status = $("status");
  $("entity-head").hidden = false;
  $("entity-kind").textContent = ENTITY_TITLES[facet] || facet;
  $("entity-name").textContent = value;
  ["facets", "results", "pager"].forEach((id) => $(id).replaceChildren());
  $("export").hidden = true;
  $("feed").hidden = true;
  const related = $("related");
  related.hidden = false;
  related.replaceChildren();
  status.className = "";
  status.textContent = "Loading…";
  try {
    const api = exportParams(params);
    api.delete("sort");
    const profile = await fetchJson(`/api/entities/${facet}/${encodeURIComponent(value)}?${api}`);
    $("entity-name").textContent = profile.value;
    document.title = `${profile.value} · newsdex`;
    status.textContent = `${profile.articles.toLocaleString()} article${profile.articles === 1 ? " names" : "s name"} ${profile.value}`;
    const search = new URLSearchParams(exportParams(params));
    const filter = facet;
    if (!search.getAll(filter).includes(profile.value)) search.append(filter, profile.value);
    const searchLink = $("entity-search");
    searchLink.href = `/?${search}`;
    searchLink.onclick = (event) => { event.preventDefault(); navigate(`/?${search}`); };
    renderTimeline(profile.timeline, (from, to) => {
      const dated = new URLSearchParams(search);
      dated.set("from", from);
      dated.set("to", to);
      navigate(`/?${dated}`);
    });
    for (const [name, title] of [["person", "People"], ["place", "Places"], ["org", "Organizations"]]) {
      const values = profile.related[name] || [];
      if (!values.length) continue;
      const list = el("ul", { "data-related": name });
      for (const { value: other, count } of values) {
        list.append(el("li", {}, entityLink(name, other, params), el("span", { class: "count" }, count)));
      }
      related.append(el("section", {}, el("h2", {}, `${title} named with it`), list));
    }
  } catch (error) {
    status.className = "error";
    status.textContent = `Error: ${error.message}`;
  }
}

async function render() {
  const params = state();
  const entityRoute = /^\/entity\/([^/]+)\/(.+)$/.exec(location.pathname);
  $("q").value = params.get("q") || "";
  if (entityRoute) {
    renderChips(params);
    renderEntity(entityRoute[1], decodeURIComponent(entityRoute[2]), params);
    $("article-view").hidden = true;
    return;
  }
  $("entity-head").hidden = true;
  $("related").hidden = true;
  document.title = "newsdex";
  const token = ++renderToken;
  $("q").value = params.get("q") || "";
  $("sort").value = params.get("sort") || "";
  $("from").value = params.get("from") || "";
  $("to").value = params.get("to") || "";
  $("mentions").value = "";
  $("collapse").checked = params.get("collapse") !== "false";
  renderChips(params);
  const status = $("status");
  status.className = "";
  status.textContent = "Searching…";
  try {
    const response = await fetchJson(`/api/search?${apiParams(params)}`);
    if (token !== renderToken) return;
    status.textContent = response.total === 0
      ? "No articles match. Try fewer words or remove a filter."
      : `${response.total.toLocaleString()} article${response.total === 1 ? "" : "s"} (${response.took_ms.toFixed(1)} ms)`;
    renderFacets(response.facets);
    renderTimeline(response.timeline);
    renderResults(response, params);
    renderPager(response.total, params);
    const download = $("export");
    download.href = `/api/search.csv?${exportParams(params)}`;
    download.title = response.total > MAX_OFFSET
      ? `The first ${MAX_OFFSET.toLocaleString()} of ${response.total.toLocaleString()} articles, in this order`
      : `${response.total.toLocaleString()} articles, in this order`;
    download.hidden = response.total === 0;
    // The same search as a feed, for a feed reader to keep watching (newest first).
    const feed = $("feed");
    const feedUrl = `/api/search.atom?${exportParams(params)}`;
    feed.href = feedUrl;
    feed.hidden = false;
    let alternate = document.querySelector("link[rel=alternate][type='application/atom+xml']");
    if (!alternate) {
      alternate = el("link", { rel: "alternate", type: "application/atom+xml", title: "This search" });
      document.head.append(alternate);
    }
    alternate.href = feedUrl;
  } catch (error) {
    if (token !== renderToken) return;
    status.className = "error";
    status.textContent = `Error: ${error.message}`;
    ["facets", "timeline", "timeline-caption", "results", "pager"].forEach((id) => $(id).replaceChildren());
  }
  const article = params.get("article");
  if (article) showArticle(article);
  else $("article-view").hidden = true;
}

function openArticle(id) {
  go(withArticle(state(), id));
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function highlightEntities(body, article) {
  // Mark every mention of the article's people, places and organizations in its text,
  // whole words only: "Brazil" is not marked inside "Brazilian".
  const kinds = new Map();
  for (const [kind, list] of [["person", article.people], ["place", article.places], ["org", article.orgs]]) {
    for (const name of list || []) if (name.length > 1 && !kinds.has(name)) kinds.set(name, kind);
  }
  const names = [...kinds.keys()].sort((a, b) => b.length - a.length);
  const pattern = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : null;
  const container = $("article-body");
  container.replaceChildren();
  if (!body || !body.trim()) {
    container.append(el("p", { class: "no-text" },
      "This article has no text in the index: its file gave only a headline and metadata."));
    return;
  }
  if (article.mentions && article.mentions.length) {
    markStoredMentions(container, body, article.mentions);
    return;
  }
  // An index without stored mentions: the names, as whole words.
  // The stored text is reflowed: each line is a paragraph.
  for (const paragraph of body.split(/\n+/)) {
    if (!paragraph.trim()) continue;
    const p = el("p");
    let at = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      for (const match of paragraph.matchAll(pattern)) {
        const kind = kinds.get(match[0]);
        p.append(paragraph.slice(at, match.index), el("mark", { class: kind, title: kind }, match[0]));
        at = match.index + match[0].length;
      }
    }
    p.append(paragraph.slice(at));
    container.append(p);
  }
}

function markStoredMentions(container, body, mentions) {
  // The spans the tagger found, as stored at indexing ("Putin" for Vladimir Putin, "Kiev"
  // for Kyiv, "Japanese" for Japan); byte offsets into the UTF-8 text.
  const bytes = new TextEncoder().encode(body);
  const decode = (start, end) => new TextDecoder().decode(bytes.subarray(start, end));
  const spans = mentions.flatMap(({ type, name, spans }) => spans.map(([start, end]) => ({ start, end, type, name })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let paragraph = el("p");
  const flush = () => { if (paragraph.textContent.trim()) container.append(paragraph); paragraph = el("p"); };
  const addText = (text) => {
    const lines = text.split("\n");
    lines.forEach((line, i) => { if (i) flush(); if (line) paragraph.append(line); });
  };
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping: the first wins
    addText(decode(at, span.start));
    paragraph.append(el("mark", { class: span.type, title: `${span.type}: ${span.name}` }, decode(span.start, span.end)));
    at = span.end;
  }
  addText(decode(at, bytes.length));
  flush();
}

function entityLinks(article) {
  // Each person, place and organization filters the search by it.
  const box = $("article-entities");
  box.replaceChildren();
  const groups = [["People", "person", article.people], ["Places", "place", article.places],
    ["Organizations", "org", article.orgs], ["Topics", "topic", article.topics], ["Authors", "author", article.authors]];
  for (const [label, filter, list] of groups) {
    if (!list || !list.length) continue;
    const group = el("span", { class: "entity-group" }, `${label}: `);
    list.forEach((name, i) => {
      if (i) group.append(", ");
      const params = withChange((p) => { p.delete("article"); if (!p.getAll(filter).includes(name)) p.append(filter, name); });
      group.append(el("a", { href: `/?${params}`, class: `entity ${filter}`,
        onclick: (event) => { event.preventDefault(); navigate(`/?${params}`); } }, name));
      if (ENTITY_FACETS.includes(filter)) {
        const href = entityPath(filter, name, state());
        group.append(" ", el("a", { href, class: "entity-page", title: `${name}: its page`, "aria-label": `${name}: its page`,
          onclick: (event) => { event.preventDefault(); navigate(href); } }, "↗"));
      }
    });
    box.append(group);
  }
}

async function showArticle(id) {
  const view = $("article-view");
  view.hidden = false;
  $("article-title").textContent = "Loading…";
  try {
    const article = await fetchJson(`/api/articles/${encodeURIComponent(id)}`);
    $("article-title").textContent = article.title || "(untitled)";
    $("article-meta").textContent = [article.source, article.published || "undated", article.source_id && `id ${article.source_id}`, article.url].filter(Boolean).join(" · ");
    entityLinks(article);
    const similar = $("article-similar");
    similar.replaceChildren();
    similar.hidden = !(article.similar && article.similar.length);
    if (!similar.hidden) {
      const list = el("ul");
      for (const other of article.similar) {
        list.append(el("li", {}, el("a", { href: `?${withArticle(state(), other.id)}`, onclick: (event) => { event.preventDefault(); openArticle(other.id); } },
          other.title || "(untitled)"), " ", el("span", { class: "meta" }, [other.source, other.published || "undated"].filter(Boolean).join(" · "))));
      }
      similar.append(el("h2", {}, `The same story, sent ${article.similar.length} more time${article.similar.length === 1 ? "" : "s"}`), list);
    }
    highlightEntities(article.body, article);
  } catch (error) {
    $("article-title").textContent = `Error: ${error.message}`;
    $("article-body").replaceChildren();
  }
}

function closeArticle() {
  const params = state();
  params.delete("article");
  go(params);
}

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go(withChange((p) => {
    p.set("q", $("q").value.trim());
    for (const name of ["from", "to"]) {
      const value = $(name).value.trim();
      if (value) p.set(name, value); else p.delete(name);
    }
    const mentions = $("mentions").value.trim();
    if (mentions && !p.getAll("mentions").includes(mentions)) p.append("mentions", mentions);
  }));
});
$("collapse").addEventListener("change", () => {
  go(withChange((p) => { if ($("collapse").checked) p.delete("collapse"); else p.set("collapse", "false"); }));
});
$("sort").addEventListener("change", () => {
  go(withChange((p) => { if ($("sort").value) p.set("sort", $("sort").value); else p.delete("sort"); }));
});
$("close-article").addEventListener("click", closeArticle);
document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !$("article-view").hidden) closeArticle(); });
window.addEventListener("popstate", render);
render();
