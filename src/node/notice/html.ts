import { UNANNOUNCED } from './csv.js';
import { PAGE_SCRIPT } from './pageScript.generated.js';
import { STATUS_ZH, type Notice, type NoticeIdentity, type NoticeTarget } from './notice.js';

/** Text made safe for HTML content and attribute values. */
function esc(text: string | number | null): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The sections of GB/T 4754-2017, as the public reads a stratum's industry. */
const SECTION_ZH: Readonly<Record<string, string>> = {
  A: '农、林、牧、渔业', B: '采矿业', C: '制造业', D: '电力、热力、燃气及水生产和供应业', E: '建筑业', F: '批发和零售业',
  G: '交通运输、仓储和邮政业', H: '住宿和餐饮业', I: '信息传输、软件和信息技术服务业', J: '金融业', K: '房地产业', L: '租赁和商务服务业',
  M: '科学研究和技术服务业', N: '水利、环境和公共设施管理业', O: '居民服务、修理和其他服务业', P: '教育', Q: '卫生和社会工作',
  R: '文化、体育和娱乐业', S: '公共管理、社会保障和社会组织', T: '国际组织',
};
const CLASS: Readonly<Record<string, string>> = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类', unrated: '未评级' };
const COLOUR: Readonly<Record<string, string>> = { none: '', yellow: '黄码', red: '红码', green: '绿码' };

/** A draw's id as the public reads it: the general draw, a 一业一查 list, a directed draw (its id kept, so a notary can match the record). */
function drawLabel(draw: string): string {
  if (draw === 'general') return '一般随机抽取（未列入一业一查清单的行业）';
  if (draw.startsWith('high-risk/')) return `定向抽取（高风险领域 ${draw.slice('high-risk/'.length)}）`;
  return `一业一查清单 ${draw}`;
}

/** A stratum key (`draw|section|class|colour[|black-list]`) as a citizen reads it: 批发和零售业（F）· B 类 · 黄码, then the draw. */
function stratumLabel(key: string): string {
  const [draw, section, klass, colour, list] = key.split('|');
  const industry = section === undefined ? '' : `${SECTION_ZH[section.charAt(0)] ?? '行业'}（${section}）`;
  const parts = [industry, CLASS[klass ?? ''] ?? klass ?? '', COLOUR[colour ?? ''] ?? colour ?? '', list === 'black-list' ? '黑名单' : ''];
  return `${esc(parts.filter((p) => p !== '').join(' · '))}<br><span class="key">${esc(drawLabel(draw ?? ''))}</span>`;
}

/** A seed quoted for a POSIX shell: single quotes, each ' written as '\''. */
const shellQuote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;

/** A date `YYYY-MM-DD` as 2024 年 4 月 8 日. */
const dateZh = (date: string): string => {
  const [y, m, d] = date.split('-');
  return `${y} 年 ${Number(m)} 月 ${Number(d)} 日`;
};

/** Rows shown before a long list is folded behind a button (the search reaches every row). */
const PAGE = 50;

