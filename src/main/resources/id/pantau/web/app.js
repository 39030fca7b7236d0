// Pantau dashboard. Article text is only ever inserted with textContent / text nodes, never as
// HTML, so no script or markup from an article can run.
"use strict";

const COLORS = {
  "Battles": "#e63946", "Explosions/Remote violence": "#f4a261", "Violence against civilians": "#9d4edd",
  "Protests": "#2a9d8f", "Riots": "#264653", "Strategic developments": "#6c757d"
};
const I18N = {
  id: {
    "nav.map": "Peta", "nav.search": "Cari dokumen", "f.type": "Jenis", "f.all": "Semua", "f.actor": "Aktor",
    "f.country": "Negara", "f.from": "Dari", "f.to": "Sampai", "f.text": "Teks", "f.apply": "Terapkan",
    "f.reset": "Atur ulang", "t.title": "Linimasa (peristiwa dan korban tewas; seret untuk memilih rentang)",
    "tab.title": "Peristiwa", "c.date": "Tanggal", "c.type": "Jenis", "c.location": "Lokasi", "c.actor1": "Aktor 1",
    "c.actor2": "Aktor 2", "c.killed": "Tewas", "c.docs": "Dok.", "s.placeholder": "mis. bom Kampung Melayu",
    "s.events": "Hanya yang memuat peristiwa", "s.go": "Cari", "e.back": "← kembali ke peta", "e.claims": "Klaim angka menurut sumber",
    "e.claimant": "Sumber klaim", "e.kind": "Jenis", "e.value": "Angka", "e.doc": "Dokumen", "e.unknown": "(tidak disebut)",
    "e.evidence": "Teks artikel dengan kalimat bukti", "e.summary": "Ringkasan", "s.results": "hasil", "s.sources": "Sumber",
    "s.languages": "Bahasa", "d.events": "Peristiwa dari dokumen ini", "k.killed": "tewas", "k.injured": "luka",
    "k.displaced": "mengungsi", "k.captured": "ditangkap/menyerah"
  },
  en: {
    "nav.map": "Map", "nav.search": "Search documents", "f.type": "Type", "f.all": "All", "f.actor": "Actor",
    "f.country": "Country", "f.from": "From", "f.to": "To", "f.text": "Text", "f.apply": "Apply", "f.reset": "Reset",
    "t.title": "Timeline (events and fatalities; drag to select a range)", "tab.title": "Events", "c.date": "Date",
    "c.type": "Type", "c.location": "Location", "c.actor1": "Actor 1", "c.actor2": "Actor 2", "c.killed": "Killed",
    "c.docs": "Docs", "s.placeholder": "e.g. bom Kampung Melayu", "s.events": "Only with events", "s.go": "Search",
    "e.back": "← back to the map", "e.claims": "Figures by claimant", "e.claimant": "Claimant", "e.kind": "Kind",
    "e.value": "Figure", "e.doc": "Document", "e.unknown": "(not named)", "e.evidence": "Article text with the evidence sentences",
    "e.summary": "Summary", "s.results": "results", "s.sources": "Sources", "s.languages": "Languages",
    "d.events": "Events from this document", "k.killed": "killed", "k.injured": "injured", "k.displaced": "displaced",
    "k.captured": "captured"
  }
};
let lang = localStorage.getItem("pantau.lang") || "id";
const t = key => (I18N[lang] && I18N[lang][key]) || key;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c == null ? "" : (c instanceof Node ? c : String(c)));
  return e;
}

