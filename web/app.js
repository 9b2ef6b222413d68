// newsdex web page: state lives in the URL; every view is rendered from /api/search.
"use strict";

const FILTERS = ["person", "place", "country", "org", "source", "topic", "author", "mentions"];
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

function go(params, replace = false) {
  const url = params.toString() ? `?${params}` : location.pathname;
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
  for (const name of [...FILTERS, "from", "to"]) {
    for (const value of params.getAll(name)) {
      chips.append(el("span", { class: "chip", "data-filter": name },
        `${name}: ${value}`,
        el("button", { type: "button", "aria-label": `Remove ${name} ${value}`, onclick: () => removeFilter(name, value) }, "×")));
    }
  }
}

function renderFacets(facets) {
  const aside = $("facets");
  aside.replaceChildren();
  for (const name of FACETS) {
    const values = facets[name] || [];
    if (!values.length) continue;
    const list = el("ul", { "data-facet": name });
    for (const { value, count } of values) {
      list.append(el("li", {}, el("button", { type: "button", onclick: () => addFilter(FILTER_OF[name] || name, value) },
        el("span", { class: "value" }, value), el("span", { class: "count" }, count))));
    }
    aside.append(el("h2", {}, FACET_TITLES[name]), list);
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

function renderTimeline(buckets) {
  const box = $("timeline");
  box.replaceChildren();
  const caption = $("timeline-caption");
  caption.replaceChildren();
  if (!buckets || buckets.length < 2) return;
  caption.append(el("span", {}, buckets[0].period), el("span", {}, "click a bar to narrow the dates"), el("span", {}, buckets[buckets.length - 1].period));
  const most = Math.max(...buckets.map((b) => b.count), 1);
  for (const { period, count } of buckets) {
    const height = count ? Math.max(4, Math.round((count / most) * 70)) : 2;
    box.append(el("button", {
      type: "button",
      class: count ? "bar" : "bar empty",
      style: `height:${height}px`,
      title: `${period}: ${count}`,
      "aria-label": `${period}: ${count} articles`,
      onclick: () => {
        const [from, to] = periodRange(period);
        go(withChange((p) => { p.set("from", from); p.set("to", to); }));
      },
    }));
  }
}

function renderResults(response, params) {
  const list = $("results");
  list.replaceChildren();
  for (const hit of response.hits) {
    const snippet = el("p", { class: "snippet" });
    snippet.innerHTML = hit.snippet; // server-escaped text, only <mark> added
    const meta = [hit.source, hit.published || "undated", hit.source_id && `id ${hit.source_id}`].filter(Boolean).join(" · ");
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
  for (const name of [...FILTERS, "from", "to"]) params.getAll(name).forEach((v) => api.append(name, v));
  if (params.get("sort")) api.set("sort", params.get("sort"));
  return api;
}

function apiParams(params) {
  const api = new URLSearchParams();
  api.set("q", params.get("q") || "");
  for (const name of [...FILTERS, "from", "to"]) params.getAll(name).forEach((v) => api.append(name, v));
  api.set("facets", FACETS.join(","));
  api.set("timeline", "month");
  api.set("limit", String(PAGE_SIZE));
  api.set("offset", String((pageOf(params) - 1) * PAGE_SIZE));
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

async function render() {
  const params = state();
  const token = ++renderToken;
  $("q").value = params.get("q") || "";
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

function highlightEntities(body, article) {
  // Mark every occurrence of the article's people, places and organizations in its text.
  const names = [];
  for (const [kind, list] of [["person", article.people], ["place", article.places], ["org", article.orgs]]) {
    for (const name of list || []) if (name.length > 1) names.push([name, kind]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  const container = $("article-body");
  container.replaceChildren();
  for (const paragraph of body.split(/\n\s*\n|\n/)) {
    if (!paragraph.trim()) continue;
    const p = el("p");
    let rest = paragraph;
    while (rest.length) {
      let best = null;
      for (const [name, kind] of names) {
        const at = rest.indexOf(name);
        if (at >= 0 && (best === null || at < best.at)) best = { at, name, kind };
      }
      if (!best) { p.append(rest); break; }
      p.append(rest.slice(0, best.at), el("mark", { class: best.kind, title: best.kind }, best.name));
      rest = rest.slice(best.at + best.name.length);
    }
    container.append(p);
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
    const entities = [["People", article.people], ["Places", article.places], ["Organizations", article.orgs], ["Topics", article.topics], ["Authors", article.authors]]
      .filter(([, list]) => list && list.length)
      .map(([label, list]) => `${label}: ${list.join(", ")}`);
    $("article-entities").textContent = entities.join(" — ");
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
  go(withChange((p) => p.set("q", $("q").value.trim())));
});
$("close-article").addEventListener("click", closeArticle);
document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !$("article-view").hidden) closeArticle(); });
window.addEventListener("popstate", render);
render();
