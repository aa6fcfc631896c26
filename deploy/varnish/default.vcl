vcl 4.1;

# Communiqué behind Varnish 7 with the xkey vmod (Debian: varnish, varnish-modules).
#
# - Public pages, feeds, sitemaps, social images and public media files are cached by the
#   surrogate keys the app sends (`xkey`, src/cache/surrogateHeaders.mjs); a publication, change,
#   unpublication or embargo lift purges exactly those keys (src/cache/cdn.ts).
# - Grace: while the app re-renders an expired page, readers get the cached one; while every
#   app instance is down (health probes), they get it for up to an hour.
# - Never cached: the admin, the API (public media files aside), previews (draft mode),
#   journalists' embargo links, anything sent with a session cookie or Authorization.
#
# The app instances and the purge secret live in communique-backends.vcl, beside this file or on
# vcl_path: `node scripts/varnish-backends.mjs` writes it from VARNISH_BACKENDS and
# VARNISH_PURGE_SECRET (README, "Varnish in front").

import directors;
import std;
import xkey;

# /api/health answers 200 only while the database does (app/(payload)/api/health/route.ts).
probe communique_health {
    .url = "/api/health";
    .timeout = 2s;
    .interval = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# Who may send a purge at all (the app instances); the secret is checked as well.
acl communique_purgers {
    "localhost";
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

# Round robin across the app instances that answer their probe.
sub vcl_init {
    new instances = directors.round_robin();
}

# Declares the backends (with .probe = communique_health) and adds them to `instances` in its
# own vcl_init (Varnish runs the two in turn); defines `sub communique_check_secret` and
# `sub communique_backend_response`.
include "communique-backends.vcl";

sub vcl_recv {
    set req.backend_hint = instances.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ communique_purgers) {
            return (synth(403, "Forbidden"));
        }
        unset req.http.X-Purge-Allowed;
        call communique_check_secret;
        unset req.http.X-Purge-Secret;
        if (!req.http.X-Purge-Allowed) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge: the surrogate keys to purge, separated by spaces"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff and journalists: the admin, the API (a public media file aside), journalist links.
    if (req.url ~ "^/admin(/|\?|$)" || req.url ~ "^/embargo/" ||
        (req.url ~ "^/api/" && req.url !~ "^/api/media/file/[^?]+$")) {
        return (pass);
    }
    # A session (Payload's payload-token), a preview (Next's draft mode), credentials.
    if (req.http.Authorization ||
        req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    # Public: the same document for everyone, whatever cookies the browser holds.
    unset req.http.Cookie;

    # Healthy: an expired page is served for 10 s more while it is fetched again in the
    # background. Sick: for as long as the object's grace (1 h, below).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    set beresp.grace = 1h;
    # Next's own bookkeeping, of no use to a reader: not stored, not sent on every hit.
    unset beresp.http.x-nextjs-cache;
    unset beresp.http.x-nextjs-prerender;
    unset beresp.http.x-nextjs-stale-time;
    # An error while a stale copy exists: keep serving the copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # A media file is cached only as the public gets it, 200, for as long as a page
    # (Payload sends no Cache-Control). Any other answer may change with access, uncached.
    if (bereq.url ~ "^/api/media/file/") {
        if (beresp.status != 200 || !beresp.http.xkey) {
            set beresp.ttl = 0s;
            set beresp.uncacheable = true;
            return (deliver);
        }
        if (!beresp.http.Cache-Control) {
            set beresp.ttl = 300s;
        }
    }
    # A public response without surrogate keys could never be purged: keep it briefly only.
    # Next's build files are named by their content and never change.
    if (!beresp.http.xkey && beresp.ttl > 10s && bereq.url !~ "^/_next/static/") {
        set beresp.ttl = 10s;
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript)|image/svg)") {
        set beresp.do_gzip = true;
    }
    call communique_backend_response;
}

# An instance that died or refuses connections is still "healthy" until its probe fails twice
# (up to ~2 s): the fetch goes again, and the round robin hands it to the next instance. Only
# GET and HEAD, which are safe to send twice (a POST may have reached the app).
sub vcl_backend_error {
    if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Varnish's own keys stay here; Surrogate-Key and Cache-Tag go on only to a CDN in front,
    # which names itself in CDN-Loop (RFC 8586; Cloudflare, Akamai) or Fastly-FF. Readers get
    # neither, nor Via and X-Varnish: ~600 bytes less on every hit (docs/benchmarks.md).
    unset resp.http.xkey;
    if (!req.http.CDN-Loop && !req.http.Fastly-FF) {
        unset resp.http.Surrogate-Key;
        unset resp.http.Cache-Tag;
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
