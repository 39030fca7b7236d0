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
    "k.displaced": "mengungsi", "k.captured": "ditangkap/menyerah", "f.outlet": "Media",
    "t.events": "peristiwa", "t.killed": "tewas", "e.notfound": "Peristiwa tidak ditemukan", "e.loading": "Memuat…",
    "e.error": "Gagal memuat", "d.notfound": "Dokumen tidak ditemukan", "s.clear": "hapus saringan",
    "field.event_type": "Jenis peristiwa", "field.sub_event_type": "Sub-jenis", "field.event_date": "Tanggal",
    "field.location": "Lokasi", "field.actor1": "Aktor 1", "field.assoc_actor_1": "Sekutu aktor 1", "field.actor2": "Aktor 2",
    "field.assoc_actor_2": "Sekutu aktor 2", "field.fatalities": "Tewas", "field.injured": "Luka", "field.displaced": "Mengungsi",
    "field.captured": "Ditangkap/menyerah", "field.notes": "Catatan", "field.sources": "Media",
    "type.Battles": "Pertempuran", "type.Explosions/Remote violence": "Ledakan/kekerasan jarak jauh",
    "type.Violence against civilians": "Kekerasan terhadap warga sipil", "type.Protests": "Protes", "type.Riots": "Kerusuhan",
    "type.Strategic developments": "Perkembangan strategis",
    "nav.framing": "Pembingkaian", "fr.hint": "Label yang dipakai tiap media untuk aktor ini; batang merah: porsi label yang mendelegitimasi, hijau: yang bersimpati.",
    "fr.outlet": "Media", "fr.docs": "Dok.", "fr.labels": "Label", "fr.share": "Delegitimasi / simpati", "fr.used": "Label yang dipakai",
    "fr.claimants": "Sumber angka yang dikutip tiap media", "fr.figures": "Angka tiap media untuk peristiwa yang sama", "fr.none": "Belum ada label untuk pilihan ini.",
    "fr.event": "Label tiap media untuk aktor peristiwa ini", "st.delegitimising": "mendelegitimasi", "st.neutral": "netral", "st.sympathetic": "bersimpati"
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
    "k.captured": "captured", "f.outlet": "Outlet", "t.events": "events", "t.killed": "killed",
    "e.notfound": "No such event", "e.loading": "Loading…", "e.error": "Could not load", "d.notfound": "No such document",
    "s.clear": "clear filter", "field.event_type": "Event type", "field.sub_event_type": "Sub-event type",
    "field.event_date": "Date", "field.location": "Location", "field.actor1": "Actor 1", "field.assoc_actor_1": "Associated actor 1",
    "field.actor2": "Actor 2", "field.assoc_actor_2": "Associated actor 2", "field.fatalities": "Fatalities",
    "field.injured": "Injured", "field.displaced": "Displaced", "field.captured": "Captured", "field.notes": "Notes",
    "field.sources": "Outlets",
    "type.Battles": "Battles", "type.Explosions/Remote violence": "Explosions/Remote violence",
    "type.Violence against civilians": "Violence against civilians", "type.Protests": "Protests", "type.Riots": "Riots",
    "type.Strategic developments": "Strategic developments",
    "nav.framing": "Framing", "fr.hint": "The labels each outlet uses for this actor; red bar: share of delegitimising labels, green: sympathetic.",
    "fr.outlet": "Outlet", "fr.docs": "Docs", "fr.labels": "Labels", "fr.share": "Delegitimising / sympathetic", "fr.used": "Labels used",
    "fr.claimants": "Claimants each outlet cites", "fr.figures": "Each outlet's figures for the same event", "fr.none": "No labels for this choice yet.",
    "fr.event": "The label each outlet used for this event's actors", "st.delegitimising": "delegitimising", "st.neutral": "neutral", "st.sympathetic": "sympathetic"
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
  if (!r.ok) { const e = new Error(body.error ? body.error.message : r.statusText); e.status = r.status; throw e; }
  return body;
}

// ---- map view ----
let map, markerLayer, labelLayer, legendBox;

/** Rings that cross the antimeridian jump 360 degrees; unwrapping them removes the lines drawn across the map. */
function unwrap(geometry) {
  const fixRing = ring => {
    let shift = 0;
    return ring.map((pt, i) => {
      if (i > 0) { const d = pt[0] - ring[i - 1][0]; if (d > 180) shift -= 360; else if (d < -180) shift += 360; }
      return [pt[0] + shift, pt[1]];
    });
  };
  if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(fixRing);
  else if (geometry.type === "MultiPolygon") geometry.coordinates = geometry.coordinates.map(poly => poly.map(fixRing));
  return geometry;
}

