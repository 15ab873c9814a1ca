import { STATUS_ZH, type Notice } from './notice.js';

/** What stands for the date of a pending unannounced visit (R26, R32). */
export const UNANNOUNCED = '不事先告知';

/** A CSV field: quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is quoted with a ' so a spreadsheet never runs it as a formula. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}


/**
 * The notice's task table as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the
 * Chinese right), CRLF line ends, Chinese headings, one row per task.
 */
export function noticeCsv(notice: Notice): string {
  const header = ['统一社会信用代码', '企业名称', '牵头部门', '参加部门', '检查事项', '检查原因', '检查日期', '状态', '检查结果', '随机号'];
  const rows = notice.tasks.map((t) => [t.uscc, t.name, t.lead, t.departments.join('、'), t.items.join('、'), t.reasons.join('、'), t.date ?? (t.status === 'pending' ? UNANNOUNCED : null), STATUS_ZH[t.status], t.result, t.ticket]);
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
