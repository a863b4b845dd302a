/**
 * The page paints first in the web fonts' fallbacks (app/font-fallbacks.css: same room, so
 * nothing moves), and only then asks for the web fonts, by setting `data-web-fonts` on <html>,
 * which switches the font stacks in app/globals.css. A font requested while the page is laid
 * out holds its first paint until it arrives (Chrome waited for all four, about 90 KiB, on a
 * reader's first visit). Later pages in the same visit, with the fonts in the browser's cache,
 * use them from the start. Readers without JavaScript keep the fallbacks.
 */
const switchOnAfterFirstPaint = `(() => {
  const root = document.documentElement;
  const key = 'broadsheet-web-fonts';
  const on = () => {
    if (root.hasAttribute('data-web-fonts')) return;
    root.setAttribute('data-web-fonts', '');
    document.fonts?.ready.then(() => { try { sessionStorage.setItem(key, '1'); } catch {} });
  };
  try { if (sessionStorage.getItem(key)) return on(); } catch {}
  try {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) setTimeout(on, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  addEventListener('load', on);
})();`;

export function WebFontsAfterFirstPaint() {
  return <script dangerouslySetInnerHTML={{ __html: switchOnAfterFirstPaint }} />;
}
