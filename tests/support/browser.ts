// Launches Chromium through playwright-core (`npx playwright install` cannot work here). The
// browser is, in order: CHROMIUM_PATH when set; a system Chromium on the PATH (Debian's
// `chromium`, `chromium-browser`, Chrome); else the one the @sparticuz/chromium devDependency
// ships, unpacked on first use (about a second), which needs no system package at all.
import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const HOW_TO_GET_ONE =
  'no Chromium for the browser tests: run `npm install` (the @sparticuz/chromium ' +
  'devDependency ships one), or `apt-get install -y chromium`, or set CHROMIUM_PATH to a ' +
  'Chromium or Chrome executable';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Chromium on the PATH; none when NO_SYSTEM_CHROMIUM is set (to test the fallback). */
function systemChromium(): string | null {
  if (process.env.NO_SYSTEM_CHROMIUM) return null;
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    for (const name of SYSTEM_NAMES) if (dir && executable(join(dir, name))) return join(dir, name);
  return null;
}

async function packagedChromium(): Promise<string | null> {
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return await packaged.executablePath();
  } catch {
    return null;
  }
}

/** What to do, said without a stack trace (nothing in our code went wrong). */
function noBrowser(message: string): Error {
  const e = new Error(message);
  e.stack = `Error: ${message}`;
  return e;
}

/** The Chromium the tests use, or an error that says how to get one. */
export async function chromiumPath(): Promise<string> {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!executable(given))
      throw noBrowser(`CHROMIUM_PATH=${given} is no executable: ${HOW_TO_GET_ONE}`);
    return given;
  }
  const found = systemChromium() ?? (await packagedChromium());
  if (!found) throw noBrowser(HOW_TO_GET_ONE);
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** axe on the page as it is: no serious or critical violation, named by `label` when one is. */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    [],
  );
}
