/**
 * Renders the public notice of a plan of the bundled sample input and takes a screenshot of it in
 * headless Chromium at 1280 px and 390 px, for the README and docs (docs/notice.png, docs/notice-390.png). Run: `npx tsx scripts/notice-screenshot.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { parsePlanningInput, planPeriod, publicationRecords, type IsoDate } from '../src/index.js';
import { noticeHtml } from '../src/node/notice/html.js';
import { noticeOf } from '../src/node/notice/notice.js';

const parsed = parsePlanningInput(JSON.parse(readFileSync('examples/data/sample-input.json', 'utf8')));
if (parsed._tag === 'Left') throw new Error('sample input');
const input = parsed.right;
const plan = planPeriod(input, { seed: '2024-Q4 公证 7 3 9 1 4 0', secret: 'sample visit secret 8f3a1c7e9d2b4650' });
if (plan._tag === 'Left') throw new Error('plan');
const first = plan.right.tasks[0];
const results = first === undefined ? [] : [{
  enterprise: first.enterprise, date: first.date, reason: 'random' as const, lead: first.lead, departments: first.departments,
  contact: 'operating' as const, findings: first.items.map((item) => ({ item, outcome: 'compliant' as const })), majorHazard: false, labResults: [],
}];
const published = publicationRecords(plan.right, results, { input, seed: '2024-Q4 公证 7 3 9 1 4 0', secret: 'sample visit secret 8f3a1c7e9d2b4650', triggered: [], asOf: '2024-12-31' as IsoDate });
if (published._tag === 'Left') throw new Error(JSON.stringify(published.left.issues));
const file = '/tmp/double-random-notice.html';
writeFileSync(file, noticeHtml(noticeOf({ plan: plan.right, publication: published.right, input, issuer: { authority: '重庆市永川区市场监督管理局', published: '2024-10-08' } })));
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [width, height, out] of [[1280, 1000, 'docs/notice.png'], [390, 1400, 'docs/notice-390.png']] as const) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(`file://${file}`);
  await page.fill('#uscc', plan.right.draw.targets.find((t) => t.status === 'drawn')?.uscc ?? '');
  await page.click('#check');
  await page.waitForSelector('#verdict.ok');
  await page.screenshot({ path: out, fullPage: false });
  console.log(out);
}
await browser.close();
