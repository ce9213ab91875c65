// Screenshot a page (or one element of it) in headless Chromium, offline.
// Usage: node screenshot.cjs PAGE.html OUT.png WIDTH HEIGHT CHROMIUM [SELECTOR] [MOBILE]
// NODE_PATH must find puppeteer-core. With SELECTOR, only that element is captured;
// with @SELECTOR, the window is scrolled to that element and captured as it shows.
"use strict";
const path = require("path");
const puppeteer = require("puppeteer-core");

const [page_path, out, width, height, chromium, selector, mobile] = process.argv.slice(2);
const args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

(async () => {
  const browser = await puppeteer.launch({ executablePath: chromium, args, headless: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: Number(width), height: Number(height), isMobile: mobile === "mobile",
      hasTouch: mobile === "mobile", deviceScaleFactor: mobile === "mobile" ? 2 : 1 });
    const url = "file://" + path.resolve(page_path);
    await page.setRequestInterception(true);
    page.on("request", (request) => (request.url() === url ? request.continue() : request.abort()));
    await page.goto(url, { waitUntil: "load" });
    if (selector && selector.startsWith("@")) {
      await page.$eval(selector.slice(1), (element) => element.scrollIntoView());
      await page.screenshot({ path: out });
    } else if (selector) {
      const element = await page.$(selector);
      await element.scrollIntoView();
      await element.screenshot({ path: out });
    } else {
      await page.screenshot({ path: out });
    }
  } finally {
    await browser.close();
  }
})().catch((error) => { process.stderr.write(String(error.stack || error)); process.exit(1); });
