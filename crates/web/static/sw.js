// The service worker: keeps the lessons of the learner's modules for reading offline.
// Served at /sw.js (scope: the whole site). No inline code anywhere: the CSP holds.
//
// - Pages (HTML): network first; when the network fails, the kept copy.
// - /static/ (hashed names, never change) and /media/ (module versions never change):
//   cache first.
// - On a message {type: "keep", url} from a page, fetches the list of pages to keep
//   (`/{lang}/offline/pages.json`) and stores each page with its images.
// - On {type: "forget"}: removes everything kept.
"use strict";

var PAGES = "academy-pages-v1";
var FILES = "academy-files-v1";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) {
        return n.indexOf("academy-") === 0 && n !== PAGES && n !== FILES;
      }).map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function isFile(url) {
  return url.pathname.indexOf("/static/") === 0 || url.pathname.indexOf("/media/") === 0;
}

self.addEventListener("fetch", function (event) {
  var req = event.request;
  if (req.method !== "GET") return;
  var url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (isFile(url)) {
    // Files are kept only while pages are (the learner may have removed both).
    event.respondWith(
      caches.match(req, { cacheName: FILES }).then(function (hit) {
        return hit || fetch(req).then(function (res) {
          if (res.ok) {
            var copy = res.clone();
            caches.has(PAGES).then(function (keeping) {
              if (keeping) return caches.open(FILES).then(function (c) { return c.put(req, copy); });
            });
          }
          return res;
        });
      })
    );
    return;
  }
  if (req.mode === "navigate" || (req.headers.get("accept") || "").indexOf("text/html") >= 0) {
    event.respondWith(
      fetch(req).then(function (res) {
        // Keep the fresh copy of a page that is already kept (without creating the
        // cache after the learner removed it).
        if (res.ok) {
          var copy = res.clone();
          caches.match(url.pathname, { cacheName: PAGES }).then(function (hit) {
            if (hit) return caches.open(PAGES).then(function (c) { return c.put(url.pathname, copy); });
          });
        }
        return res;
      }).catch(function () {
        var offlinePage = url.pathname.split("/").slice(0, 2).join("/") + "/offline";
        return caches.match(url.pathname, { cacheName: PAGES }).then(function (hit) {
          return hit || caches.match(offlinePage, { cacheName: PAGES }).then(function (o) {
            return o || Response.error();
          });
        });
      })
    );
  }
});

// Images a kept page shows.
function imagesOf(html) {
  var out = [], re = /src="(\/media\/[^"]+)"/g, m;
  while ((m = re.exec(html))) out.push(m[1]);
  return out;
}

function keep(listUrl) {
  return fetch(listUrl, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) throw new Error("list " + r.status);
    return r.json();
  }).then(function (list) {
    return Promise.all([caches.open(PAGES), caches.open(FILES)]).then(function (c) {
      var pages = c[0], files = c[1];
      var kept = 0;
      // One at a time: a slow connection is not flooded.
      return list.pages.reduce(function (done, path) {
        return done.then(function () {
          return fetch(path, { credentials: "same-origin" }).then(function (res) {
            if (!res.ok) return;
            return res.clone().text().then(function (html) {
              kept += 1;
              return pages.put(path, res).then(function () {
                return Promise.all(imagesOf(html).map(function (src) {
                  return files.match(src).then(function (hit) { return hit || files.add(src); });
                }));
              });
            });
          }).catch(function () {});
        });
      }, Promise.resolve()).then(function () { return kept; });
    });
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var reply = function (msg) { if (event.source) event.source.postMessage(msg); };
  if (data.type === "keep" && data.url) {
    event.waitUntil(keep(data.url).then(function (n) {
      reply({ type: "kept", count: n });
    }).catch(function () { reply({ type: "kept", count: -1 }); }));
  } else if (data.type === "forget") {
    event.waitUntil(Promise.all([caches.delete(PAGES), caches.delete(FILES)]).then(function () {
      reply({ type: "forgotten" });
    }));
  }
});
