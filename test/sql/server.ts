/**
 * A throwaway PostgreSQL server for the tests: the one examples/regional-draw.ts starts (initdb
 * into a temporary directory and pg_ctl start, listening on a Unix socket only, no TCP). It fails
 * loudly when it cannot start one: the test that needs it must never skip in silence. `.ci/run`
 * installs Debian's PostgreSQL 15 when `initdb` is missing.
 */
import { startPostgres, type Postgres } from '../../examples/regional-draw.js';

export type Server = Postgres;

/** Starts a server; PostgreSQL refuses to run as root, so as root it runs as the `postgres` user. */
export const startServer = (): Server => startPostgres();
