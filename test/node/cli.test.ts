/**
 * The command-line tool (#15), run in-process against files held in memory: generate, plan, draw,
 * verify (exit 0, 1 with each difference, 2 for unusable input), JSON and NDJSON, standard input,
 * messages in Chinese or English, help with an example on every command.
 */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/node/cli.js';
import type { CliIo } from '../../src/node/io.js';

interface Memory {
  readonly files: Map<string, string>;
  out: string;
  err: string;
}

function memoryIo(files: Record<string, string> = {}, stdin = '', errIsTTY = false): { io: CliIo; memory: Memory } {
  const memory: Memory = { files: new Map(Object.entries(files)), out: '', err: '' };
  const sink = (path: string | undefined): Writable => {
    const chunks: string[] = [];
    return new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (path === undefined) memory.out += chunk.toString();
        else chunks.push(chunk.toString());
        callback();
      },
      final(callback) {
        if (path !== undefined) memory.files.set(path, chunks.join(''));
        callback();
      },
    });
  };
  const open = (path: string): Readable => {
    const text = memory.files.get(path);
    if (text === undefined) {
      const stream = new Readable({ read() {} });
      queueMicrotask(() => stream.destroy(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })));
      return stream;
    }
    return Readable.from([text]);
  };
  const io: CliIo = {
    stdin: Readable.from([stdin]),
    out: (text) => void (memory.out += text),
    err: (text) => void (memory.err += text),
    env: {},
    errIsTTY,
    open,
    sink,
  };
  return { io, memory };
}

async function cli(argv: string[], files: Record<string, string> = {}, stdin = '', errIsTTY = false): Promise<{ code: number; memory: Memory }> {
  const { io, memory } = memoryIo(files, stdin, errIsTTY);
  const code = await run(argv, io);
  return { code, memory };
}