const CSS = `
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.5;overflow-wrap:anywhere}
h1{font-size:1.5rem;border-bottom:3px solid #b71c1c;padding-bottom:.4rem;margin-bottom:.3rem}h2{font-size:1.2rem;margin:0;color:#b71c1c;display:inline}
.meta{color:#444;margin:.2rem 0 1rem}section{margin-top:1.5rem}summary{cursor:pointer;margin-bottom:.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:bold}dd{margin:0;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3e5e5}
td.status,td.date{white-space:nowrap}.key{color:#666;font-size:.8rem}code,.mono{font-family:"DejaVu Sans Mono",monospace;font-size:.85rem;word-break:break-all}
.tools{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;background:#fafafa;border:1px solid #ddd;padding:1rem}.tools label{flex:1 1 18rem}
input{font-size:1rem;padding:.3rem;width:100%}button{font-size:1rem;padding:.3rem .8rem}.ok{color:#1b5e20}.bad{color:#b71c1c}
.target{display:block}.more{margin:.5rem 0}[data-folded],[hidden]{display:none!important}
@media (max-width:40rem){
body{margin:1rem auto;padding:0 .6rem}h1{font-size:1.25rem}dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}
table,tbody,tr,td{display:block;width:100%}thead{display:none}tr{border:1px solid #bbb;margin:.5rem 0;padding:.3rem .5rem}
td{border:none;padding:.1rem 0}td.status,td.date{white-space:normal}td::before{content:attr(data-label) "：";font-weight:bold;color:#555}}
@media print{.tools,.more{display:none}[data-folded]{display:revert!important}body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

/** The draw's public facts: what a notary compares with the record (R27). */
function facts(n: Notice): string {
  const rows: [string, string][] = [
    ['抽查期间', `${n.year} 年第 ${n.batch} 批（${esc(n.window.start)} 至 ${esc(n.window.end)}）`], ['抽查方案', esc(n.policy)],
    ['随机种子', `<code id="seed">${esc(n.seed)}</code>`], ['抽取算法', `<code>${esc(n.algorithm)}</code>（double-random ${esc(n.library)}）`],
    ['输入摘要（SHA-256）', `<code>${esc(n.inputDigest)}</code>`], ['企业名称摘要（SHA-256）', `<code>${esc(n.namesDigest)}</code>`],
    ...(n.secretDigest === null ? [] : [['检查保密码摘要（SHA-256）', `<code>${esc(n.secretDigest)}</code>`] as [string, string]]),
    ['检查任务', `共 ${n.tasks.length} 项：已公示结果 ${n.counts.published}，待检查 ${n.counts.pending}，无法安排 ${n.counts.unplannable}`],
  ];
  return `<section><h2>抽取信息</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p>任何人可用公布的随机种子和检查对象名录复核本次抽取：每家企业的随机号由种子和统一社会信用代码计算（SHA-256），各层按随机号从小到大抽取。全覆盖检查和投诉举报等触发的检查不凭随机号。不事先告知的检查（飞行检查、不能事先通知的事项），检查日期在检查后公示。</p></section>`;
}

/** The search box and the ticket check (the page recomputes a ticket in the browser). */
function tools(): string {
  return `<section class="tools">
<label>搜索企业名称或统一社会信用代码（各部分）<input id="search" type="search" placeholder="如：91500118… 或 企业名称" autocomplete="off"></label>
<label>核验随机号：输入统一社会信用代码<input id="uscc" maxlength="24" placeholder="18 位统一社会信用代码" autocomplete="off"></label>
<button id="check" type="button">计算随机号</button>
<p id="verdict" aria-live="polite"></p></section>`;
}

/** The enterprise as the notice shows it (R3): public code, USCC, name, those the policy shows. */
const who = (t: NoticeIdentity): string => [t.code === null ? '' : `<code class="public-code">${esc(t.code)}</code>`, t.uscc === null ? '' : `<code>${esc(t.uscc)}</code>`, t.name === null ? '' : esc(t.name)].filter((p) => p !== '').join(' ');
/** What the search matches for an enterprise: what is shown of it, lower case. */
const searchText = (t: NoticeIdentity): string => esc([t.code, t.uscc, t.name].filter((p) => p !== null).join(' ').toLowerCase());
/** The attributes the page's script reads: the USCC (when shown), the code (when shown) and the ticket. */
const dataOf = (t: NoticeIdentity & { readonly ticket: string | null }): string =>
  `${t.uscc === null ? '' : ` data-uscc="${esc(t.uscc)}"`}${t.code === null ? '' : ` data-code="${esc(t.code)}"`} data-ticket="${esc(t.ticket)}"`;

/** `data-folded` on the items of a long list past the first page; the list's button unfolds them. */
const folded = (k: number): string => (k >= PAGE ? ' data-folded' : '');
const moreButton = (count: number): string => (count > PAGE ? `<button class="more" type="button">显示全部 ${count} 项（已显示 ${PAGE} 项）</button>` : '');

/** A list of enterprises, each with its ticket where the draw decided. */
function targets(list: readonly NoticeTarget[], fold: boolean): string {
  return list.map((t, k) => `<span class="target" data-search="${searchText(t)}"${dataOf(t)}${fold ? folded(k) : ''}>${who(t)}${t.ticket === null ? '' : ` <span class="mono">${esc(t.ticket)}</span>`}</span>`).join('');
}

/** Each stratum's population, quota and drawn enterprises (R5, R27); the full-coverage list folded. */
function strata(n: Notice): string {
  const rows = n.strata.map((s, k) =>
    `<tr data-search="${s.drawn.map(searchText).join(' ')}"${folded(k)}><td data-label="分层">${stratumLabel(s.key)}</td><td data-label="名录数">${s.population}</td><td data-label="名额">${s.quota}</td><td data-label="抽中企业">${targets(s.drawn, false)}</td></tr>`);
  const full = n.fullCoverage.length === 0 ? '' : `<details id="full-coverage"><summary>全覆盖检查（红码、黑名单，不抽签）：${n.fullCoverage.length} 家</summary><div class="list">${targets(n.fullCoverage, true)}</div>${moreButton(n.fullCoverage.length)}</details>`;
  return `<section id="strata"><details open><summary><h2>各层抽取名额与抽中企业</h2>（${n.strata.length} 层）</summary><table><thead><tr><th>分层</th><th>名录数</th><th>名额</th><th>抽中企业（随机号）</th></tr></thead><tbody>${rows.join('')}</tbody></table>${moreButton(n.strata.length)}</details>${full}</section>`;
}

/** Every task with its departments, items, reasons, date and result (R23, N4); an unannounced pending visit without its date (R26, R32). */
function tasks(n: Notice): string {
  const rows = n.tasks.map((t, k) => `<tr class="task" data-search="${searchText(t)}"${dataOf(t)}${folded(k)}>
