/**
 * The public notice as a page (一公开, #15), opened in a real headless Chromium (Debian's
 * `chromium`, which `scripts/ensure-chromium.sh` installs when missing) with every network request
 * refused: it shows every drawn enterprise, the search finds one, and the ticket the page
 * recomputes with WebCrypto equals the record's. No Chromium is a failure, never a skip.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPeriod, publicationRecords } from '../../src/index.js';
import { noticeHtml } from '../../src/node/notice/html.js';
import { noticeOf } from '../../src/node/notice/notice.js';
import { generateDirectory } from '../../src/testing/index.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const input = generateDirectory({ size: 2_000, seed: 'notice-page', inspectorsPerDepartment: 12 });
const planned = planPeriod(input, { seed: '2024-Q1 公证 3 1 4' });
if (planned._tag === 'Left') throw new Error('plan');
const plan = planned.right;
const published = publicationRecords(plan, [], { input, seed: '2024-Q1 公证 3 1 4', triggered: [] });
if (published._tag === 'Left') throw new Error('publication');
const names = new Map(input.enterprises.map((e) => [e.uscc as string, e.name]));
const notice = noticeOf(plan, published.right, input, (uscc: string) => names.get(uscc) ?? '');

describe('the notice page in headless Chromium (#15)', () => {
  let browser: Browser;
  const requests: string[] = [];
  const file = join(mkdtempSync(join(tmpdir(), 'notice-')), 'notice.html');

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: run scripts/ensure-chromium.sh (npm test does)`);
    writeFileSync(file, noticeHtml(notice));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open() {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  it('loads with no network request and shows every drawn enterprise', async () => {
    const page = await open();
    const text = await page.locator('body').innerText();
    const drawn = plan.draw.targets.map((t) => t.uscc);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.filter((uscc) => !text.includes(uscc))).toEqual([]);
    expect(text).toContain('抽取信息');
    expect(requests).toEqual([]);
  }, 30_000);

  it('the search finds an enterprise by name and hides the other tasks', async () => {
    const page = await open();
    const task = notice.tasks[3]!;
    await page.fill('#search', task.name);
    const visible = await page.locator('tr.task:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-uscc')));
    expect(visible).toContain(task.uscc);
    expect(visible.length).toBeLessThan(notice.tasks.length);
  }, 30_000);

  it('recomputes a drawn enterprise\'s ticket with WebCrypto, equal to the record\'s; and an undrawn one\'s', async () => {
    const page = await open();
    const target = plan.draw.targets.find((t) => t.status === 'drawn')!;
    await page.fill('#uscc', target.uscc.toLowerCase());
    await page.click('#check');
    await expect.poll(() => page.locator('#verdict').getAttribute('data-ticket')).toBe(target.ticket);
    expect(await page.locator('#verdict').innerText()).toContain('一致');
    const undrawn = input.enterprises.find((e) => !plan.draw.targets.some((t) => t.uscc === e.uscc))!;
    await page.fill('#uscc', undrawn.uscc);
    await page.click('#check');
    await expect.poll(() => page.locator('#verdict').innerText()).toContain('未被抽中');
  }, 30_000);
});
