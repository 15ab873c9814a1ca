import { STATUS_ZH, type Notice, type NoticeIdentity } from './notice.js';

/** What stands for the date of a pending unannounced visit (R26, R32). */
export const UNANNOUNCED = '不事先告知';

/** A CSV field: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ (after any white space) is quoted with a ' so a spreadsheet never runs it as a formula. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^\s*[=+\-@]|^[\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}


/** The columns that name an enterprise, as the policy shows it (R3): USCC and name, public code, or all three. */
const IDENTITY_COLUMNS: Readonly<Record<Notice['identity'], readonly (keyof NoticeIdentity)[]>> = { names: ['uscc', 'name'], codes: ['code'], both: ['code', 'uscc', 'name'] };
const HEADINGS: Readonly<Record<keyof NoticeIdentity, string>> = { code: '企业公示代码', uscc: '统一社会信用代码', name: '企业名称' };

/**
 * The notice's task table as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the
 * Chinese right), CRLF line ends, Chinese headings, one row per task; the enterprise by USCC and
 * name, public code, or both, as the policy says.
 */
export function noticeCsv(notice: Notice): string {
  const columns = IDENTITY_COLUMNS[notice.identity];
  const header = [...columns.map((c) => HEADINGS[c]), '牵头部门', '参加部门', '检查事项', '检查原因', '检查日期', '状态', '检查结果', '随机号'];
  const rows = notice.tasks.map((t) => [...columns.map((c) => t[c]), t.lead, t.departments.join('、'), t.items.join('、'), t.reasons.join('、'), t.date ?? (t.status === 'pending' ? UNANNOUNCED : null), STATUS_ZH[t.status], t.result, t.ticket]);
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