describe('double-random (the command line, #15)', async () => {
  const generated = await cli(['generate', '--size', '300', '--seed', 'cli', '--out', 'in.json']);
  const input = generated.memory.files.get('in.json') as string;

  it('generates an input, plans it and draws it', async () => {
    expect(generated.code).toBe(0);
    expect(JSON.parse(input).enterprises).toHaveLength(300);
    const plan = await cli(['plan', '--seed', 's', 'in.json'], { 'in.json': input });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.memory.out).tasks.length).toBeGreaterThan(0);
    const draw = await cli(['draw', '--seed', 's', 'in.json'], { 'in.json': input });
    expect(JSON.parse(draw.memory.out)).toMatchObject({ seed: 's', algorithm: expect.any(String) });
  });

  it('verifies a record: 0 when valid, 1 with the tampered field named, 2 for an unusable input', async () => {
    const record = (await cli(['draw', '--seed', 's', 'in.json'], { 'in.json': input })).memory.out;
    const valid = await cli(['verify', '--seed', 's', 'in.json', 'record.json'], { 'in.json': input, 'record.json': record });
    expect([valid.code, valid.memory.out]).toEqual([0, expect.stringContaining('valid')]);
    const tampered = JSON.parse(record);
    const k = tampered.strata.findIndex((s: { drawn: string[] }) => s.drawn.length > 0);
    tampered.strata[k].drawn[0] = tampered.strata[k - 1 < 0 ? k + 1 : k - 1]?.drawn[0] ?? '91350100M000100Y43';
    const forged = await cli(['verify', '--seed', 's', 'in.json', 'record.json'], { 'in.json': input, 'record.json': JSON.stringify(tampered) });
    expect(forged.code).toBe(1);
    expect(forged.memory.out).toContain(`strata[${k}].drawn[0]: expected`);
    const plan = (await cli(['plan', '--seed', 's', 'in.json'], { 'in.json': input })).memory.out;
    expect((await cli(['verify', '--seed', 's', 'in.json', 'plan.json'], { 'in.json': input, 'plan.json': plan })).code).toBe(0);
    expect((await cli(['verify', '--seed', 'other', 'in.json', 'plan.json'], { 'in.json': input, 'plan.json': plan })).code).toBe(1);
    expect((await cli(['verify', '--seed', 's', 'in.json', 'missing.json'], { 'in.json': input })).code).toBe(2);
  });

  it('refuses an unusable input with exit 2 and the issues in Chinese or English', async () => {
    const bad = JSON.stringify({ ...JSON.parse(input), policy: { ...JSON.parse(input).policy, ratios: { ...JSON.parse(input).policy.ratios, B: 4 } } });
    const zh = await cli(['--locale', 'zh-CN', 'plan', '--seed', 's', 'bad.json'], { 'bad.json': bad });
    expect(zh.code).toBe(2);
    expect(zh.memory.err).toContain('输入未通过校验');
    expect(zh.memory.err).toContain('4% 写作 0.04');
    const en = await cli(['plan', '--seed', 's', 'bad.json'], { 'bad.json': bad });
    expect(en.memory.err).toContain('4 % is 0.04');
    const notJson = await cli(['plan', '--seed', 's', 'x.json'], { 'x.json': '{"enterprises": [' });
    expect([notJson.code, notJson.memory.err]).toEqual([2, expect.stringContaining('not JSON')]);
  });

  it('reads NDJSON (the input without enterprises, then one per line) and standard input, with the same plan', async () => {
    const nd = await cli(['generate', '--size', '300', '--seed', 'cli', '--format', 'ndjson', '--out', 'in.ndjson']);
    const ndjson = nd.memory.files.get('in.ndjson') as string;
    expect(ndjson.split('\n').filter((l) => l !== '')).toHaveLength(301);
    const fromJson = (await cli(['plan', '--seed', 's', 'in.json'], { 'in.json': input })).memory.out;
    expect((await cli(['plan', '--seed', 's', 'in.ndjson'], { 'in.ndjson': ndjson })).memory.out).toBe(fromJson);
    expect((await cli(['plan', '--seed', 's', '-'], {}, ndjson)).memory.out).toBe(fromJson);
    expect((await cli(['plan', '--seed', 's', '-'], {}, `\ufeff${input}`)).memory.out).toBe(fromJson);
  });

  it('has --help with an example on every command, and refuses a missing seed with exit 2', async () => {
    for (const command of ['plan', 'draw', 'verify', 'generate', 'schema']) {
      const help = await cli([command, '--help']);
      expect([command, help.code, help.memory.out]).toEqual([command, 0, expect.stringContaining('Example:')]);
    }
    const noSeed = await cli(['plan', 'in.json'], { 'in.json': input });
    expect([noSeed.code, noSeed.memory.err]).toEqual([2, expect.stringContaining('--seed')]);
  });

  it('shows a progress bar on standard error only when it is a terminal, and the same plan', async () => {
    const quiet = await cli(['plan', '--seed', 's', 'in.json'], { 'in.json': input });
    expect(quiet.memory.err).toBe('');
    const terminal = await cli(['plan', '--seed', 's', 'in.json'], { 'in.json': input }, '', true);
    expect(terminal.memory.err).toMatch(/\rclassify +█+ 100 %/);
    expect(terminal.memory.err).toMatch(/\rstaff/);
    expect(terminal.memory.out).toBe(quiet.memory.out);
  });

  it('prints each JSON Schema, and refuses an unknown name', async () => {
    for (const name of ['input', 'record', 'plan', 'result', 'publication']) {
      const printed = await cli(['schema', name]);
      expect([name, printed.code, JSON.parse(printed.memory.out).$id]).toEqual([name, 0, expect.stringContaining(`${name}.json`)]);
    }
    expect((await cli(['schema', 'nothing'])).code).toBe(2);
  });

  it('writes the public notice as HTML or CSV from a plan and the input (which gives the names)', async () => {
    const plan = (await cli(['plan', '--seed', 's', '--secret', 'cli visit secret 7d2e9c4a1b0f8e36', 'in.json'], { 'in.json': input })).memory.out;
    const announced = ['--seed', 's', '--secret', 'cli visit secret 7d2e9c4a1b0f8e36', '--triggered', 't.json', '--authority', '某区市场监督管理局', '--date', '2024-04-08'];
    const html = await cli(['notice', 'plan.json', '--input', 'in.json', ...announced], { 'in.json': input, 'plan.json': plan, 't.json': '[]' });
    expect(html.code).toBe(0);
    expect(html.memory.out).toContain('<h2>抽取信息</h2>');
    const first = JSON.parse(input).enterprises.find((e: { uscc: string }) => html.memory.out.includes(e.uscc));
    expect(html.memory.out).toContain(first.name);
    const csv = await cli(['notice', 'plan.json', '--input', 'in.json', '--format', 'csv', ...announced], { 'in.json': input, 'plan.json': plan, 't.json': '[]' });
    expect(csv.memory.out.startsWith('\ufeff统一社会信用代码')).toBe(true);
    const other = (await cli(['generate', '--size', '300', '--seed', 'other'])).memory.out;
    const mismatch = await cli(['notice', 'plan.json', '--input', 'other.json', ...announced], { 'other.json': other, 'plan.json': plan, 't.json': '[]' });
    expect([mismatch.code, mismatch.memory.err]).toEqual([2, expect.stringContaining('not the one the plan was made from')]);
  });
});
