// The "Save to Bridges" bookmarklet. It runs on the posting's page, opens /applications/new on
// this app and, once that page says it is ready, hands it the page's address and a trimmed copy
// of its HTML by postMessage, addressed to the app's origin only. The page (signed in by its own
// cookie) reads the posting on the server: no token is involved, nothing leaves for another origin.

export const CLIP_READY = "bridges:clip-ready";
export const CLIP_MESSAGE = "bridges:posting";
// Under the server action body limit (1 MB) even once multi-byte characters and JSON escaping
// have grown it; a posting's text is near the top of the trimmed page.
export const CLIP_HTML_LIMIT = 400_000;

/** The `javascript:` URL for the bookmarks bar, bound to the app's origin. */
export function bookmarkletHref(appOrigin: string): string {
  const origin = JSON.stringify(new URL(appOrigin).origin);
  const source = `(()=>{const o=${origin};const q=new URLSearchParams({clip:"1",url:location.href,title:document.title.slice(0,300)});
const w=window.open(o+"/applications/new?"+q,"_blank");if(!w){alert("Allow pop-ups to save to Bridges");return}
const c=document.documentElement.cloneNode(true);
c.querySelectorAll('script:not([type="application/ld+json"]),style,svg,noscript,iframe,template,link,video,canvas').forEach(e=>e.remove());
c.querySelectorAll("img,source").forEach(e=>{e.removeAttribute("src");e.removeAttribute("srcset")});
const d={type:${JSON.stringify(CLIP_MESSAGE)},url:location.href,html:c.outerHTML.slice(0,${CLIP_HTML_LIMIT})};
const f=e=>{if(e.origin===o&&e.source===w&&e.data===${JSON.stringify(CLIP_READY)}){w.postMessage(d,o);removeEventListener("message",f)}};
addEventListener("message",f)})()`;
  return `javascript:${encodeURIComponent(source.replace(/\n/g, ""))}`;
}
