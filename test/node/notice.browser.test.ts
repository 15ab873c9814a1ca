/**
 * The public notice as a page (一公开, #15, #24), opened in a real headless Chromium (Debian's
 * `chromium` with `fonts-noto-cjk`, which `scripts/ensure-chromium.sh` installs when missing) with
 * every network request refused, at 1280 px and at 390 px: Chinese glyphs render (not boxes), no
 * horizontal scroll on a phone, the search finds an enterprise in every section, the ticket check
 * works from `file://` with WebCrypto gone, an invalid code gets its reason, a pending unannounced
 * visit shows no date, and a hostile name renders as text. No Chromium is a failure, never a skip.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPeriod, publicCodes, publicationRecords, type IsoDate, type PlanningInput } from '../../src/index.js';
import { noticeHtml } from '../../src/node/notice/html.js';
import { noticeOf } from '../../src/node/notice/notice.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SEED = '2024-Q1 公证 3 1 4';
const HOSTILE = '<img src=x onerror="document.title=\'xss\'">有限公司';
const generated = generateDirectory({ size: 6_000, seed: 'notice-page', inspectorsPerDepartment: 12 });
const plan0 = rightOf(planPeriod(generated, { seed: SEED }));
// One drawn enterprise gets a hostile name: it must render as text.
const victim = plan0.tasks.find((t) => t.reasons.includes('random'))!.enterprise;
const input = { ...generated, enterprises: generated.enterprises.map((e) => (e.uscc === victim ? { ...e, name: HOSTILE } : e)) };
const SECRET = 'notice page visit secret 6b2d9e4c';
const plan = rightOf(planPeriod(input, { seed: SEED, secret: SECRET }));
const published = rightOf(publicationRecords(plan, [], { input, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-03-31' as IsoDate }));
const notice = noticeOf({ plan, publication: published, input, issuer: { authority: '重庆市永川区市场监督管理局', published: '2024-01-08' } });
// The same batch under a policy that shows public codes instead of names (R3).
const coded: PlanningInput = { ...input, policy: { ...input.policy, publicIdentity: 'codes' } };
const codedPlan = rightOf(planPeriod(coded, { seed: SEED, secret: SECRET }));
const codes = rightOf(publicCodes(coded, { seed: '2024 名录代码 8 1 5' }));
const codedNotice = noticeOf({ plan: codedPlan, publication: rightOf(publicationRecords(codedPlan, [], { input: coded, seed: SEED, secret: SECRET, triggered: [], asOf: '2024-03-31' as IsoDate })), input: coded, issuer: { authority: '某局', published: '2024-01-08' }, codes });

describe('the notice page in headless Chromium (#15, #24)', () => {
  let browser: Browser;
  const requests: string[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'notice-'));
  const file = join(folder, 'notice.html');
  const codedFile = join(folder, 'notice-codes.html');

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: run scripts/ensure-chromium.sh (npm test does)`);
    writeFileSync(file, noticeHtml(notice));
    writeFileSync(codedFile, noticeHtml(codedNotice));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** The page at a width, offline; `noCrypto` removes WebCrypto before any script runs. */
  async function open(width = 1280, noCrypto = false, at = file): Promise<Page> {
    const context = await browser.newContext({ offline: true, viewport: { width, height: 900 } });
    if (noCrypto) await context.addInitScript(() => Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true }));
    const page = await context.newPage();
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(at).href);
    return page;
  }

  it('has the cases: full coverage past one page, strata, pending unannounced visits', () => {
    expect(notice.fullCoverage.length).toBeGreaterThan(50);
    expect(notice.strata.some((s) => s.drawn.length > 0)).toBe(true);
    expect(notice.tasks.some((t) => !t.announced && t.status === 'pending')).toBe(true);
  });

  it('loads with no network request, names its authority and date, and holds every drawn enterprise', async () => {
    const page = await open();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(plan.draw.targets.map((t) => t.uscc).filter((uscc) => !text.includes(uscc))).toEqual([]);
    expect(await page.locator('h1').innerText()).toBe('重庆市永川区市场监督管理局2024 年第 1 批“双随机、一公开”抽查公示');
    expect(await page.locator('.meta').innerText()).toContain('2024 年 1 月 8 日');
    expect(text).toContain('批发和零售业');
    expect(requests).toEqual([]);
  }, 30_000);

  it('draws Chinese with a CJK font, not as missing-glyph boxes', async () => {
    const page = await open();
    // Run in the page (the test's types have no DOM): the pixels of a character drawn in the page's font.
    const drawn = await page.evaluate(`(() => {
      const font = getComputedStyle(document.body).fontFamily;
      const pixels = (text) => {
        const canvas = document.createElement('canvas');
        canvas.width = 48;
        canvas.height = 48;
        const g = canvas.getContext('2d');
        g.font = '40px ' + font;
        g.fillText(text, 2, 40);
        return canvas.toDataURL();
      };
      const box = pixels('\\u{10FFFD}');
      // With no CJK font, each of these is drawn as the same missing-glyph box as an unassigned character.
      return ['抽', '查', '公', '示'].map((c) => pixels(c) !== box && pixels(c) !== pixels(''));
    })()`);
    expect(drawn).toEqual([true, true, true, true]);
  }, 30_000);

  it('has no horizontal scroll at 390 px (tables become cards) nor at 1280 px', async () => {
    for (const width of [390, 1280]) {
      const page = await open(width);
      const { scroll, client } = await page.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
      expect([width, scroll]).toEqual([width, client]);
    }
  }, 30_000);

  it('the search finds an enterprise in every section: strata, the folded full-coverage list, the tasks', async () => {
    const page = await open(390);
    const inStratum = notice.strata.flatMap((s) => s.drawn).find((t) => t.uscc !== victim)!;
    const covered = notice.fullCoverage[notice.fullCoverage.length - 1]!;
    const task = notice.tasks[notice.tasks.length - 1]!;
    for (const [query, selector] of [[inStratum.name!, `#strata tr:has(.target[data-uscc="${inStratum.uscc}"])`], [covered.uscc!, `#full-coverage .target[data-uscc="${covered.uscc}"]`], [task.name!, `tr.task[data-uscc="${task.uscc}"]`]] as const) {
      await page.fill('#search', query);
      expect(await page.locator(selector).first().isVisible(), query).toBe(true);
    }
    await page.fill('#search', task.name!);
    expect(await page.locator('tr.task:visible').count()).toBeLessThan(10);
    await page.fill('#search', '');
    expect(await page.locator('tr.task:visible').count()).toBe(Math.min(50, notice.tasks.length));
  }, 30_000);

  it('recomputes a ticket from file:// with WebCrypto gone, equal to the record\'s; says why a code is invalid', async () => {
    const page = await open(390, true);
    expect(await page.evaluate(() => typeof globalThis.crypto)).toBe('undefined');
    const target = plan.draw.targets.find((t) => t.status === 'drawn')!;
    await page.fill('#uscc', ` ${target.uscc.toLowerCase()} `);
    await page.click('#check');
    expect(await page.locator('#verdict').getAttribute('data-ticket')).toBe(target.ticket);
    expect(await page.locator('#verdict').innerText()).toContain('一致');
    // As typed with a Chinese input method: full-width, in groups of four.
    const fullWidth = target.uscc.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/(.{4})/g, '$1 ');
    await page.fill('#uscc', fullWidth);
    await page.click('#check');
    expect(await page.locator('#verdict').getAttribute('data-ticket')).toBe(target.ticket);
    const wrong = `${target.uscc.slice(0, 17)}${target.uscc.endsWith('0') ? '1' : '0'}`;
    await page.fill('#uscc', wrong);
    await page.click('#check');
    expect(await page.locator('#verdict').innerText()).toMatch(/^无效代码：校验位错误/);
    await page.fill('#uscc', '9135');
    await page.click('#check');
    expect(await page.locator('#verdict').innerText()).toBe('无效代码：统一社会信用代码应为 18 位，这里是 4 位');
  }, 30_000);

  it('shows 不事先告知 for a pending unannounced visit, never its date; a hostile name as text', async () => {
    const page = await open();
    const t = plan.tasks.find((x) => !x.mode.advanceNotice)!;
    const row = page.locator(`tr.task[data-uscc="${t.enterprise}"]`);
    expect(await row.locator('td.date').textContent()).toBe('不事先告知');
    expect(await row.textContent()).not.toContain(t.date);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('xss');
    expect((await page.locator('body').textContent()) ?? '').toContain(HOSTILE);
  }, 30_000);

  it('under a policy that shows codes, the ticket check finds a drawn enterprise\'s code from its USCC, which the page never shows', async () => {
    const page = await open(390, true, codedFile);
    const target = codedPlan.draw.targets.find((t) => t.status === 'drawn')!;
    expect((await page.locator('body').textContent()) ?? '').not.toContain(target.uscc);
    await page.fill('#uscc', target.uscc);
    await page.click('#check');
    const code = codes.enterprises.find((e) => e.uscc === target.uscc)!.code;
    expect(await page.locator('#verdict').innerText()).toBe(`计算的随机号 ${target.ticket}：与公示代码 ${code} 的随机号一致（已抽中）`);
  }, 30_000);
});
