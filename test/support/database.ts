import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";

export interface TestDatabase {
  url: string;
  /** True for a real server (TEST_DATABASE_URL); false for the embedded PGlite, which runs one query at a time. */
  real: boolean;
  drop(): Promise<void>;
}

let counter = 0;

/**
 * How long a hook that creates a test database may take: PGlite starts in a few seconds on a quiet machine
 * but has taken over 20 s on a two-core machine running several test suites at once.
 */
export const databaseHookTimeout = 90_000;

/**
 * A fresh, empty database for one test file: a new database on the server `TEST_DATABASE_URL` names (dropped
 * afterwards), else an embedded PostgreSQL (PGlite) behind a local socket, so the tests need nothing
 * installed.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `career_test_${process.pid}_${Date.now()}_${++counter}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      real: true,
      async drop() {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const db = await PGlite.create();
  const socket = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 20 });
  await socket.start();
  return {
    url: `postgres://postgres@${socket.getServerConn()}/postgres`,
    real: false,
    async drop() {
      await socket.stop();
      await db.close();
    },
  };
}
