/**
 * Runs in the posting's tab, injected by scripting.executeScript at the user's click: the page's
 * address and a copy of its HTML without what the reader never looks at (scripts other than
 * JSON-LD, styles, media). The browser sends this function's source text, so it must not use
 * anything from outside its own body.
 */
export function pageSnapshot(): { url: string; html: string } {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copy
    .querySelectorAll('script:not([type="application/ld+json"]), style, svg, noscript, iframe, template, video, canvas, link:not([rel="canonical"])')
    .forEach((element) => element.remove());
  copy.querySelectorAll("img, source").forEach((element) => {
    element.removeAttribute("src");
    element.removeAttribute("srcset");
  });
  // 2 MB is plenty: a posting's text and data sit near the top of any page.
  return { url: location.href, html: copy.outerHTML.slice(0, 2_000_000) };
}
