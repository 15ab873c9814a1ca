/**
 * Renders the public notice of a plan of the bundled sample input and takes a screenshot of it in
 * headless Chromium, for the README (docs/notice.png). Run: `npx tsx scripts/notice-screenshot.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { parsePlanningInput, planPeriod, publicationRecords } from '../src/index.js';
import { noticeHtml } from '../src/node/notice/html.js';
import { noticeOf } from '../src/node/notice/notice.js';

const parsed = parsePlanningInput(JSON.parse(readFileSync('examples/data/sample-input.json', 'utf8')));
if (parsed._tag === 'Left') throw new Error('sample input');
const input = parsed.right;
const plan = planPeriod(input, { seed: '2024-Q4 公证 7 3 9 1 4 0' });
if (plan._tag === 'Left') throw new Error('plan');
const first = plan.right.tasks[0];
const results = first === undefined ? [] : [{
  enterprise: first.enterprise, date: first.date, reason: 'random' as const, lead: first.lead, departments: first.departments,
  contact: 'operating' as const, findings: first.items.map((item) => ({ item, outcome: 'compliant' as const })), majorHazard: false, labResults: [],
}];
const published = publicationRecords(plan.right, results, { input, seed: '2024-Q4 公证 7 3 9 1 4 0', triggered: [] });
if (published._tag === 'Left') throw new Error(JSON.stringify(published.left.issues));
const names = new Map(input.enterprises.map((e) => [e.uscc as string, e.name]));
const file = '/tmp/double-random-notice.html';
writeFileSync(file, noticeHtml(noticeOf(plan.right, published.right, input, (uscc: string) => names.get(uscc) ?? '')));
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
await page.goto(`file://${file}`);
await page.fill('#uscc', plan.right.draw.targets[0]?.uscc ?? '');
await page.click('#check');
await page.waitForSelector('#verdict.ok');
await page.screenshot({ path: 'docs/notice.png', fullPage: false });
await browser.close();
console.log('docs/notice.png');