function applyI18n() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach(n => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach(n => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  document.getElementById("lang").textContent = lang === "id" ? "EN" : "ID";
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

// ---- map view ----
let map, markerLayer;
function initMap() {
  map = L.map("map", { worldCopyJump: true, attributionControl: true }).setView([5, 80], 3);
  map.attributionControl.addAttribution("Natural Earth / world-atlas");
  fetch("/vendor/countries-50m.json").then(r => r.json()).then(topo => {
    const geo = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(geo, { style: { color: "#999", weight: .6, fillColor: "#f4f1e8", fillOpacity: 1 }, interactive: false }).addTo(map);
    if (markerLayer) markerLayer.bringToFront && markerLayer.bringToFront();
  });
  markerLayer = L.featureGroup().addTo(map);
  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => {
    const d = el("div", { class: "legend" });
    for (const [k, c] of Object.entries(COLORS)) d.append(el("div", {}, Object.assign(el("i"), { style: `background:${c}` }), k));
    return d;
  };
  legend.addTo(map);
}

function filterParams() {
  const p = new URLSearchParams();
  const v = id => document.getElementById(id).value.trim();
  if (v("f-type")) p.set("event_type", v("f-type"));
  if (v("f-actor")) p.set("actor", v("f-actor"));
  if (v("f-country")) p.set("country", v("f-country"));
  if (v("f-from")) p.set("date_from", v("f-from"));
  if (v("f-to")) p.set("date_to", v("f-to"));
  if (v("f-q")) p.set("q", v("f-q"));
  return p;
}

async function refresh() {
  const p = filterParams();
  p.set("page_size", "1000");
  const data = await api("/api/events?" + p);
  drawMarkers(data.items);
  drawTable(data.items, data.total);
  const tl = new URLSearchParams(filterParams());
  tl.delete("date_from"); tl.delete("date_to");
  tl.set("interval", "month");
  drawTimeline(await api("/api/timeline?" + tl));
}

function slug(type) { return type.toLowerCase().replace(/[^a-z]+/g, "-"); }

function drawMarkers(events) {
  markerLayer.clearLayers();
  for (const e of events) {
    if (e.latitude == null) continue;
    const r = 5 + 3 * Math.sqrt(e.fatalities || 0);
    const m = L.circleMarker([e.latitude, e.longitude], {
      radius: Math.min(r, 40), color: "#333", weight: 1, fillColor: COLORS[e.event_type] || "#000", fillOpacity: .75,
      className: "event-marker type-" + slug(e.event_type)
    });
    const tip = el("div", {}, el("b", {}, e.sub_event_type), el("br"), `${e.location} · ${e.event_date || "?"}`, el("br"),
      `${e.actor1 || "?"} — ${e.actor2 || "?"}`);
    m.bindTooltip(tip);
    m.on("click", () => { location.hash = "#/event/" + encodeURIComponent(e.event_id); });
    markerLayer.addLayer(m);
  }
  if (events.length && markerLayer.getBounds().isValid()) map.fitBounds(markerLayer.getBounds().pad(0.3), { maxZoom: 6 });
}

function drawTable(events, total) {
  document.getElementById("count").textContent = total;
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of events) {
    const tr = el("tr", { class: "event-row", "data-event-id": e.event_id, onclick: () => { location.hash = "#/event/" + encodeURIComponent(e.event_id); } },
      el("td", {}, e.event_date || ""), el("td", {}, e.sub_event_type), el("td", {}, e.location || ""),
      el("td", {}, e.actor1 || ""), el("td", {}, e.actor2 || ""), el("td", {}, e.fatalities == null ? "" : e.fatalities),
      el("td", {}, e.doc_ids.length));
    body.append(tr);
  }
}

// timeline: bars of events per month, red bars of fatalities; drag to brush a date range
function drawTimeline(rows) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const W = svg.clientWidth || 800, H = 120, pad = 20;
  if (!rows.length) return;
  const maxE = Math.max(...rows.map(r => r.events)), maxK = Math.max(1, ...rows.map(r => r.fatalities));
  const bw = (W - 2 * pad) / rows.length;
  const ns = "http://www.w3.org/2000/svg";
  rows.forEach((r, i) => {
    const x = pad + i * bw;
    const h = (H - 2 * pad) * r.events / maxE;
    const b = document.createElementNS(ns, "rect");
    b.setAttribute("class", "bar"); b.setAttribute("x", x); b.setAttribute("width", Math.max(1, bw * .45));
    b.setAttribute("y", H - pad - h); b.setAttribute("height", h);
    const title = document.createElementNS(ns, "title"); title.textContent = `${r.period}: ${r.events} / ${r.fatalities}`;
    b.append(title); svg.append(b);
    const k = document.createElementNS(ns, "rect");
    const hk = (H - 2 * pad) * r.fatalities / maxK;
    k.setAttribute("class", "killed"); k.setAttribute("x", x + bw * .5); k.setAttribute("width", Math.max(1, bw * .45));
    k.setAttribute("y", H - pad - hk); k.setAttribute("height", hk); svg.append(k);
  });
  const lab = (txt, x) => { const s = document.createElementNS(ns, "text"); s.setAttribute("x", x); s.setAttribute("y", H - 4); s.setAttribute("font-size", "10"); s.textContent = txt; svg.append(s); };
  lab(rows[0].period, pad); lab(rows[rows.length - 1].period, W - pad - 40);
  let start = null, brush = null;
  const periodAt = x => rows[Math.max(0, Math.min(rows.length - 1, Math.floor((x - pad) / bw)))].period;
  svg.onmousedown = ev => { start = ev.offsetX; brush = document.createElementNS(ns, "rect"); brush.setAttribute("class", "brush"); brush.setAttribute("y", 0); brush.setAttribute("height", H); svg.append(brush); };
  svg.onmousemove = ev => { if (start == null) return; const a = Math.min(start, ev.offsetX), b = Math.max(start, ev.offsetX); brush.setAttribute("x", a); brush.setAttribute("width", b - a); };
  svg.onmouseup = ev => {
    if (start == null) return;
    const a = periodAt(Math.min(start, ev.offsetX)), b = periodAt(Math.max(start, ev.offsetX));
    start = null;
    document.getElementById("f-from").value = a + "-01";
    const [y, m] = b.split("-").map(Number);
    document.getElementById("f-to").value = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    refresh();
  };
}

