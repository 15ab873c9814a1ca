import { UNANNOUNCED } from './csv.js';
import { STATUS_ZH, type Notice, type NoticeTarget } from './notice.js';

/** Text made safe for HTML content and attribute values. */
function esc(text: string | number | null): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CLASS: Readonly<Record<string, string>> = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类', unrated: '未评级' };
const COLOUR: Readonly<Record<string, string>> = { none: '', yellow: '黄码', red: '红码', green: '绿码' };

/** A stratum key (`draw|section|class|colour[|black-list]`) as a citizen reads it: 行业门类 F · B 类 · 黄码. */
function stratumLabel(key: string): string {
  const [draw, section, klass, colour, list] = key.split('|');
  const parts = [`行业门类 ${section ?? ''}`, CLASS[klass ?? ''] ?? klass ?? '', COLOUR[colour ?? ''] ?? colour ?? '', list === 'black-list' ? '黑名单' : ''];
  return `${esc(parts.filter((p) => p !== '').join(' · '))}<br><span class="key">${esc(draw ?? '')}</span>`;
}

/** A seed quoted for a POSIX shell: single quotes, each ' written as '\''. */
const shellQuote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;

const CSS = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.6rem;border-bottom:3px solid #b71c1c;padding-bottom:.4rem}h2{font-size:1.2rem;margin-top:2rem;color:#b71c1c}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:bold}dd{margin:0;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3e5e5}
td.status,td.date{white-space:nowrap}.key{color:#666;font-size:.8rem}code,.mono{font-family:"DejaVu Sans Mono",monospace;font-size:.85rem}.tools{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;background:#fafafa;border:1px solid #ddd;padding:1rem}
input{font-size:1rem;padding:.3rem;min-width:18rem}button{font-size:1rem;padding:.3rem .8rem}.ok{color:#1b5e20}.bad{color:#b71c1c}
@media print{.tools{display:none}body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

/** The draw's public facts: what a notary compares with the record (R27). */
function facts(n: Notice): string {
  const rows: [string, string][] = [
    ['抽查政策', esc(n.policy)], ['抽查期间', `${n.year} 年第 ${n.batch} 批（${esc(n.window.start)} 至 ${esc(n.window.end)}）`],
    ['随机种子', `<code id="seed">${esc(n.seed)}</code>`], ['抽取算法', `<code>${esc(n.algorithm)}</code>（double-random ${esc(n.library)}）`],
    ['输入摘要（SHA-256）', `<code>${esc(n.inputDigest)}</code>`], ['企业名称摘要（SHA-256）', `<code>${esc(n.namesDigest)}</code>`],
    ['检查任务', `共 ${n.tasks.length} 项：已公示 ${n.counts.published}，待检查 ${n.counts.pending}，无法安排 ${n.counts.unplannable}`],
  ];
  return `<section><h2>抽取信息</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p>任何人可用公布的随机种子和检查对象名录复核本次抽取：每家企业的随机号由种子和统一社会信用代码计算（SHA-256），各层按随机号从小到大抽取。</p></section>`;
}

/** The search box and the ticket check (the page recomputes a ticket in the browser). */
function tools(): string {
  return `<section class="tools">
<label>搜索企业名称或统一社会信用代码<br><input id="search" type="search" placeholder="如：91500118… 或 企业名称" autocomplete="off"></label>
<label>核验随机号：输入统一社会信用代码<br><input id="uscc" maxlength="18" placeholder="18 位统一社会信用代码" autocomplete="off"></label>
<button id="check" type="button">计算随机号</button>
<p id="verdict" aria-live="polite"></p></section>`;
}

/** A list of enterprises with their tickets. */
function targets(list: readonly NoticeTarget[]): string {
  return list.map((t) => `<span class="target" data-uscc="${esc(t.uscc)}" data-ticket="${esc(t.ticket)}"><code>${esc(t.uscc)}</code> ${esc(t.name)}${t.ticket === null ? '' : ` <span class="mono">${esc(t.ticket)}</span>`}</span>`).join('<br>');
}

/** Each stratum's population, quota and drawn enterprises (R5, R27). */
function strata(n: Notice): string {
  const rows = n.strata.map((s) =>
    `<tr data-search="${esc(s.drawn.map((t) => `${t.uscc} ${t.name}`).join(' ').toLowerCase())}"><td>${stratumLabel(s.key)}</td><td>${s.population}</td><td>${s.quota}</td><td>${targets(s.drawn)}</td></tr>`);
  const full = n.fullCoverage.length === 0 ? '' : `<p>全覆盖检查（红码、黑名单）：</p><p>${targets(n.fullCoverage)}</p>`;
  return `<section><h2>各层抽取名额与抽中企业</h2><table><thead><tr><th>分层</th><th>名录数</th><th>名额</th><th>抽中企业</th></tr></thead><tbody>${rows.join('')}</tbody></table>${full}</section>`;
}

/** Every task with its departments, items, date and result (R23, N4). */
function tasks(n: Notice): string {
  const rows = n.tasks.map((t) => `<tr class="task" data-search="${esc(`${t.uscc} ${t.name}`.toLowerCase())}" data-uscc="${esc(t.uscc)}" data-ticket="${esc(t.ticket)}">
<td><code>${esc(t.uscc)}</code></td><td>${esc(t.name)}</td><td>${esc(t.lead)}</td><td>${esc(t.departments.join('、'))}</td><td>${esc(t.items.join('、'))}</td>
<td>${esc(t.reasons.join('、'))}</td><td class="date">${esc(t.date ?? (t.status === 'pending' ? UNANNOUNCED : ''))}</td><td class="status">${STATUS_ZH[t.status]}</td><td>${esc(t.result)}</td><td class="mono">${esc(t.ticket)}</td></tr>`);
  return `<section><h2>检查任务与结果</h2><table><thead><tr><th>统一社会信用代码</th><th>企业名称</th><th>牵头部门</th><th>参加部门</th><th>检查事项</th><th>检查原因</th><th>检查日期</th><th>状态</th><th>检查结果</th><th>随机号</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The page's script: search, and the ticket of any USCC recomputed with WebCrypto (docs/draw-algorithm.md §2). */
const SCRIPT = `
const seed = document.getElementById('seed').textContent;
const published = new Map();
for (const item of document.querySelectorAll('.target, tr.task')) if (item.dataset.ticket) published.set(item.dataset.uscc, item.dataset.ticket);
document.getElementById('search').addEventListener('input', (event) => {
  const q = event.target.value.trim().toLowerCase();
  for (const row of document.querySelectorAll('tr[data-search]')) row.hidden = q !== '' && !row.dataset.search.includes(q);
});
async function ticket(uscc) {
  const enc = new TextEncoder();
  const block = new Uint8Array(64 + uscc.length);
  block.set(enc.encode('double-random/prn/v1'), 0);
  block.set(new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(seed))), 32);
  block.set(enc.encode(uscc), 64);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', block));
  return Array.from(hash.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
document.getElementById('check').addEventListener('click', async () => {
  const out = document.getElementById('verdict');
  const uscc = document.getElementById('uscc').value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(uscc)) { out.className = 'bad'; out.textContent = '请输入 18 位统一社会信用代码'; return; }
  if (!globalThis.crypto || !crypto.subtle) { out.className = 'bad'; out.textContent = '此浏览器不能计算 SHA-256（WebCrypto）：请用较新的浏览器打开本页'; return; }
  const mine = await ticket(uscc);
  const theirs = published.get(uscc);
  out.dataset.ticket = mine;
  out.className = theirs === undefined || theirs === mine ? 'ok' : 'bad';
  out.textContent = theirs ? '计算的随机号 ' + mine + '，公示的随机号 ' + theirs + (theirs === mine ? '：一致' : '：不一致')
    : '计算的随机号 ' + mine + '：该企业未被抽中，或不在本批次随机抽取范围内';
});`;

/**
 * The public notice as one self-contained HTML page (一公开): no external request, works offline
 * and prints; Chinese headings; a search box; and for any USCC the page recomputes its ticket in
 * the browser (WebCrypto) and shows it beside the published one, so a citizen can check their own
 * draw. Every text from the input is escaped.
 */
export function noticeHtml(n: Notice): string {
  const title = `双随机抽查公示：${esc(n.policy)} ${n.year} 年第 ${n.batch} 批`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${title}</title><style>${CSS}</style></head>
<body><h1>${title}</h1>${facts(n)}${tools()}${strata(n)}${tasks(n)}
<footer><p>本页由 double-random ${esc(n.library)} 生成。复核命令：<code>double-random verify --seed ${esc(shellQuote(n.seed))} input.json record.json</code></p></footer>
<script>${SCRIPT}</script></body></html>
`;
}
