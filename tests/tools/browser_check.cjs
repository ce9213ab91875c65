// Open a roadmap HTML page in headless Chromium, offline, and report what happened.
// Usage: node browser_check.cjs PAGE.html OUT_DIR CHROMIUM  (NODE_PATH must find puppeteer-core)
// Prints one JSON object: every request, console message, page error and dialog, the
// filter's effect, the page width on a phone, and the PDF page count; writes screenshots.
"use strict";
const path = require("path");
const fs = require("fs");
const puppeteer = require("puppeteer-core");

const [page_path, out_dir, chromium] = process.argv.slice(2);
const args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

(async () => {
  const report = { requests: [], blocked: [], failed: [], console: [], errors: [], dialogs: [] };
  const browser = await puppeteer.launch({ executablePath: chromium, args, headless: true });
  try {
    const page = await browser.newPage();
    const url = "file://" + path.resolve(page_path);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      report.requests.push(request.url());
      if (request.url() === url || request.url().startsWith("data:")) { request.continue(); }
      else { report.blocked.push(request.url()); request.abort(); }
    });
    page.on("requestfailed", (request) => report.failed.push(request.url()));
    page.on("console", (message) => report.console.push(message.type() + ": " + message.text()));
    page.on("pageerror", (error) => report.errors.push(String(error)));
    page.on("dialog", async (dialog) => { report.dialogs.push(dialog.message()); await dialog.dismiss(); });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: "load" });
    await page.screenshot({ path: path.join(out_dir, "desktop.png"), fullPage: true });
    report.scripts = await page.evaluate(() => document.scripts.length);
    report.h1 = await page.evaluate(() => document.querySelector("h1").textContent);
    report.filter = await page.evaluate(() => {
      const visible = () => document.querySelectorAll("#gantt .rows > g.row:not(.hidden)").length;
      const rows = () => Array.from(document.querySelectorAll("tr[data-area]")).filter((tr) => !tr.hidden).length;
      const area = document.getElementById("filter-area");
      const result = { shown: !document.getElementById("filters").hidden, all: visible(), allRows: rows() };
      area.value = area.options[1].value;
      area.dispatchEvent(new Event("change"));
      result.area = area.value;
      result.one = visible();
      result.oneRows = rows();
      result.count = document.getElementById("filter-count").textContent;
      result.height = Number(document.getElementById("gantt").getAttribute("height"));
      return result;
    });
    await page.evaluate(() => document.getElementById("timeline").scrollIntoView());
    await page.screenshot({ path: path.join(out_dir, "filtered.png"), fullPage: false });
    await page.evaluate(() => {
      const area = document.getElementById("filter-area");
      area.value = "";
      area.dispatchEvent(new Event("change"));
    });
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await page.reload({ waitUntil: "load" });
    report.phone_width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.screenshot({ path: path.join(out_dir, "phone.png") });
    await page.evaluate(() => document.getElementById("timeline").scrollIntoView());
    await page.screenshot({ path: path.join(out_dir, "phone-timeline.png") });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    fs.writeFileSync(path.join(out_dir, "print.pdf"), pdf);
    report.pdf_pages = (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(report));
})().catch((error) => { process.stderr.write(String(error.stack || error)); process.exit(1); });