function initMap() {
  map = L.map("map", { worldCopyJump: true, attributionControl: true, minZoom: 2, maxZoom: 12 }).setView([5, 80], 3);
  map.attributionControl.addAttribution("Natural Earth / world-atlas · Leaflet.markercluster");
  map.createPane("countries").style.zIndex = 300; // the base map, then country names, then the events (overlay pane, 400)
  map.createPane("labels").style.zIndex = 350;
  labelLayer = L.layerGroup().addTo(map);
  fetch("/vendor/countries-50m.json").then(r => r.json()).then(topo => {
    const geo = topojson.feature(topo, topo.objects.countries);
    geo.features.forEach(f => { if (f.geometry) unwrap(f.geometry); });
    const layer = L.geoJSON(geo, { pane: "countries", style: { color: "#999", weight: .6, fillColor: "#f4f1e8", fillOpacity: 1 }, interactive: false }).addTo(map);
    // a label at the middle of each country's largest part, shown from the zoom its size allows
    layer.eachLayer(l => {
      const name = l.feature.properties && l.feature.properties.name;
      if (!name) return;
      const polys = l.getLatLngs().flat(0);
      let best = null, bestSize = -1;
      for (const p of (Array.isArray(polys[0]) && Array.isArray(polys[0][0]) ? polys : [polys])) {
        const b = L.latLngBounds(p.flat ? p.flat(2) : p);
        const size = (b.getNorth() - b.getSouth()) * (b.getEast() - b.getWest());
        if (size > bestSize) { bestSize = size; best = b; }
      }
      if (!best) return;
      const span = Math.sqrt(bestSize);
      const minZoom = span > 20 ? 2 : span > 9 ? 3 : span > 4 ? 4 : span > 1.5 ? 5 : 6;
      const m = L.marker(best.getCenter(), { interactive: false, keyboard: false, pane: "labels",
        icon: L.divIcon({ className: "country-label", html: el("span", {}, name), iconSize: null }) });
      m.minZoom = minZoom;
      labelLayer.addLayer(m);
    });
    showLabels();
  });
  map.on("zoomend", showLabels);
  markerLayer = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false,
    iconCreateFunction: c => {
      const n = c.getChildCount();
      return L.divIcon({ className: "marker-cluster marker-cluster-" + (n < 10 ? "small" : n < 100 ? "medium" : "large"),
        html: el("div", {}, el("span", { class: "cluster-count" }, n)), iconSize: L.point(36, 36) });
    } }).addTo(map);
  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => { legendBox = el("div", { class: "legend" }); drawLegend(); return legendBox; };
  legend.addTo(map);
}

function drawLegend() {
  if (!legendBox) return;
  legendBox.replaceChildren(...Object.entries(COLORS).map(([k, c]) => el("div", {}, Object.assign(el("i"), { style: `background:${c}` }), t("type." + k))));
}

function showLabels() {
  const z = map.getZoom();
  labelLayer.eachLayer(m => { const e = m.getElement(); if (e) e.classList.toggle("off", z < m.minZoom); });
}

const FILTER_FIELDS = { "f-type": "event_type", "f-actor": "actor", "f-country": "country", "f-outlet": "outlet",
  "f-from": "date_from", "f-to": "date_to", "f-q": "q" };

function filterParams() {
  const p = new URLSearchParams();
  for (const [id, name] of Object.entries(FILTER_FIELDS)) {
    const v = document.getElementById(id).value.trim();
    if (v) p.set(name, v);
  }
  return p;
}

/** The filters live in the address ("#/?event_type=Battles&outlet=Antara"): a reload or a shared link shows the same view. */
function hashParams() {
  const h = location.hash || "#/";
  const q = h.indexOf("?");
  return new URLSearchParams(q < 0 ? "" : h.slice(q + 1));
}

function setFilters(p) {
  for (const [id, name] of Object.entries(FILTER_FIELDS)) document.getElementById(id).value = p.get(name) || "";
}

function applyFilters() {
  const p = filterParams().toString();
  const target = "#/" + (p ? "?" + p : "");
  if (location.hash === target) refresh(); else location.hash = target;
}

