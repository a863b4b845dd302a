import * as chromeLauncher from 'chrome-launcher';

/** Debian's Chromium, headless, for Lighthouse: without the background-networking flags its calls out are refused here, many at a time. */
export function launchHeadlessChromium(chromePath: string): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
