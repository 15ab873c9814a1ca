/**
 * The documents behind the rules (`RULES[rule].source`), as a Chinese operator cites them: the
 * English article references of the rule book (`art. 42`, `arts. 6, 14`) become 第四十二条,
 * 第六条、第十四条; a year in brackets becomes （2021 年）; `;` and `,` between references become
 * ；and 、. Document titles (行政处罚法, 錫政辦發〔2024〕24號) are kept as they are written.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

/**
 * A whole number from 1 to 9999 in Chinese numerals, as articles are numbered (42 → 四十二,
 * 10 → 十, 101 → 一百零一); any other number is written in digits.
 *
 * @example
 * ```ts
 * numeralZh(42); // '四十二'
 * numeralZh(110); // '一百一十'
 * ```
 */
export function numeralZh(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] as string;
    if (d === 0) zero = out !== '';
    else {
      out += `${zero ? '零' : ''}${DIGITS[d] as string}${unit}`;
      zero = false;
    }
  });
  // 十 rather than 一十 at the head of a number from 10 to 19.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

/** `art. 42`, `arts. 6, 14`, `arts. 6 and 14`, `art. 6, art. 14`: one or more article numbers. */
const ARTICLES = /\barts?\.\s*(\d+(?:\s*(?:,|and|&)\s*(?:arts?\.\s*)?\d+)*)/g;

/**
 * English article references in Chinese: `art. 42` → 第四十二条, `arts. 6, 14` (or `art. 6, art. 14`)
 * → 第六条、第十四条. The rest of the text is left as it is.
 *
 * @example
 * ```ts
 * articleZh('art. 42'); // '第四十二条'
 * articleZh('arts. 6, 14'); // '第六条、第十四条'
 * ```
 */
export function articleZh(text: string): string {
  return text.replace(ARTICLES, (_, numbers: string) =>
    numbers.split(/\s*(?:,|and|&)\s*/).map((n) => `第${numeralZh(Number(n.replace(/^arts?\.\s*/, '')))}条`).join('、'));
}

/**
 * The document a rule comes from, in Chinese: articles in Chinese numerals, the year of a law in
 * full-width brackets, references separated by ；and 、. Titles are unchanged.
 *
 * @example
 * ```ts
 * citationZh('行政处罚法 (2021) art. 42'); // '行政处罚法（2021 年）第四十二条'
 * citationZh('企业信息公示暂行条例 (2024) art. 6, art. 14'); // '企业信息公示暂行条例（2024 年）第六条、第十四条'
 * ```
 */
export function citationZh(source: string): string {
  return articleZh(source)
    .replace(/\s*\((\d{4})\)\s*/g, '（$1 年）')
    .replace(/\s*;\s*/g, '；')
    .replace(/,\s*(?=§|第)/g, '、');
}
