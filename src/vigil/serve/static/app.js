// vigil workbench page: plain DOM + SVG, no libraries, no network beyond this server.
// Every text from the store is inserted with textContent, never as HTML.
"use strict";

const COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
const SVGNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? `${body.error.code}: ${body.error.message}` : r.statusText);
  return body;
}

function query() {
  const data = new FormData(document.getElementById("filters"));
  const params = new URLSearchParams();
  for (const [k, v] of data.entries()) if (String(v).trim()) params.set(k, String(v).trim());
  return params;
}

let basemap = null;

async function load() {
  const status = document.getElementById("status");
  document.body.dataset.ready = "0";
  const params = query();
  document.getElementById("export").href = "/api/export?format=acled-csv&" + params.toString();
  try {
    const listParams = new URLSearchParams(params);
    listParams.set("limit", "2000");
    const [page, weeks] = await Promise.all([
      getJSON("/api/incidents?" + listParams.toString()),
      getJSON("/api/timeline?" + params.toString()),
    ]);
    if (!basemap) basemap = await getJSON("/api/basemap.geojson");
    drawMap(page.items);
    drawTimeline(weeks);
    drawList(page.items);
    status.textContent = `${page.total} incidents` + (page.total > page.items.length ? ` (showing ${page.items.length})` : "");
  } catch (err) {
    status.textContent = "error: " + err.message;
  }
  document.body.dataset.ready = "1";
}

function ringPath(ring) {
  return ring.map((p, i) => (i ? "L" : "M") + p[0] + "," + (-p[1])).join("") + "Z";
}

