/**
 * GraphiQL in a real browser: Debian's chromium driven by playwright-core. Skipped, saying so,
 * where /usr/bin/chromium (or CHROMIUM_PATH) is missing: `apt-get install -y chromium`.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/create-gateway.js';
import { fixtureArticle } from '../fixtures/articles.js';
import { startHarness, type Harness } from './harness.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(chromiumPath);
if (!available) {
  console.warn(
    `GraphiQL browser test skipped: no chromium at ${chromiumPath} (apt-get install -y chromium)`,
  );
}

const readmeQuery = `{ articles(first: 10) { edges { node { headline
  statements { kind quote cue speaker { name } }
  signatoryLists { document signatories { name countryCode } } } } } }`;

describe.skipIf(!available)('GraphiQL in chromium', () => {
  const article = fixtureArticle('browser', '2024-11-06');
  let h: Harness;
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    h = await startHarness('gateway_browser');
    await h.store.saveArticles([article]);
    const yoga = createGateway({ store: h.store, graphiql: true, logging: false });
    server = createServer((request, response) => void yoga(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await h?.close();
  });

  it(
    "runs the README query and shows the sample article's statements",
    { timeout: 60_000 },
    async () => {
      const { port } = server.address() as AddressInfo;
      const page = await browser.newPage();
      const url = `http://127.0.0.1:${port}/graphql?query=${encodeURIComponent(readmeQuery)}`;
      await page.goto(url);
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response');
      // The response editor fills in as it renders and shows only the lines in view (the first
      // statement's are): wait for each piece.
      for (const piece of ['opens a new page', 'Volodymyr Zelenskyy']) {
        await response.getByText(piece).first().waitFor();
      }
      expect(await response.getByText('Volodymyr Zelenskyy').count()).toBeGreaterThan(0);
    },
  );
});