<td data-label="${ENTERPRISE_HEADING[n.identity]}">${who(t)}</td><td data-label="牵头部门">${esc(t.lead)}</td><td data-label="参加部门">${esc(t.departments.join('、'))}</td><td data-label="检查事项">${esc(t.items.join('、'))}</td>
<td data-label="检查原因">${esc(t.reasons.join('、'))}</td><td data-label="检查日期" class="date">${esc(t.date ?? (t.status === 'pending' ? UNANNOUNCED : ''))}</td><td data-label="状态" class="status">${STATUS_ZH[t.status]}</td><td data-label="检查结果">${esc(t.result)}</td><td data-label="随机号" class="mono">${esc(t.ticket)}</td></tr>`);
  return `<section id="tasks"><details open><summary><h2>检查任务与结果</h2>（${n.tasks.length} 项）</summary><table><thead><tr><th>${ENTERPRISE_HEADING[n.identity]}</th><th>牵头部门</th><th>参加部门</th><th>检查事项</th><th>检查原因</th><th>检查日期</th><th>状态</th><th>检查结果</th><th>随机号</th></tr></thead><tbody>${rows.join('')}</tbody></table>${moreButton(n.tasks.length)}</details></section>`;
}

/** Why a typed code is not a USCC, in Chinese (N10), from the library's own check (`code` of {@link PAGE_SCRIPT}). */
const CODE_MESSAGES = `
function codeProblem(e, typed) {
  switch (e.code) {
    case 'uscc/length': return '统一社会信用代码应为 18 位，这里是 ' + typed.length + ' 位';
    case 'uscc/forbidden-character': return '第 ' + e.position + ' 位“' + e.found + '”不是统一社会信用代码使用的字符（只用数字和除 I、O、S、V、Z 以外的大写字母）';
    case 'uscc/division': return '第 3–8 位是行政区划代码，应为数字：第 ' + e.position + ' 位是“' + e.found + '”';
    case 'uscc/check-character': return '校验位错误：第 18 位为“' + e.found + '”，按前 17 位应为“' + e.expected + '”（可能有错字或抄错）';
    default: return '不是有效的统一社会信用代码';
  }
}`;

/** The heading of the enterprise column, as the policy shows enterprises (R3). */
const ENTERPRISE_HEADING: Readonly<Record<Notice['identity'], string>> = { names: '统一社会信用代码 企业名称', codes: '企业公示代码', both: '企业公示代码 统一社会信用代码 企业名称' };

/** The page's script: folding, search over every section, and the ticket of any USCC recomputed with the library's own SHA-256 (docs/draw-algorithm.md §2), no WebCrypto needed. */
const SCRIPT = `
const seed = document.getElementById('seed').textContent;
const published = new Map();
const byTicket = new Map();
for (const item of document.querySelectorAll('.target, tr.task')) if (item.dataset.ticket) {
  if (item.dataset.uscc) published.set(item.dataset.uscc, item.dataset.ticket);
  byTicket.set(item.dataset.ticket, item.dataset.code || item.dataset.uscc);
}
const folded = new Set(document.querySelectorAll('[data-folded]'));
const buttons = [...document.querySelectorAll('button.more')];
for (const button of buttons) button.addEventListener('click', () => {
  for (const item of button.parentElement.querySelectorAll('[data-folded]')) { item.removeAttribute('data-folded'); folded.delete(item); }
  button.remove();
});
const searchable = [...document.querySelectorAll('[data-search]')];
document.getElementById('search').addEventListener('input', (event) => {
  const q = event.target.value.trim().toLowerCase();
  for (const button of buttons) button.hidden = q !== '';
  for (const item of searchable) {
    const hit = q === '' || item.dataset.search.includes(q);
    item.hidden = !hit;
    if (q === '' && folded.has(item)) item.setAttribute('data-folded', ''); else item.removeAttribute('data-folded');
    if (q !== '' && hit && item.closest('details')) item.closest('details').open = true;
  }
});
${CODE_MESSAGES}
document.getElementById('check').addEventListener('click', () => {
  const out = document.getElementById('verdict');
  // Full-width digits and letters (a Chinese input method's) and spaces inside the code are forgiven.
  const typed = document.getElementById('uscc').value.normalize('NFKC').replace(/[\\s\\u200b-\\u200d\\ufeff]+/g, '');
  const parsed = DoubleRandomPage.code(typed);
  delete out.dataset.ticket;
  if (parsed._tag === 'Left') { out.className = 'bad'; out.textContent = '无效代码：' + codeProblem(parsed.left, typed); return; }
  const uscc = parsed.right;
  const mine = DoubleRandomPage.ticket(seed, uscc);
  const theirs = published.get(uscc);
  const code = byTicket.get(mine);
  out.dataset.ticket = mine;
  out.className = theirs === undefined || theirs === mine ? 'ok' : 'bad';
  out.textContent = theirs ? '计算的随机号 ' + mine + '，公示的随机号 ' + theirs + (theirs === mine ? '：一致' : '：不一致')
    : code ? '计算的随机号 ' + mine + '：与公示代码 ' + code + ' 的随机号一致（已抽中）'
    : '计算的随机号 ' + mine + '：该企业未被随机抽中（全覆盖、触发检查的企业不凭随机号），或不在本批次随机抽取范围内';
});`;

/**
 * The public notice as one self-contained HTML page (一公开): no external request, works offline
 * and prints; the issuing authority and date; Chinese headings and industry names; a search box
 * over every section; long lists folded behind a button; tables that become cards on a phone; and
 * for any USCC the page recomputes its ticket in the browser (with the library's own SHA-256, no
 * WebCrypto, so from `file://` and plain HTTP too) and shows it beside the published one, or says
 * why the code is invalid. Every text from the input is escaped.
 */
export function noticeHtml(n: Notice): string {
  const title = `${esc(n.authority)}${n.year} 年第 ${n.batch} 批“双随机、一公开”抽查公示`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${title}</title><style>${CSS}</style></head>
<body><h1>${title}</h1><p class="meta">发布单位：${esc(n.authority)}&emsp;发布日期：${esc(dateZh(n.published))}</p>${facts(n)}${tools()}${strata(n)}${tasks(n)}
<footer><p>本页由 double-random ${esc(n.library)} 生成。复核抽取：向发布单位取得检查对象名录（input.json）和抽取记录（record.json），运行 <code>double-random verify --seed ${esc(shellQuote(n.seed))} input.json record.json</code>；检查完成后，发布单位公布检查保密码，即可复核全部检查安排。</p></footer>
<script>${PAGE_SCRIPT}</script><script>${SCRIPT}</script></body></html>
`;
}
