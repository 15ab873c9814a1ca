/**
 * A throwaway PostgreSQL server for the tests: initdb into a temporary directory and pg_ctl start,
 * listening on a Unix socket only (no TCP). It fails loudly when it cannot start one: the test
 * that needs it must never skip in silence. `.ci/run` installs Debian's PostgreSQL 15 when
 * `initdb` is missing.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The directory of PostgreSQL's server programs: on the PATH, or Debian's. */
function binaries(): string {
  for (const dir of ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin']) {
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  try {
    return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL is not installed (no initdb): run .ci/run, which installs Debian\'s postgresql-15, or apt-get install postgresql-15');
  }
}

export interface Server {
  /** The socket directory: connect with `host` set to it. */
  readonly socket: string;
  readonly user: string;
  readonly stop: () => void;
}

/** Starts a server; PostgreSQL refuses to run as root, so as root it runs as the `postgres` user. */
export function startServer(): Server {
  const bin = binaries();
  const root = mkdtempSync(join(tmpdir(), 'double-random-pg-'));
  chmodSync(root, 0o777);
  const data = join(root, 'data');
  const socket = root;
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]): void => {
    const command = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] as const : [join(bin, program), args] as const;
    execFileSync(command[0], [...command[1]], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-instructions', '-E', 'UTF8', '--locale', 'C']);
  run('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-w', '-o', `-c listen_addresses='' -k ${socket} -c fsync=off`, 'start']);
  return {
    socket,
    user: 'postgres',
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