// ---- event view ----
const KINDS = ["killed", "injured", "displaced", "captured"];
async function showEvent(id) {
  const view = document.getElementById("view-event");
  view.replaceChildren(el("p", {}, "…"));
  const e = await api("/api/events/" + encodeURIComponent(id));
  const summary = el("table", { class: "summary" });
  for (const [k, v] of [["event_type", e.event_type], ["sub_event_type", e.sub_event_type], ["event_date", e.event_date],
      ["location", `${e.location} (${e.admin1 || ""}, ${e.country})`], ["actor1", e.actor1], ["assoc_actor_1", e.assoc_actor_1],
      ["actor2", e.actor2], ["assoc_actor_2", e.assoc_actor_2], ["fatalities", e.fatalities], ["injured", e.injured],
      ["displaced", e.displaced], ["captured", e.captured], ["notes", e.notes]]) {
    if (v != null && v !== "") summary.append(el("tr", {}, el("th", {}, k), el("td", {}, v)));
  }
  // claims side by side: one row per claimant, one column per kind
  const byClaimant = new Map();
  for (const c of e.claims) {
    const who = c.claimant || t("e.unknown");
    if (!byClaimant.has(who)) byClaimant.set(who, {});
    const row = byClaimant.get(who);
    (row[c.kind] = row[c.kind] || []).push(c);
  }
  const claims = el("table", { class: "claims" }, el("tr", {}, el("th", {}, t("e.claimant")), ...KINDS.map(k => el("th", {}, t("k." + k)))));
  for (const [who, row] of byClaimant) {
    claims.append(el("tr", { class: "claim-row" }, el("td", {}, who), ...KINDS.map(k => {
      const cs = row[k] || [];
      const td = el("td", cs.some(c => c.approximate) ? { class: "approx" } : {}, cs.map(c => c.value).join(", "));
      if (cs.length) td.title = cs.map(c => c.quote).join("\n");
      return td;
    })));
  }
  view.replaceChildren(el("p", {}, el("a", { href: "#/" }, t("e.back"))), el("h2", {}, `${e.sub_event_type} — ${e.location}, ${e.event_date || "?"}`),
    summary, el("h3", {}, t("e.claims")), claims, el("h3", {}, t("e.evidence")));
  for (const docId of e.doc_ids) {
    const d = await api("/api/documents/" + encodeURIComponent(docId));
    const spans = e.evidence.filter(x => x.doc_id === docId);
    view.append(el("h4", {}, d.title || d.doc_id, " · ", d.source || "", " · ", d.published || ""), highlighted(d.text, spans, "evidence"));
  }
}

