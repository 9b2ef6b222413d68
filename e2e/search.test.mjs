// End-to-end test of the web page in headless Chromium, as a person would use it.
// Run by tests/browser.rs with NEWSDEX_URL (a server on a fixture index) and ARTIFACTS set.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const BASE = process.env.NEWSDEX_URL;
const ARTIFACTS = process.env.ARTIFACTS || "target/e2e";

test("search, facet, article, back", async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs = [];
    page.on("dialog", (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    // The server's Content-Security-Policy must not block anything the page does.
    const blocked = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto(BASE);
    await page.waitForSelector("#status:has-text('articles')");

    // Type a query.
    await page.fill("#q", "ceasefire");
    await page.press("#q", "Enter");
    await page.waitForSelector("#status:has-text('2 articles')");
    assert.equal(await page.locator("#results > li").count(), 2);
    assert.match(page.url(), /q=ceasefire/);
    assert.equal(await page.locator("#results mark").first().textContent(), "ceasefire");

    // The download link exports the same search, every hit, as CSV.
    const href = await page.getAttribute("#export", "href");
    assert.equal(href, "/api/search.csv?q=ceasefire");
    const csv = await (await page.request.get(`${BASE}${href}`)).text();
    assert.equal(csv.trim().split("\r\n").length, 3, csv);
    // And as a feed a reader can subscribe to.
    assert.equal(await page.getAttribute("#feed", "href"), "/api/search.atom?q=ceasefire");
    assert.equal(await page.getAttribute("link[rel=alternate][type='application/atom+xml']", "href"),
      "/api/search.atom?q=ceasefire");
    const atom = await (await page.request.get(`${BASE}/api/search.atom?q=ceasefire`)).text();
    assert.equal(atom.match(/<entry>/g).length, 2);

    // Click a facet value: count and hits change, a chip appears, the URL says so.
    const istanbul = page.locator("[data-facet=place] button", { hasText: "Istanbul" });
    assert.equal((await istanbul.locator(".count").textContent()).trim(), "1");
    await istanbul.click();
    await page.waitForSelector("#status:has-text('1 article')");
    assert.equal(await page.locator("#results > li").count(), 1);
    assert.equal((await page.locator(".chip").textContent()).replace("×", "").trim(), "place: Istanbul");
    assert.match(page.url(), /place=Istanbul/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/results.png`, fullPage: true });

    // Open the article: its entities are highlighted in the text.
    await page.click("#results h3 a");
    await page.waitForSelector("#article-view:not([hidden]) #article-body p");
    assert.equal(await page.textContent("#article-title"), "Ceasefire talks stall in Istanbul");
    assert.equal(await page.locator("#article-body mark.place", { hasText: "Istanbul" }).count(), 1);
    // Marks are the stored mentions, whole words: never a name cut out of a longer word.
    const cut = await page.evaluate(() => [...document.querySelectorAll("#article-body mark")].filter((mark) => {
      const before = mark.previousSibling?.textContent?.slice(-1) || "";
      const after = mark.nextSibling?.textContent?.slice(0, 1) || "";
      return /\p{L}/u.test(before) || /\p{L}/u.test(after);
    }).map((mark) => mark.textContent));
    assert.deepEqual(cut, []);
    assert.ok(await page.locator("#article-body mark").count() >= 3);
    assert.equal(await page.locator("#article-entities a.entity.person").count(), 2);
    await page.screenshot({ path: `${ARTIFACTS}/article.png` });
    // An entity in the article filters the search by it.
    await page.click("#article-entities a.entity.person:has-text('Volodymyr Zelenskyy')");
    await page.waitForSelector("#article-view[hidden]", { state: "attached" });
    await page.waitForSelector(".chip[data-filter=person]");
    assert.match(page.url(), /person=Volodymyr/);
    await page.goBack();
    await page.waitForSelector("#article-view:not([hidden]) #article-body p");

    // Back closes the article, back again drops the filter.
    await page.goBack();
    await page.waitForSelector("#article-view[hidden]", { state: "attached" });
    await page.waitForSelector("#status:has-text('1 article')");
    await page.goBack();
    await page.waitForSelector("#status:has-text('2 articles')");
    assert.equal(await page.locator(".chip").count(), 0);

    // Leave a value out: a "not" chip, and the hits without it.
    const istanbulItem = page.locator("[data-facet=place] li", { hasText: "Istanbul" });
    await istanbulItem.hover();
    await istanbulItem.locator("button.exclude").click();
    await page.waitForSelector("#status:has-text('1 article')");
    assert.equal((await page.locator(".chip.not").textContent()).replace("×", "").trim(), "not place: Istanbul");
    assert.match(page.url(), /not_place=Istanbul/);
    assert.equal(await page.locator("#results h3").textContent(), "Kýiv celebrates");
    await page.click(".chip.not button");
    await page.waitForSelector("#status:has-text('2 articles')");

    // Sort control.
    await page.selectOption("#sort", "oldest");
    await page.waitForFunction(() => location.search.includes("sort=oldest"));
    await page.waitForSelector("#results li:first-child h3:has-text('Ceasefire talks stall')");
    await page.selectOption("#sort", "newest");
    await page.waitForSelector("#results li:first-child h3:has-text('Kýiv celebrates')");

    // Date range inputs.
    await page.fill("#from", "2025-05-16");
    await page.press("#from", "Enter");
    await page.waitForSelector("#status:has-text('1 article')");
    assert.deepEqual(await page.locator(".chip").allTextContents(), ["from: 2025-05-16×"]);
    await page.click(".chip[data-filter=from] button");
    await page.waitForSelector("#status:has-text('2 articles')");
    assert.equal(await page.inputValue("#from"), "");

    // Search inside a facet.
    await page.fill("section.facet:has([data-facet=person]) .facet-search", "zel");
    await page.waitForFunction(() => document.querySelectorAll("[data-facet=person] li").length === 1);
    assert.equal((await page.locator("[data-facet=person] li .value").textContent()), "Volodymyr Zelenskyy");

    // An entity's page: count, company kept (each a page of its own), back to its articles.
    await page.goto(`${BASE}/entity/person/putin`);
    await page.waitForSelector("#status:has-text('2 articles name Vladimir Putin')");
    assert.equal(await page.textContent("#entity-name"), "Vladimir Putin");
    await page.click("[data-related=place] a:has-text('Istanbul')");
    await page.waitForSelector("#status:has-text('1 article names Istanbul')");
    assert.match(page.url(), /\/entity\/place\/Istanbul$/);
    await page.click("#entity-search");
    await page.waitForSelector("#status:has-text('1 article (')");
    assert.match(page.url(), /\/\?place=Istanbul$/);
    await page.goBack();
    await page.waitForSelector("#status:has-text('1 article names Istanbul')");
    await page.screenshot({ path: `${ARTIFACTS}/entity.png` });
    await page.goto(`${BASE}/`);
    await page.waitForSelector("#status:has-text('articles')");

    // The timeline: clicking a month's bar narrows the dates to that month.
    await page.fill("#q", "");
    await page.press("#q", "Enter");
    await page.waitForSelector("#status:has-text('9 articles')");
    const bar = page.locator("#timeline button[aria-label^='2024-11:']");
    await bar.click();
    await page.waitForSelector("#status:has-text('1 article')");
    assert.deepEqual(await page.locator(".chip").allTextContents(), ["from: 2024-11×", "to: 2024-11×"]);
    await page.click(".chip[data-filter=from] button");
    await page.waitForSelector("#status:has-text('3 articles')");
    await page.click(".chip[data-filter=to] button");
    await page.waitForSelector("#status:has-text('9 articles')");

    // Drag across bars: the dates from the first bar's month to the last's.
    const first = page.locator("#timeline button.bar").first();
    const third = page.locator("#timeline button.bar").nth(2);
    const start = await first.boundingBox();
    const end = await third.boundingBox();
    await page.mouse.move(start.x + start.width / 2, start.y + start.height - 1);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2, end.y + end.height - 1, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelectorAll(".chip").length === 2);
    const [fromChip, toChip] = await page.locator(".chip").allTextContents();
    assert.match(fromChip, /^from: \d{4}-\d{2}/);
    assert.match(toChip, /^to: \d{4}-\d{2}/);
    assert.notEqual(fromChip.slice(6), toChip.slice(4), "a range of months, not one bar");
    await page.screenshot({ path: `${ARTIFACTS}/timeline-range.png` });
    await page.goto(`${BASE}/`);
    await page.waitForSelector("#status:has-text('9 articles')");

    // "more": fifty values of a facet instead of ten.
    assert.equal(await page.locator("[data-facet=person] li").count(), 10);
    await page.click("section.facet:has([data-facet=person]) button.more");
    await page.waitForFunction(() => document.querySelectorAll("[data-facet=person] li").length > 10);
    assert.equal(await page.locator("section.facet:has([data-facet=person]) button.more").count(), 0);

    // The period an article talks about.
    await page.fill("#mentions", "2025-05");
    await page.press("#mentions", "Enter");
    await page.waitForSelector(".chip[data-filter=mentions]");
    assert.match(page.url(), /mentions=2025-05/);
    await page.click(".chip[data-filter=mentions] button");
    await page.waitForSelector("#status:has-text('9 articles')");

    // A page deeper than the API goes is the last one it serves, not an error.
    await page.goto(`${BASE}/?page=5000`);
    await page.waitForSelector("#status:has-text('9 articles')");
    assert.doesNotMatch(await page.textContent("#status"), /Error/);

    // Wire copy sent twice shows once, says so, and the article lists the other copy.
    await page.fill("#q", "tin council");
    await page.press("#q", "Enter");
    await page.waitForSelector("#status:has-text('2 articles')");
    assert.equal(await page.locator("#results > li").count(), 1);
    assert.match(await page.textContent("#results .meta"), /1 similar/);
    await page.click("#results h3 a");
    await page.waitForSelector("#article-similar:not([hidden]) li");
    assert.match(await page.textContent("#article-similar"), /Tin council seeks (new|fresh) talks/);
    await page.screenshot({ path: `${ARTIFACTS}/similar.png` });
    await page.click("#close-article");
    await page.waitForSelector("#article-view[hidden]", { state: "attached" });
    await page.uncheck("#collapse");
    await page.waitForFunction(() => document.querySelectorAll("#results > li").length === 2);
    assert.match(page.url(), /collapse=false/);
    await page.check("#collapse");
    await page.waitForFunction(() => document.querySelectorAll("#results > li").length === 1);

    // The empty state.
    await page.fill("#q", "nothingburger");
    await page.press("#q", "Enter");
    await page.waitForSelector("#status:has-text('No articles match')");

    // A bad query shows the server's error.
    await page.fill("#q", "(oil");
    await page.press("#q", "Enter");
    await page.waitForSelector("#status.error");
    assert.match(await page.textContent("#status"), /expected '\)'/);

    // Article text containing markup is shown as text, never run.
    await page.fill("#q", "alert");
    await page.press("#q", "Enter");
    await page.waitForSelector("#status:has-text('1 article')");
    assert.match(await page.textContent("#results .snippet"), /<script>alert\(1\)<\/script>/);
    await page.click("#results h3 a");
    await page.waitForSelector("#article-view:not([hidden]) #article-body p");
    assert.match(await page.textContent("#article-body"), /<script>alert\(1\)<\/script>/);
    assert.deepEqual(dialogs, []);

    // A narrow screen stacks the facets under the results.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${BASE}/?q=ceasefire`);
    await page.waitForSelector("#status:has-text('2 articles')");
    const facets = await page.locator("#facets").boundingBox();
    const results = await page.locator("#results").boundingBox();
    assert.ok(facets.y > results.y, "facets below results on a phone");
    await page.screenshot({ path: `${ARTIFACTS}/narrow.png`, fullPage: true });
    assert.deepEqual(blocked, []);
  } finally {
    await browser.close();
  }
});