let shown = null;
async function refresh() {
  const p = filterParams();
  shown = p.toString();
  p.set("page_size", "1000");
  const data = await api("/api/events?" + p);
  drawMarkers(data.items);
  drawTable(data.items, data.total);
  const tl = new URLSearchParams(filterParams());
  tl.delete("date_from"); tl.delete("date_to");
  tl.set("interval", "month");
  let rows = await api("/api/timeline?" + tl);
  if (rows.length && monthIndex(rows[rows.length - 1].period) - monthIndex(rows[0].period) > 12 * 8) {
    tl.set("interval", "year"); // decades of events: one bar per year
    rows = await api("/api/timeline?" + tl);
  }
  drawTimeline(rows);
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
  if (events.length && markerLayer.getBounds().isValid()) map.fitBounds(markerLayer.getBounds().pad(0.2), { maxZoom: 7 });
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

// timeline on a real time axis: one slot per month (or year) from the first to the last, empty ones empty;
// blue bars count events (left axis), red bars fatalities (right axis); ticks evenly spaced in time;
// drag to brush a date range
const monthIndex = period => { const [y, m] = period.split("-").map(Number); return y * 12 + (m || 1) - 1; };
const NS = "http://www.w3.org/2000/svg";
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}
function niceMax(v) {
  if (v <= 1) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function drawTimeline(rows) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  if (!rows.length) return;
  const yearly = !rows[0].period.includes("-");
  const idx = yearly ? (p => Number(p)) : monthIndex;
  const label = i => yearly ? String(i) : `${Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, "0")}`;
  const first = idx(rows[0].period), last = idx(rows[rows.length - 1].period);
  const slots = last - first + 1;
  const W = svg.clientWidth || 800, H = 150, left = 44, right = 44, top = 10, bottom = 28;
  const plotW = W - left - right, plotH = H - top - bottom;
  const bw = plotW / slots;
  const maxE = niceMax(Math.max(...rows.map(r => r.events))), maxK = niceMax(Math.max(1, ...rows.map(r => r.fatalities)));
  const x = i => left + (i - first) * bw;
  // axes with labelled ticks
  svg.append(svgEl("line", { class: "axis", x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH }));
  svg.append(svgEl("line", { class: "axis", x1: left, y1: top, x2: left, y2: top + plotH }));
  svg.append(svgEl("line", { class: "axis", x1: left + plotW, y1: top, x2: left + plotW, y2: top + plotH }));
  for (const f of [0, .5, 1]) {
    const y = top + plotH * (1 - f);
    svg.append(svgEl("text", { class: "y-tick events", x: left - 4, y: y + 3, "text-anchor": "end" }, String(Math.round(maxE * f * 10) / 10)));
    svg.append(svgEl("text", { class: "y-tick killed", x: left + plotW + 4, y: y + 3 }, String(Math.round(maxK * f))));
    if (f > 0) svg.append(svgEl("line", { class: "grid", x1: left, y1: y, x2: left + plotW, y2: y }));
  }
  svg.append(svgEl("text", { class: "y-title events", x: left + 4, y: top + 9 }, t("t.events")));
  svg.append(svgEl("text", { class: "y-title killed", x: left + plotW - 4, y: top + 9, "text-anchor": "end" }, t("t.killed")));
  // ticks: every 1, 2, 3, 6, 12, 24, 60... slots, as many as fit (about one per 70 px)
  const steps = yearly ? [1, 2, 5, 10, 20, 25, 50, 100] : [1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600];
  const step = steps.find(s => slots / s <= Math.max(2, plotW / 70)) || steps[steps.length - 1];
  for (let i = Math.ceil(first / step) * step; i <= last; i += step) {
    const cx = x(i) + bw / 2;
    svg.append(svgEl("line", { class: "tick", x1: cx, y1: top + plotH, x2: cx, y2: top + plotH + 4 }));
    svg.append(svgEl("text", { class: "tick-label", x: cx, y: H - 8, "text-anchor": "middle", "data-period": label(i) },
      !yearly && step >= 12 ? String(Math.floor(i / 12)) : label(i)));
  }
  for (const r of rows) {
    const i = idx(r.period);
    const h = plotH * r.events / maxE, hk = plotH * r.fatalities / maxK;
    const b = svgEl("rect", { class: "bar", x: x(i) + bw * .05, width: Math.max(1, bw * .45), y: top + plotH - h, height: h, "data-period": r.period });
    b.append(svgEl("title", {}, `${r.period}: ${r.events} ${t("t.events")}, ${r.fatalities} ${t("t.killed")}`));
    svg.append(b);
    svg.append(svgEl("rect", { class: "killed", x: x(i) + bw * .5, width: Math.max(1, bw * .45), y: top + plotH - hk, height: hk }));
  }
  let start = null, brush = null;
  const slotAt = px => Math.max(first, Math.min(last, first + Math.floor((px - left) / bw)));
  svg.onmousedown = ev => { start = ev.offsetX; brush = svgEl("rect", { class: "brush", y: 0, height: H }); svg.append(brush); };
  svg.onmousemove = ev => { if (start == null) return; const a = Math.min(start, ev.offsetX), b = Math.max(start, ev.offsetX); brush.setAttribute("x", a); brush.setAttribute("width", b - a); };
  svg.onmouseup = ev => {
    if (start == null) return;
    const a = slotAt(Math.min(start, ev.offsetX)), b = slotAt(Math.max(start, ev.offsetX));
    start = null;
    if (yearly) {
      document.getElementById("f-from").value = `${a}-01-01`;
      document.getElementById("f-to").value = `${b}-12-31`;
    } else {
      document.getElementById("f-from").value = label(a) + "-01";
      document.getElementById("f-to").value = new Date(Date.UTC(Math.floor(b / 12), b % 12 + 1, 0)).toISOString().slice(0, 10);
    }
    applyFilters();
  };
}