/** The text with [start, end) spans wrapped in <mark>, built from text nodes only. */
function highlighted(text, spans, cls) {
  const box = el("div", { class: "doc-text" });
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    box.append(document.createTextNode(text.slice(at, s.start)));
    box.append(el("mark", { class: cls }, text.slice(s.start, s.end)));
    at = s.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

// ---- search view ----
async function search() {
  const p = new URLSearchParams();
  const q = document.getElementById("s-q").value.trim();
  if (q) p.set("q", q);
  if (document.getElementById("s-events").checked) p.set("has_events", "true");
  const r = await api("/api/documents?" + p);
  const list = document.getElementById("results");
  list.replaceChildren();
  for (const h of r.items) {
    const snippet = el("div", { class: "snippet" });
    h.snippet.split("\u0001").forEach((part, i) => {
      if (i === 0) { snippet.append(part); return; }
      const [hit, rest] = part.split("\u0002");
      snippet.append(el("mark", { class: "hit" }, hit), rest || "");
    });
    list.append(el("li", { class: "result" }, el("a", { href: "#/doc/" + encodeURIComponent(h.docId) }, h.title || h.docId),
      " · ", h.source || "", " · ", h.published || "", h.hasEvents ? " ⚑" : "", snippet));
  }
  const facets = document.getElementById("facets");
  facets.replaceChildren(el("p", {}, `${r.total} ${t("s.results")}`), el("h4", {}, t("s.sources")),
    ...Object.entries(r.facets.source).map(([k, v]) => el("div", {}, `${k} (${v})`)), el("h4", {}, t("s.languages")),
    ...Object.entries(r.facets.language).map(([k, v]) => el("div", {}, `${k} (${v})`)));
}

async function showDoc(id) {
  const view = document.getElementById("view-doc");
  const d = await api("/api/documents/" + encodeURIComponent(id));
  const spans = d.events.flatMap(e => e.evidence.filter(x => x.doc_id === d.doc_id));
  view.replaceChildren(el("p", {}, el("a", { href: "#/search" }, "←")), el("h2", {}, d.title || d.doc_id),
    el("p", {}, d.source || "", " · ", d.published || "", " · ", d.language || "", d.url ? " · " : "", d.url ? (/^https?:\/\//i.test(d.url) ? el("a", { href: d.url, rel: "noopener noreferrer" }, d.url) : d.url) : ""),
    el("h3", {}, t("d.events")), el("ul", {}, ...d.events.map(e => el("li", {}, `${e.sub_event_type} — ${e.location} ${e.event_date || ""}`))),
    highlighted(d.text, spans, "evidence"));
}

// ---- routing ----
function route() {
  const h = location.hash || "#/";
  for (const id of ["view-map", "view-event", "view-search", "view-doc"]) document.getElementById(id).hidden = true;
  if (h.startsWith("#/event/")) { document.getElementById("view-event").hidden = false; showEvent(decodeURIComponent(h.slice(8))); }
  else if (h.startsWith("#/doc/")) { document.getElementById("view-doc").hidden = false; showDoc(decodeURIComponent(h.slice(6))); }
  else if (h.startsWith("#/search")) { document.getElementById("view-search").hidden = false; search(); }
  else { document.getElementById("view-map").hidden = false; map.invalidateSize(); }
}

async function main() {
  applyI18n();
  initMap();
  const types = await api("/api/event-types");
  const sel = document.getElementById("f-type");
  for (const ty of types) sel.append(el("option", { value: ty }, ty));
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); refresh(); });
  document.getElementById("f-reset").addEventListener("click", () => { document.getElementById("filters").reset(); refresh(); });
  document.getElementById("search-form").addEventListener("submit", ev => { ev.preventDefault(); search(); });
  document.getElementById("lang").addEventListener("click", () => { lang = lang === "id" ? "en" : "id"; localStorage.setItem("pantau.lang", lang); applyI18n(); route(); });
  window.addEventListener("hashchange", route);
  await refresh();
  route();
  document.body.dataset.ready = "true";
}
main();
