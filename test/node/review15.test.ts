/**
 * What an outside review of the command line found (#15), each case as reported: directed draws
 * and triggered tasks a notary could not announce, a notice that published a forged plan, output
 * lost on an unwritable --out, non-UTF-8 input read silently, wrong exit codes, English in zh-CN.
 */
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/node/cli.js';
import type { CliIo } from '../../src/node/io.js';

async function cli(argv: string[], files: Record<string, string | Buffer> = {}, stdin = '', failWrites = false) {
  const memory = { files: new Map(Object.entries(files)), out: '', err: '' };
  const io: CliIo = {
    stdin: Readable.from([stdin]),
    out: (t) => void (memory.out += t),
    err: (t) => void (memory.err += t),
    env: {},
    errIsTTY: false,
    open: (path) => {
      const content = memory.files.get(path);
      if (content === undefined) {
        const stream = new Readable({ read() {} });
        queueMicrotask(() => stream.destroy(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })));
        return stream;
      }
      return Readable.from([typeof content === 'string' ? Buffer.from(content) : content]);
    },
    sink: (path) => new Writable({
      write(chunk: Buffer, _e, callback) {
        if (path !== undefined && failWrites) return callback(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }));
        if (path === undefined) memory.out += chunk.toString();
        else memory.files.set(path, `${(memory.files.get(path) as string | undefined) ?? ''}${chunk.toString()}`);
        callback();
      },
    }),
  };
  const code = await run(argv, io);
  return { code, memory };
}

const vectors = {
  'in.json': readFileSync('docs/vectors/draw2-input.json', 'utf8'),
  'record.json': readFileSync('docs/vectors/draw2-record.json', 'utf8'),
  'draws.json': readFileSync('docs/vectors/draw2-draws.json', 'utf8'),
};
const seed2 = JSON.parse(vectors['record.json']).seed as string;