// ---- event view ----
const KINDS = ["killed", "injured", "displaced", "captured"];
async function showEvent(id) {
  const view = document.getElementById("view-event");
  view.replaceChildren(el("p", {}, t("e.loading")));
  let e;
  try {
    e = await api("/api/events/" + encodeURIComponent(id));
  } catch (err) {
    view.replaceChildren(el("p", {}, el("a", { href: "#/" }, t("e.back"))),
      el("p", { class: err.status === 404 ? "not-found" : "load-error" }, `${t(err.status === 404 ? "e.notfound" : "e.error")}: ${id}`));
    return;
  }
  const summary = el("table", { class: "summary" });
  for (const [k, v] of [["event_type", t("type." + e.event_type)], ["sub_event_type", e.sub_event_type], ["event_date", e.event_date],
      ["location", [e.location, e.admin2, e.admin1, e.country].filter(x => x).join(", ")], ["actor1", e.actor1], ["assoc_actor_1", e.assoc_actor_1],
      ["actor2", e.actor2], ["assoc_actor_2", e.assoc_actor_2], ["fatalities", e.fatalities], ["injured", e.injured],
      ["displaced", e.displaced], ["captured", e.captured], ["notes", e.notes]]) {
    if (v != null && v !== "") summary.append(el("tr", {}, el("th", { "data-field": k }, t("field." + k)), el("td", {}, v)));
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
  const framing = el("table", { class: "event-framing" }, el("tr", {}, el("th", {}, t("fr.outlet")), el("th", {}, t("f.actor")), el("th", {}, t("fr.used"))));
  const rows = new Map();
  for (const f of e.framing || []) {
    const key = f.outlet + "\u0000" + f.actor;
    if (!rows.has(key)) rows.set(key, { outlet: f.outlet, actor: f.actor, labels: [] });
    rows.get(key).labels.push(f);
  }
  for (const r of rows.values()) {
    framing.append(el("tr", {}, el("td", {}, r.outlet), el("td", {}, r.actor),
      el("td", {}, ...r.labels.map(f => el("span", { class: "label " + f.stance, title: t("st." + f.stance) }, `${f.label} ×${f.count}`)))));
  }
  view.replaceChildren(el("p", {}, el("a", { href: "#/" }, t("e.back"))), el("h2", {}, `${e.sub_event_type} — ${e.location}, ${e.event_date || "?"}`),
    summary, el("h3", {}, t("e.claims")), claims, ...(rows.size ? [el("h3", {}, t("fr.event")), framing] : []), el("h3", {}, t("e.evidence")));
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
function searchTo(p) {
  const target = "#/search" + (p.toString() ? "?" + p : "");
  if (location.hash === target) search(); else location.hash = target;
}

function searchFromForm() {
  const p = hashParams();
  const q = document.getElementById("s-q").value.trim();
  if (q) p.set("q", q); else p.delete("q");
  if (document.getElementById("s-events").checked) p.set("has_events", "true"); else p.delete("has_events");
  searchTo(p);
}

async function search() {
  const p = hashParams();
  document.getElementById("s-q").value = p.get("q") || "";
  document.getElementById("s-events").checked = p.get("has_events") === "true";
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
  // facets: a click filters by that value, a second click (or "clear") removes the filter
  const facet = (param, values) => Object.entries(values).map(([k, v]) => {
    const on = p.get(param) === k;
    return el("div", {}, el("a", { href: "#", class: "facet" + (on ? " active" : ""), "data-facet": param, "data-value": k, onclick: ev => {
      ev.preventDefault();
      const n = hashParams();
      if (on) n.delete(param); else n.set(param, k);
      n.delete("page");
      searchTo(n);
    } }, `${k} (${v})`));
  });
  const facets = document.getElementById("facets");
  facets.replaceChildren(el("p", {}, `${r.total} ${t("s.results")}`), el("h4", {}, t("s.sources")), ...facet("source", r.facets.source),
    el("h4", {}, t("s.languages")), ...facet("language", r.facets.language));
}

async function showDoc(id) {
  const view = document.getElementById("view-doc");
  let d;
  try {
    d = await api("/api/documents/" + encodeURIComponent(id));
  } catch (err) {
    view.replaceChildren(el("p", {}, el("a", { href: "#/search" }, "←")),
      el("p", { class: err.status === 404 ? "not-found" : "load-error" }, `${t(err.status === 404 ? "d.notfound" : "e.error")}: ${id}`));
    return;
  }
  const spans = d.events.flatMap(e => e.evidence.filter(x => x.doc_id === d.doc_id));
  view.replaceChildren(el("p", {}, el("a", { href: "#/search" }, "←")), el("h2", {}, d.title || d.doc_id),
    el("p", {}, d.source || "", " · ", d.published || "", " · ", d.language || "", d.url ? " · " : "", d.url ? (/^https?:\/\//i.test(d.url) ? el("a", { href: d.url, rel: "noopener noreferrer" }, d.url) : d.url) : ""),
    el("h3", {}, t("d.events")), el("ul", {}, ...d.events.map(e => el("li", {}, `${e.sub_event_type} — ${e.location} ${e.event_date || ""}`))),
    highlighted(d.text, spans, "evidence"));
}

// ---- framing view ----
let framingActors = null;
async function showFraming() {
  const sel = document.getElementById("fr-actor");
  const p = new URLSearchParams((location.hash.split("?")[1]) || "");
  const body = document.getElementById("framing-body");
  let r;
  try {
    const q = new URLSearchParams();
    for (const k of ["actor", "outlet", "date_from", "date_to"]) if (p.get(k)) q.set(k, p.get(k));
    r = await api("/api/framing?" + q);
    if (!framingActors) { // the actors with labels come with every answer; fill the choices once
      framingActors = r.labelled_actors;
      sel.replaceChildren(el("option", { value: "" }, t("f.all")), ...Object.entries(framingActors).map(([a, n]) => el("option", { value: a }, `${a} (${n})`)));
      const outlets = document.getElementById("fr-outlet");
      for (const s of await api("/api/sources")) outlets.append(el("option", { value: s.source }, s.source));
    }
    sel.value = q.get("actor") || "";
    document.getElementById("fr-outlet").value = q.get("outlet") || "";
    document.getElementById("fr-from").value = q.get("date_from") || "";
    document.getElementById("fr-to").value = q.get("date_to") || "";
  } catch (err) {
    body.replaceChildren(el("p", { class: "load-error" }, `${t("e.error")}: ${err.message}`));
    return;
  }
  const parts = [];
  if (!r.framing.length) parts.push(el("p", { class: "not-found" }, t("fr.none")));
  for (const a of r.framing) {
    const table = el("table", { class: "framing", "data-actor": a.actor }, el("tr", {}, el("th", {}, t("fr.outlet")), el("th", {}, t("fr.docs")),
      el("th", {}, t("fr.labels")), el("th", {}, t("fr.share")), el("th", {}, t("fr.used"))));
    for (const o of a.outlets) {
      // widths through the CSSOM: the page's Content-Security-Policy refuses inline style attributes
      const deleg = el("span", { class: "deleg" }), symp = el("span", { class: "symp" });
      deleg.style.width = `${100 * o.delegitimising_share}%`;
      symp.style.width = `${100 * o.sympathetic_share}%`;
      const bar = el("div", { class: "share", title: `${Math.round(100 * o.delegitimising_share)}% / ${Math.round(100 * o.sympathetic_share)}%` }, deleg, symp);
      table.append(el("tr", { class: "outlet-row", "data-outlet": o.outlet }, el("td", {}, o.outlet), el("td", {}, o.documents), el("td", {}, o.labels),
        el("td", {}, bar, ` ${Math.round(100 * o.delegitimising_share)}% / ${Math.round(100 * o.sympathetic_share)}%`),
        el("td", {}, ...o.counts.map(c => el("span", { class: "label " + c.stance, title: c.examples.map(x => `${x.doc_id}: ${x.context}`).join("\n\n") },
          `${c.label} ×${c.count}`)))));
    }
    parts.push(el("h2", {}, a.actor), table);
  }
  if (r.claimants.length) {
    const table = el("table", { class: "framing-claimants" }, el("tr", {}, el("th", {}, t("fr.outlet")), el("th", {}, t("e.claimant"))));
    for (const o of r.claimants) table.append(el("tr", {}, el("td", {}, o.outlet), el("td", {}, o.claimants.map(c => `${c.claimant} (${c.claims})`).join(", "))));
    parts.push(el("h3", {}, t("fr.claimants")), table);
  }
  if (r.figures.length) {
    const table = el("table", { class: "framing-figures" }, el("tr", {}, el("th", {}, t("c.date")), el("th", {}, t("c.type")), el("th", {}, t("fr.outlet")), el("th", {}, t("e.claims"))));
    for (const e of r.figures) for (const o of e.outlets) {
      table.append(el("tr", {}, el("td", {}, el("a", { href: "#/event/" + encodeURIComponent(e.event_id) }, e.event_date || "?")),
        el("td", {}, `${e.event_type}, ${e.location || ""}`), el("td", {}, o.outlet),
        el("td", {}, o.claims.map(c => `${t("k." + c.kind)} ${c.value}${c.claimant ? " (" + c.claimant + ")" : ""}`).join("; "))));
    }
    parts.push(el("h3", {}, t("fr.figures")), table);
  }
  body.replaceChildren(...parts);
}

function framingFromForm() {
  const q = new URLSearchParams();
  for (const [k, id] of [["actor", "fr-actor"], ["outlet", "fr-outlet"], ["date_from", "fr-from"], ["date_to", "fr-to"]]) {
    const v = document.getElementById(id).value;
    if (v) q.set(k, v);
  }
  location.hash = "#/framing?" + q;
}

// ---- routing ----
function route() {
  const h = location.hash || "#/";
  for (const id of ["view-map", "view-event", "view-search", "view-doc", "view-framing"]) document.getElementById(id).hidden = true;
  if (h.startsWith("#/event/")) { document.getElementById("view-event").hidden = false; showEvent(decodeURIComponent(h.slice(8))); }
  else if (h.startsWith("#/doc/")) { document.getElementById("view-doc").hidden = false; showDoc(decodeURIComponent(h.slice(6))); }
  else if (h.startsWith("#/framing")) { document.getElementById("view-framing").hidden = false; return showFraming(); }
  else if (h.startsWith("#/search")) { document.getElementById("view-search").hidden = false; search(); }
  else {
    document.getElementById("view-map").hidden = false;
    map.invalidateSize();
    const p = hashParams();
    setFilters(p);
    if (shown !== filterParams().toString()) return refresh();
  }
}

async function main() {
  applyI18n();
  initMap();
  const sel = document.getElementById("f-type");
  for (const ty of await api("/api/event-types")) sel.append(el("option", { value: ty, "data-type": ty }, t("type." + ty)));
  const outlets = document.getElementById("f-outlet");
  for (const s of await api("/api/sources")) if (s.source !== "(unknown)") outlets.append(el("option", { value: s.source }, `${s.source} (${s.documents})`));
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); applyFilters(); });
  document.getElementById("f-reset").addEventListener("click", () => { document.getElementById("filters").reset(); applyFilters(); });
  document.getElementById("search-form").addEventListener("submit", ev => { ev.preventDefault(); searchFromForm(); });
  document.getElementById("framing-form").addEventListener("submit", ev => { ev.preventDefault(); framingFromForm(); });
  document.getElementById("lang").addEventListener("click", () => {
    lang = lang === "id" ? "en" : "id"; localStorage.setItem("pantau.lang", lang); applyI18n();
    document.querySelectorAll("#f-type option[data-type]").forEach(o => { o.textContent = t("type." + o.dataset.type); });
    drawLegend(); shown = null; route();
  });
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "true";
}
main();
