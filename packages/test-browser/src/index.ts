// Headless Chromium for every browser test and benchmark: Debian's build (a downloaded browser cannot be had
// here), with the flags that keep it off the network, which is closed except for localhost.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /**
   * Zendesk serves apps from another site than the agent workspace, so an app's localStorage is third-party
   * storage. Desktop Chrome allows it (partitioned); this Chromium build blocks it unless TrackingProtection3pcd
   * is off. Default true (like desktop Chrome); false keeps it blocked.
   */
  thirdPartyStorage?: boolean;
}

/** Launches Chromium, or fails loudly: browser tests are never skipped for want of a browser. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `\n\n*** Browser tests need Debian's chromium at ${CHROMIUM_PATH} (apt-get install -y chromium; .ci/run does this). ***\n` +
        '*** They are NOT skipped: install it or set CHROMIUM_PATH. ***\n',
    );
  }
  const args =
    options.thirdPartyStorage === false ? ARGS : [...ARGS, '--disable-features=TrackingProtection3pcd'];
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}