describe('the review of the command line (#15)', () => {
  it('verify replays directed draws announced with --draws (the second draw vector is valid)', async () => {
    const result = await cli(['verify', '--seed', seed2, '--draws', 'draws.json', 'in.json', 'record.json'], vectors);
    expect([result.code, result.memory.out]).toEqual([0, expect.stringContaining('valid')]);
    const drawn = await cli(['draw', '--seed', seed2, '--draws', 'draws.json', 'in.json'], vectors);
    expect(JSON.parse(drawn.memory.out)).toEqual(JSON.parse(vectors['record.json']));
  });

  it('verify of a plan says when the triggered tasks were taken from the plan, and checks them with --triggered', async () => {
    const input = (await cli(['generate', '--size', '300', '--seed', 'r15'])).memory.out;
    const plan = (await cli(['plan', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json'], { 'in.json': input })).memory.out;
    const unannounced = await cli(['verify', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json', 'plan.json'], { 'in.json': input, 'plan.json': plan });
    expect(unannounced.code).toBe(0);
    expect(unannounced.memory.err).toContain('--triggered');
    const announced = await cli(['verify', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', '--triggered', 't.json', 'in.json', 'plan.json'], { 'in.json': input, 'plan.json': plan, 't.json': '[]' });
    const secretless = await cli(['verify', '--seed', 's', '--triggered', 't.json', 'in.json', 'plan.json'], { 'in.json': input, 'plan.json': plan, 't.json': '[]' });
    expect([secretless.code, secretless.memory.out]).toEqual([1, expect.stringContaining('options.secret')]);
    expect([announced.code, announced.memory.err]).toEqual([0, '']);
  });

  it('notice refuses a plan that does not replay from its seed and input (a forged plan is never published)', async () => {
    const input = (await cli(['generate', '--size', '300', '--seed', 'r15'])).memory.out;
    const plan = JSON.parse((await cli(['plan', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json'], { 'in.json': input })).memory.out);
    const k = plan.draw.record.strata.findIndex((s: { drawn: string[] }) => s.drawn.length > 0);
    const other = JSON.parse(input).enterprises.find((e: { uscc: string }) => !plan.draw.targets.some((t: { uscc: string }) => t.uscc === e.uscc)).uscc;
    plan.draw.record.strata[k].drawn[0] = other;
    const refused = await cli(['notice', 'plan.json', '--input', 'in.json', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', '--triggered', 't.json', '--authority', '某局', '--date', '2024-04-08'], { 'in.json': input, 'plan.json': JSON.stringify(plan), 't.json': '[]' });
    expect(refused.code).toBe(1);
    expect(refused.memory.err).toContain(`draw.record.strata[${k}].drawn[0]`);
    expect(refused.memory.out).toBe('');
  });

  it('notice replays the plan from the announced seed, not the one the plan carries: a plan re-made under another seed, or a directory with a forged name, is refused (#24)', async () => {
    const input = (await cli(['generate', '--size', '300', '--seed', 'r15'])).memory.out;
    const remade = (await cli(['plan', '--seed', 'chosen later', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json'], { 'in.json': input })).memory.out;
    const refused = await cli(['notice', 'plan.json', '--input', 'in.json', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', '--triggered', 't.json', '--authority', '某局', '--date', '2024-04-08'], { 'in.json': input, 'plan.json': remade, 't.json': '[]' });
    expect([refused.code, refused.memory.out]).toEqual([1, '']);
    expect(refused.memory.err.split('\n')[1]).toMatch(/^draw\.record\.seed/);
    const plan = JSON.parse((await cli(['plan', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json'], { 'in.json': input })).memory.out);
    const forged = JSON.parse(input);
    forged.enterprises.find((e: { uscc: string }) => e.uscc === plan.tasks[0].enterprise).name = '冒名顶替有限公司';
    const renamed = await cli(['notice', 'plan.json', '--input', 'in.json', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', '--triggered', 't.json', '--authority', '某局', '--date', '2024-04-08'], { 'in.json': JSON.stringify(forged), 'plan.json': JSON.stringify(plan), 't.json': '[]' });
    expect([renamed.code, renamed.memory.out, renamed.memory.err.split('\n')[1]]).toEqual([1, '', expect.stringMatching(/^record\.namesDigest/)]);
    const blank = await cli(['notice', 'plan.json', '--input', 'in.json', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', '--triggered', 't.json', '--authority', ' ', '--date', '2024-04-08'], { 'in.json': input, 'plan.json': JSON.stringify(plan), 't.json': '[]' });
    expect([blank.code, blank.memory.err]).toEqual([2, expect.stringContaining('--authority')]);
    const unregistered = await cli(['notice', 'plan.json', '--input', 'in.json', '--seed', 's'], { 'in.json': input, 'plan.json': remade });
    expect([unregistered.code, unregistered.memory.err]).toEqual([2, expect.stringContaining('--triggered')]);
  });

  it('an unwritable --out is a clear error with exit 2, not a stack trace or a silent exit 0', async () => {
    const input = (await cli(['generate', '--size', '100', '--seed', 'r15'])).memory.out;
    for (const argv of [['draw', '--seed', 's', 'in.json', '--out', '/nonexistent/x.json'], ['plan', '--seed', 's', 'in.json', '--out', '/nonexistent/x.json'], ['generate', '--size', '10', '--seed', 'x', '--out', '/nonexistent/x.json']]) {
      const result = await cli(argv, { 'in.json': input }, '', true);
      expect([argv[0], result.code, result.memory.err]).toEqual([argv[0], 2, expect.stringContaining('/nonexistent/x.json')]);
    }
  });

  it('refuses input that is not UTF-8 (a GBK file), saying so', async () => {
    const gbk = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc6, 0xf3, 0xd2, 0xb5]), Buffer.from('"}')]);
    const result = await cli(['plan', '--seed', 's', 'gbk.json'], { 'gbk.json': gbk });
    expect([result.code, result.memory.err]).toEqual([2, expect.stringContaining('UTF-8')]);
  });

  it('exit codes: both files from standard input, an unusable announced seed, a record that is no record, a size too big', async () => {
    const input = (await cli(['generate', '--size', '100', '--seed', 'r15'])).memory.out;
    expect((await cli(['verify', '--seed', 's', '-', '-'], {}, input)).code).toBe(2);
    expect((await cli(['verify', '--seed', ' x', 'in.json', 'in.json'], { 'in.json': input })).code).toBe(2);
    const notRecord = await cli(['verify', '--seed', 's', 'in.json', 'in.json'], { 'in.json': input });
    expect([notRecord.code, notRecord.memory.err]).toEqual([2, expect.stringContaining('not a draw record')]);
    const huge = await cli(['generate', '--size', '99999999999', '--seed', 'x']);
    expect([huge.code, huge.memory.err]).toEqual([2, expect.stringContaining('--size')]);
  });

  it('in zh-CN the tool\'s own messages are Chinese, and zh or zh_CN are understood', async () => {
    const missing = await cli(['--locale', 'zh_CN', 'plan', '--seed', 's', 'missing.json']);
    expect(missing.memory.err).toContain('文件不存在');
    const input = (await cli(['generate', '--size', '300', '--seed', 'r15'])).memory.out;
    const record = JSON.parse((await cli(['draw', '--seed', 's', 'in.json'], { 'in.json': input })).memory.out);
    record.inputDigest = `0${record.inputDigest.slice(1)}`;
    const forged = await cli(['--locale', 'zh', 'verify', '--seed', 's', 'in.json', 'r.json'], { 'in.json': input, 'r.json': JSON.stringify(record) });
    expect(forged.memory.out).toMatch(/inputDigest：应为 [0-9a-f]+，实为 0/);
  });

  it('notice shows public codes when the policy says so, needs --code-seed then, and refuses it otherwise (R3, #24)', async () => {
    const raw = JSON.parse((await cli(['generate', '--size', '300', '--seed', 'r15'])).memory.out);
    raw.policy.publicIdentity = 'codes';
    const input = JSON.stringify(raw);
    const plan = (await cli(['plan', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json'], { 'in.json': input })).memory.out;
    const base = ['notice', 'plan.json', '--input', 'in.json', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', '--triggered', 't.json', '--authority', '某局', '--date', '2024-04-08', '--format', 'csv'];
    const files = { 'in.json': input, 'plan.json': plan, 't.json': '[]' };
    const missing = await cli(base, files);
    expect([missing.code, missing.memory.err]).toEqual([2, expect.stringContaining('--code-seed')]);
    const same = await cli([...base, '--code-seed', 's'], files);
    expect([same.code, same.memory.err]).toEqual([2, expect.stringContaining('--code-seed')]);
    const coded = await cli([...base, '--code-seed', '2024 名录代码', '--pointer', '023'], files);
    expect(coded.code).toBe(0);
    const [header, first] = coded.memory.out.slice(1).split('\r\n');
    expect([header?.split(',')[0], first?.split(',')[0]]).toEqual(['企业公示代码', expect.stringMatching(/^023\d{12}$/)]);
    expect(JSON.parse(plan).tasks.some((t: { enterprise: string }) => coded.memory.out.includes(t.enterprise))).toBe(false);
    const named = (await cli(['generate', '--size', '300', '--seed', 'r15'])).memory.out;
    const namedPlan = (await cli(['plan', '--seed', 's', '--secret', 'r15 visit secret 4a9c2e7f1b3d8065', 'in.json'], { 'in.json': named })).memory.out;
    const unused = await cli([...base, '--code-seed', 'x'], { 'in.json': named, 'plan.json': namedPlan, 't.json': '[]' });
    expect([unused.code, unused.memory.err]).toEqual([2, expect.stringContaining('--code-seed')]);
  });
});
