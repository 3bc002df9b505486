/**
 * The set-up every e2e block shares: one fixture server and one browser with the built
 * extension, started before the block's tests and closed after them (browser first), and the
 * folder the tests write screenshots and reports to.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, ROOT } from './browsers';
import { type FixtureServer, startFixtureServer } from './fixture-server';

export const RESULTS = join(ROOT, 'test-results');

export interface Session {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/** Registers the block's beforeAll and afterAll; `use` receives the server and browser once started. */
export function withServerAndBrowser(launch: () => Promise<ExtensionBrowser>, use: (session: Session) => void): void {
  let session: Partial<Session> = {};
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    session = { server: await startFixtureServer() };
    session.browser = await launch();
    use(session as Session);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
}