function drawMap(items) {
  const svg = document.getElementById("map");
  svg.replaceChildren();
  const located = items.filter((r) => r.latitude !== null && r.longitude !== null);
  let [w, s, e, n] = [-180, -60, 180, 80];
  if (located.length) {
    const lons = located.map((r) => r.longitude), lats = located.map((r) => r.latitude);
    w = Math.min(...lons); e = Math.max(...lons); s = Math.min(...lats); n = Math.max(...lats);
    const pad = Math.max(3, (e - w) * 0.15, (n - s) * 0.15);
    w -= pad; e += pad; s -= pad; n += pad;
  }
  const box = svg.getBoundingClientRect();
  const aspect = box.width && box.height ? box.width / box.height : 2;
  let width = e - w, height = n - s;
  if (width / height < aspect) { const extra = height * aspect - width; w -= extra / 2; width += extra; }
  else { const extra = width / aspect - height; s -= extra / 2; height += extra; }
  svg.setAttribute("viewBox", `${w} ${-(s + height)} ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const land = el("svg:g", { class: "basemap" });
  for (const f of basemap.features) {
    const g = f.geometry;
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    const d = polys.map((poly) => poly.map(ringPath).join("")).join("");
    if (d) land.append(el("svg:path", { d, class: "land" }, el("svg:title", {}, f.properties.name)));
  }
  svg.append(land);
  const markers = el("svg:g", { class: "markers" });
  const unit = width / 300;
  const sorted = [...located].sort((a, b) => b.fatalities - a.fatalities);
  for (const r of sorted) {
    const c = el("svg:circle", {
      class: "marker", "data-id": r.id, cx: r.longitude, cy: -r.latitude,
      r: unit * (1.5 + Math.sqrt(r.fatalities || 0)), fill: COLOURS[r.event_type] || "#777",
    }, el("svg:title", {}, `${r.sub_event_type}, ${r.location || r.country || ""}: ${r.fatalities} killed`));
    c.addEventListener("click", () => show(r.id));
    markers.append(c);
  }
  svg.append(markers);
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  for (const [t, colour] of Object.entries(COLOURS)) {
    const dot = el("span", {});
    dot.style.background = colour;
    legend.append(dot, t);
  }
}

function drawTimeline(weeks) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const W = 800, H = 180, left = 40, bottom = 30, top = 10;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("preserveAspectRatio", "none");
  if (!weeks.length) { svg.append(el("svg:text", { x: 10, y: 20 }, "no dated incidents")); return; }
  const byWeek = new Map();
  for (const c of weeks) {
    if (!byWeek.has(c.week)) byWeek.set(c.week, []);
    byWeek.get(c.week).push(c);
  }
  const first = new Date(weeks[0].week), last = new Date(weeks[weeks.length - 1].week);
  const nWeeks = Math.round((last - first) / 6048e5) + 1;
  const max = Math.max(1, ...[...byWeek.values()].map((cs) => cs.reduce((a, c) => a + c.fatalities, 0)));
  const bw = (W - left - 10) / nWeeks;
  const y = (v) => (H - bottom) - (v / max) * (H - bottom - top);
  svg.append(el("svg:line", { x1: left, y1: H - bottom, x2: W - 10, y2: H - bottom, stroke: "#999" }));
  svg.append(el("svg:text", { x: 2, y: top + 8 }, String(max)));
  svg.append(el("svg:text", { x: 2, y: H - bottom }, "0"));
  for (const [week, cells] of byWeek) {
    const i = Math.round((new Date(week) - first) / 6048e5);
    let acc = 0;
    for (const c of cells) {
      const h = Math.max(c.fatalities ? 1 : 0, y(acc) - y(acc + c.fatalities));
      const rect = el("svg:rect", {
        class: "bar", x: left + i * bw + 0.5, y: y(acc) - h, width: Math.max(1, bw - 1), height: h,
        fill: COLOURS[c.event_type] || "#777", "data-week": week,
      }, el("svg:title", {}, `week of ${week}: ${c.event_type}, ${c.fatalities} killed in ${c.incidents} incidents`));
      svg.append(rect);
      acc += c.fatalities;
    }
  }
  svg.append(el("svg:text", { x: left, y: H - 8 }, weeks[0].week));
  svg.append(el("svg:text", { x: W - 80, y: H - 8 }, weeks[weeks.length - 1].week));
}

function drawList(items) {
  const body = document.querySelector("#list tbody");
  body.replaceChildren();
  for (const r of items.slice(0, 500)) {
    const actors = [r.actor1, r.actor2].filter(Boolean).join(" vs ");
    const tr = el("tr", { "data-id": r.id }, el("td", {}, r.event_date || "?"), el("td", {}, r.sub_event_type),
      el("td", {}, actors), el("td", {}, [r.location, r.country].filter(Boolean).join(", ")), el("td", {}, r.fatalities));
    tr.addEventListener("click", () => show(r.id));
    body.append(tr);
  }
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (_) { return null; }
}

async function show(id) {
  const panel = document.getElementById("panel");
  document.querySelectorAll(".marker.selected").forEach((m) => m.classList.remove("selected"));
  document.querySelectorAll(`.marker[data-id="${Number(id)}"]`).forEach((m) => m.classList.add("selected"));
  panel.dataset.incident = "";
  let r;
  try { r = await getJSON(`/api/incidents/${Number(id)}`); }
  catch (err) { panel.replaceChildren(el("p", {}, "error: " + err.message)); return; }
  const parts = [];
  parts.push(el("h2", {}, `${r.sub_event_type} — ${r.event_date || "date unknown"}`));
  parts.push(el("p", {}, [r.location, r.admin1, r.country].filter(Boolean).join(", "),
    el("br"), el("span", { class: "muted" }, `${r.event_type} · ${r.disorder_type} · incident ${r.id}`)));
  parts.push(el("p", {}, el("b", {}, "Actors: "), [r.actor1, r.assoc_actor_1].filter(Boolean).join("; ") || "unknown",
    " → ", [r.actor2, r.assoc_actor_2].filter(Boolean).join("; ") || "—"));
  parts.push(el("p", { class: "toll" }, el("b", {}, "Toll: "), `best ${r.best} (low ${r.low}, high ${r.high})`,
    r.corrected && r.corrected.length ? el("span", { class: "muted" }, ` · corrected: ${r.corrected.join(", ")}`) : null));
  parts.push(el("h3", {}, "Brief"), el("p", { class: "brief" }, r.brief));
  parts.push(el("h3", {}, "Who says what"));
  const groups = new Map();
  for (const c of r.claims) {
    const who = c.source || (c.outlet ? `${c.outlet} (outlet)` : "the article");
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push(c);
  }
  const claims = el("div", { class: "claims" });
  for (const [who, cs] of groups) {
    const col = el("div", { class: "claimcol" }, el("h4", {}, who));
    for (const c of cs) {
      const figure = c.figure === null ? "some" : c.figure;
      col.append(el("div", { class: `claim ${c.stance}` },
        el("span", { class: "fig" }, `${c.stance === "denied" ? "denies " : ""}${figure} ${c.counted} ${c.kind}`),
        el("span", { class: "muted" }, ` · ${c.source_kind}${c.vague ? " · vague" : ""}`),
        c.sentence ? el("q", {}, c.sentence) : null));
    }
    claims.append(col);
  }
  if (!groups.size) claims.append(el("p", { class: "muted" }, "no casualty claims"));
  parts.push(claims);
  parts.push(el("h3", {}, "Sources"));
  const list = el("ul", { class: "sources" });
  for (const s of r.reports) {
    const href = s.url ? safeUrl(s.url) : null;
    const title = s.title || s.external_id || s.sha256.slice(0, 12);
    list.append(el("li", {}, href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, title) : el("span", {}, title),
      el("br"), el("span", { class: "muted" }, `${s.outlet || "unknown outlet"} · ${s.published || "undated"} · sha256 ${s.sha256.slice(0, 16)}…`),
      !href && s.url ? el("span", { class: "muted" }, ` · url: ${s.url}`) : null));
  }
  parts.push(list);
  if (r.follows.length || r.followed_by.length) {
    parts.push(el("h3", {}, "Chain"));
    for (const f of r.follows) parts.push(el("p", {}, `follows incident ${f.id}`, f.evidence ? el("q", {}, f.evidence) : null));
    for (const f of r.followed_by) parts.push(el("p", {}, `followed by incident ${f}`));
  }
  parts.push(el("h3", {}, "History"));
  if (!r.history.length) parts.push(el("p", { class: "muted" }, "no corrections"));
  for (const h of r.history) {
    parts.push(el("p", {}, `${h.at}: ${h.author} set ${h.field} from ${JSON.stringify(h.before)} to ${JSON.stringify(h.after)}`,
      el("br"), el("span", { class: "muted" }, `why: ${h.reason}`)));
  }
  parts.push(correctionForm(r.id));
  panel.replaceChildren(...parts);
  panel.dataset.incident = String(r.id);
}

// Fields an analyst may correct (the API checks them again); numbers are sent as numbers.
const CORRECTABLE = ["sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "fatalities",
  "low", "best", "high", "country", "admin1", "admin2", "location", "latitude", "longitude"];
const NUMERIC = new Set(["fatalities", "low", "best", "high", "latitude", "longitude"]);

function correctionForm(id) {
  const field = el("select", { name: "field" }, ...CORRECTABLE.map((f) => el("option", { value: f }, f)));
  const value = el("input", { name: "value", placeholder: "new value (empty clears it)" });
  const reason = el("input", { name: "reason", placeholder: "why (required)", required: "" });
  const token = el("input", { name: "token", type: "password", placeholder: "token (vigil token create)", required: "" });
  token.value = sessionStorage.getItem("vigil-token") || "";
  const status = el("p", { class: "muted", id: "correction-status" });
  const form = el("form", { id: "correct", autocomplete: "off" }, field, value, reason, token,
    el("button", { type: "submit" }, "Correct"), status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const raw = value.value.trim();
    const body = { field: field.value, reason: reason.value.trim(),
      value: raw === "" ? null : NUMERIC.has(field.value) ? Number(raw) : raw };
    sessionStorage.setItem("vigil-token", token.value);
    const r = await fetch(`/api/incidents/${Number(id)}/corrections`, { method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${token.value}` },
      body: JSON.stringify(body) });
    if (r.ok) { await show(id); load(); return; }
    const err = await r.json().catch(() => ({}));
    status.textContent = err.error ? `${err.error.code}: ${err.error.message}` : `error ${r.status}`;
  });
  return el("div", {}, el("h3", {}, "Correct a field"), form);
}

document.addEventListener("DOMContentLoaded", () => {
  const select = document.querySelector("select[name=type]");
  for (const t of Object.keys(COLOURS)) select.append(el("option", { value: t }, t));
  document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  load();
});
