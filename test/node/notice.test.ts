/**
 * The public notice's renderers (#15): every text from the input escaped in the page, no external
 * resource, and a CSV that Excel opens (UTF-8 with a BOM) and cannot run as formulas.
 */
import { describe, expect, it } from 'vitest';
import { noticeCsv } from '../../src/node/notice/csv.js';
import { noticeHtml } from '../../src/node/notice/html.js';
import type { Notice } from '../../src/node/notice/notice.js';
import { PAGE_SCRIPT } from '../../src/node/notice/pageScript.generated.js';

const hostile = '<script>alert(1)</script>"\'&';
const notice: Notice = {
  authority: `某局${hostile}`, published: '2024-04-08', identity: 'names', policy: 'yongchuan-2024', year: 2024, batch: 2, window: { start: '2024-04-01', end: '2024-06-30' },
  seed: `seed ${hostile}`, algorithm: 'double-random/prn/v1', library: '0.1.0', inputDigest: 'ab'.repeat(32), namesDigest: 'cd'.repeat(32), secretDigest: null,
  strata: [{ key: 'random|F|B|none', population: 10, quota: 1, drawn: [{ uscc: '91350100M000100Y43', name: hostile, code: null, ticket: '8f8a701f42ea53a9' }] }],
  fullCoverage: [],
  tasks: [{ uscc: '91350100M000100Y43', code: null, name: `=HYPERLINK("x"),${hostile}`, lead: 'samr', departments: ['samr', 'health'], items: ['a', 'b'], date: '2024-05-06', announced: true, status: 'published', result: '未发现问题', ticket: '8f8a701f42ea53a9', reasons: ['随机抽取（general）'] }],
  counts: { published: 1, pending: 0, unplannable: 0 },
};

describe('notice renderers (#15)', () => {
  it('escapes every text of the input in the page and loads nothing from outside', () => {
    const html = noticeHtml(notice);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    // Two scripts: the library's own ticket and USCC check (bundled, no WebCrypto), then the page's.
    expect(html.match(/<script>/g)).toHaveLength(2);
    expect(html).toContain(`<script>${PAGE_SCRIPT}</script>`);
    expect(PAGE_SCRIPT).not.toMatch(/<\/script|<!--/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('writes CSV with a BOM, CRLF, quoting, and no formula a spreadsheet would run', () => {
    const csv = noticeCsv(notice);
    expect(csv.startsWith('\ufeff统一社会信用代码,企业名称')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toContain(`"'=HYPERLINK(""x""),<script>alert(1)</script>""'&"`);
    expect(row).toContain('samr、health');
    const spaced = noticeCsv({ ...notice, tasks: [{ ...notice.tasks[0]!, name: '  =3+3' }] });
    expect(spaced.slice(1).split('\r\n')[1]).toContain(",'  =3+3,");
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
