// hadath web map: plain JS, no library. Article text and every value from the
// API is put into the page with textContent / createTextNode, never as HTML.
"use strict";

(function () {
  // ------------------------------------------------------------------ constants
  const PROJ_KX = Math.cos(34 * Math.PI / 180); // same projection as scripts/build_basemap.py
  const SVGNS = "http://www.w3.org/2000/svg";
  const TYPES = [
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
  ];
  const TYPE_CLASS = {};
  TYPES.forEach((t, i) => { TYPE_CLASS[t] = "t" + i; });
  const typeClass = (t) => TYPE_CLASS[t] || "tx";

  const FIELDS = [
    "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2",
    "country", "admin1", "admin2", "location", "location_text", "latitude", "longitude", "geo_precision",
    "fatalities", "injuries", "quantity", "attribution", "certainty", "persons",
    "assoc_actor_1", "assoc_actor_2", "crowd_size", "demand", "notes", "evidence",
  ];
  const MENTION_KINDS = ["actor", "place", "person", "number", "time", "attribution", "trigger"];

  const I18N = {
    en: {
      tagline: "Conflict events coded from Arabic news", tab_explore: "Explore", tab_extract: "Paste an article",
      api_docs: "API docs", f_type: "Type", f_actor: "Actor", f_country: "Country", f_admin1: "Province",
      f_since: "From", f_until: "To", f_text: "Text", f_text_ph: "word in the article or place", any: "any",
      apply: "Apply", reset: "Reset", timeline: "Events per day", brush_hint: "drag over the bars to pick dates",
      clear_dates: "All dates", events: "Events", more: "More", close: "Close",
      x_text: "Arabic article", x_published: "Published", x_outlet: "Outlet", x_store: "store it",
      x_token: "Token", x_go: "Extract events",
      basemap_credit: "Base map: Natural Earth (public domain); Syrian governorates: OCHA COD-AB.",
      n_events: (n) => `${n.toLocaleString("en")} events`, loading: "loading…",
      map_note: (shown, total) => `map: ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} events with coordinates`,
      map_cells: (n, cells) => `map: ${n.toLocaleString("en")} events in view, grouped in ${cells.toLocaleString("en")} cells (zoom in for single events)`,
      cell_title: (n, dead) => `${n.toLocaleString("en")} events · ${dead.toLocaleString("en")} killed (click to zoom in)`,
      none: "No events match.", killed: "killed", injured: "injured", evidence_legend: "evidence",
      m_actor: "actor", m_place: "place", m_person: "person", m_number: "number", m_time: "date/time",
      m_attribution: "source", m_trigger: "trigger", sources: "Sources of this event", open_report: "open this report",
      conflict_fat: "sources disagree on the number killed", conflict_inj: "sources disagree on the number injured",
      contradiction: "sources contradict each other", x_none: "No event found in this text.",
      x_stored: (s) => `stored (${s}).`, x_found: (n) => `${n} event(s) found — not stored.`,
      x_need_token: "Enter the token to store the article.", published: "published", outlet: "outlet",
      no_place: "no place", error: "Error", warning: "note",
      f: {
        event_type: "event type", sub_event_type: "sub-type", event_date: "date", time_precision: "time precision",
        actor1: "actor 1", inter1: "inter 1", actor2: "actor 2", inter2: "inter 2", country: "country",
        admin1: "admin 1", admin2: "admin 2", location: "location", location_text: "location (as written)",
        latitude: "latitude", longitude: "longitude", geo_precision: "geo precision", fatalities: "fatalities",
        injuries: "injuries", quantity: "quantity", attribution: "attribution", certainty: "certainty",
        persons: "persons", evidence: "evidence", assoc_actor_1: "associated actor 1",
        assoc_actor_2: "associated actor 2", crowd_size: "crowd size", demand: "demand", notes: "notes",
      },
      types: {},
    },
    ar: {
      tagline: "أحداث النزاع مرمّزة من الأخبار العربية", tab_explore: "استكشاف", tab_extract: "لصق مقال",
      api_docs: "توثيق الواجهة", f_type: "النوع", f_actor: "الفاعل", f_country: "الدولة", f_admin1: "المحافظة",
      f_since: "من", f_until: "إلى", f_text: "نص", f_text_ph: "كلمة في المقال أو المكان", any: "الكل",
      apply: "تطبيق", reset: "إعادة ضبط", timeline: "الأحداث في اليوم", brush_hint: "اسحب فوق الأعمدة لاختيار التواريخ",
      clear_dates: "كل التواريخ", events: "الأحداث", more: "المزيد", close: "إغلاق",
      x_text: "مقال بالعربية", x_published: "تاريخ النشر", x_outlet: "الوسيلة", x_store: "احفظه",
      x_token: "الرمز", x_go: "استخراج الأحداث",
      basemap_credit: "الخريطة الأساسية: Natural Earth (ملك عام)؛ المحافظات السورية: OCHA COD-AB.",
      n_events: (n) => `${n.toLocaleString("ar")} حدثًا`, loading: "جارٍ التحميل…",
      map_note: (shown, total) => `الخريطة: ${shown.toLocaleString("ar")} من ${total.toLocaleString("ar")} حدثًا ذا إحداثيات`,
      map_cells: (n, cells) => `الخريطة: ${n.toLocaleString("ar")} حدثًا في العرض، مجمّعة في ${cells.toLocaleString("ar")} خلية (قرّب لرؤية الأحداث منفردة)`,
      cell_title: (n, dead) => `${n.toLocaleString("ar")} حدثًا · ${dead.toLocaleString("ar")} قتيل (انقر للتقريب)`,
      none: "لا أحداث مطابقة.", killed: "قتيل", injured: "جريح", evidence_legend: "الدليل",
      m_actor: "فاعل", m_place: "مكان", m_person: "شخص", m_number: "عدد", m_time: "تاريخ/وقت",
      m_attribution: "مصدر", m_trigger: "كلمة الحدث", sources: "مصادر هذا الحدث", open_report: "افتح هذا التقرير",
      conflict_fat: "تختلف المصادر في عدد القتلى", conflict_inj: "تختلف المصادر في عدد الجرحى",
      contradiction: "تتناقض المصادر", x_none: "لم يُعثر على حدث في هذا النص.",
      x_stored: (s) => `حُفظ (${s}).`, x_found: (n) => `عُثر على ${n} حدث — لم يُحفظ.`,
      x_need_token: "أدخل الرمز لحفظ المقال.", published: "النشر", outlet: "الوسيلة",
      no_place: "بلا مكان", error: "خطأ", warning: "ملاحظة",
      f: {
        event_type: "نوع الحدث", sub_event_type: "النوع الفرعي", event_date: "التاريخ", time_precision: "دقة التاريخ",
        actor1: "الفاعل 1", inter1: "فئة 1", actor2: "الفاعل 2", inter2: "فئة 2", country: "الدولة",
        admin1: "المحافظة", admin2: "المنطقة", location: "الموقع", location_text: "الموقع كما كُتب",
        latitude: "خط العرض", longitude: "خط الطول", geo_precision: "دقة الموقع", fatalities: "القتلى",
        injuries: "الجرحى", quantity: "العدد", attribution: "المصدر", certainty: "اليقين",
        persons: "الأشخاص", evidence: "الدليل", assoc_actor_1: "الفاعل المرتبط 1",
        assoc_actor_2: "الفاعل المرتبط 2", crowd_size: "حجم الحشد", demand: "المطلب", notes: "ملاحظات (بالإنجليزية)",
      },
      types: {
        "Battles": "معارك", "Explosions/Remote violence": "انفجارات/عنف عن بعد",
        "Violence against civilians": "عنف ضد المدنيين", "Protests": "احتجاجات", "Riots": "أعمال شغب",
        "Strategic developments": "تطورات استراتيجية",
      },
    },
  };

  // ------------------------------------------------------------------ state
  const state = {
    lang: "en",
    filters: {},
    offset: 0,
    pageSize: 50,
    total: 0,
    basemap: null,
    points: [],
    view: null, // {x, y, w, h} in projected units
    timeline: [],
    selected: null,
    facets: null,
    extractDoc: null,
    seq: 0,
  };
  try { state.lang = localStorage.getItem("hadath-lang") === "ar" ? "ar" : "en"; } catch (e) { /* private mode */ }

  const $ = (id) => document.getElementById(id);
  const tr = (key) => { const v = I18N[state.lang][key]; return v === undefined ? I18N.en[key] : v; };
  const trType = (t) => (t && I18N[state.lang].types[t]) || t || "";
  const trField = (f) => I18N[state.lang].f[f] || f;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  async function api(path, opts) {
    const resp = await fetch(path, opts);
    let body = null;
    try { body = await resp.json(); } catch (e) { body = null; }
    if (!resp.ok) {
      const msg = body && body.error ? body.error : `HTTP ${resp.status}`;
      const err = new Error(msg);
      err.status = resp.status;
      throw err;
    }
    return body;
  }
  function qs(obj) {
    const p = new URLSearchParams();
    for (const k in obj) if (obj[k] !== undefined && obj[k] !== null && obj[k] !== "") p.set(k, obj[k]);
    const s = p.toString();
    return s ? "?" + s : "";
  }
  function setStatus(id, msg, isError) {
    const s = $(id);
    s.textContent = msg || "";
    s.classList.toggle("error", !!isError);
  }

  // ------------------------------------------------------------------ language
  function applyLang() {
    const ar = state.lang === "ar";
    document.documentElement.lang = ar ? "ar" : "en";
    document.documentElement.dir = ar ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach((n) => {
      const v = tr(n.getAttribute("data-i18n"));
      if (typeof v === "string") n.textContent = v;
    });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((n) => {
      n.placeholder = tr(n.getAttribute("data-i18n-placeholder"));
    });
    const t = $("lang-toggle");
    t.textContent = ar ? "English" : "العربية";
    t.lang = ar ? "en" : "ar";
    fillTypeOptions();
    drawLegend();
    drawHlLegend($("hl-legend"));
    drawHlLegend($("x-hl-legend"));
    drawAdminLabels();
    if (state.total !== undefined) $("count").textContent = tr("n_events")(state.total);
    renderListLabels();
    drawTimeline();
    if (state.selected) showEvent(state.selected, true);
    if (state.extractDoc) renderExtract(state.extractDoc, state.extractSel || 0);
  }

  // ------------------------------------------------------------------ filters
  function fillTypeOptions() {
    const sel = $("f-type");
    const cur = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    const types = (state.facets && state.facets.types && state.facets.types.length) ? state.facets.types : TYPES;
    for (const t of types) {
      const name = typeof t === "string" ? t : (t.value || t.name || t.event_type);
      if (!name) continue;
      const o = el("option", trType(name));
      o.value = name;
      sel.appendChild(o);
    }
    sel.value = cur;
  }
  function facetNames(list) {
    return (list || []).map((v) => (typeof v === "string" ? v : (v.value || v.name))).filter(Boolean);
  }
  function fillSelect(sel, names) {
    const cur = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    for (const n of names) { const o = el("option", n); o.value = n; sel.appendChild(o); }
    sel.value = cur;
  }
  async function loadFacets() {
    try {
      state.facets = await api("/api/facets");
    } catch (e) { state.facets = {}; }
    fillTypeOptions();
    fillSelect($("f-country"), facetNames(state.facets.countries));
    fillAdmin1();
    const dl = $("actors-list");
    clear(dl);
    for (const a of facetNames(state.facets.actors).slice(0, 500)) { const o = el("option"); o.value = a; dl.appendChild(o); }
  }
  function fillAdmin1() {
    const c = $("f-country").value.toLowerCase();
    const items = ((state.facets && state.facets.admin1s) || [])
      .filter((a) => !c || typeof a === "string" || String(a.country || "").toLowerCase() === c);
    fillSelect($("f-admin1"), Array.from(new Set(facetNames(items))));
  }
  function readFilters() {
    const f = {};
    for (const k of ["type", "actor", "country", "admin1", "since", "until", "text"]) {
      const v = $("f-" + k).value.trim();
      if (v) f[k] = v;
    }
    return f;
  }
  function noDates(f) { const g = Object.assign({}, f); delete g.since; delete g.until; return g; }

  // The timeline per month (a few hundred rows, counted from the store's rollup), or per day
  // when the filtered events span at most eight months.
  async function timelineOf(f) {
    const month = await api("/api/timeline" + qs(Object.assign({ by: "month" }, f)));
    const months = new Set((month.items || []).map((r) => r.date));
    if (months.size > 8) return month;
    return api("/api/timeline" + qs(f));
  }

  async function refresh() {
    state.filters = readFilters();
    const key = JSON.stringify(noDates(state.filters));
    if (key !== state.fitKey) { state.fitKey = key; state.fitted = false; }
    state.offset = 0;
    const seq = ++state.seq;
    setStatus("status", tr("loading"));
    try {
      const f = state.filters;
      const [list, pts, tl] = await Promise.all([
        api("/api/events" + qs(Object.assign({ limit: state.pageSize, offset: 0 }, f))),
        api("/api/map/points" + qs(Object.assign({ limit: MAP_CAP, fit: 1 }, f))),
        timelineOf(noDates(f)),
      ]);
      if (seq !== state.seq) return; // a newer request won
      state.total = list.total;
      state.points = pts.items;
      state.pointsTotal = pts.total;
      // More located events than the page holds: from now on the map asks the server for
      // what is in view (grid cells when zoomed out, points when zoomed in).
      state.partial = !!pts.truncated;
      state.cells = null;
      state.timeline = tl.items || [];
      state.loaded = true;
      renderList(list.items, false);
      drawPoints();
      if (state.partial && state.view) { clearTimeout(layerTimer); loadLayer(); } // no pan to wait for
      drawTimeline();
      if (!state.partial) markDrawn();
      setStatus("status", "");
    } catch (e) {
      if (seq === state.seq) setStatus("status", tr("error") + ": " + e.message, true);
    }
  }

  // ------------------------------------------------------------------ event list
  function eventLabel(ev) {
    const actors = [ev.actor1, ev.actor2].filter(Boolean).join(" — ");
    const place = [ev.location || ev.location_text, ev.admin1, ev.country].filter(Boolean).join(", ");
    return { actors, place };
  }
  function listItem(ev) {
    const li = el("li", null, "ev-item");
    const b = el("button", null, "ev-button");
    b.type = "button";
    b.dataset.id = ev.event_id;
    const dot = el("span", null, "dot " + typeClass(ev.event_type));
    const top = el("span", null, "ev-top");
    top.appendChild(dot);
    top.appendChild(el("span", ev.event_date || "—", "ev-date"));
    const ty = el("span", trType(ev.event_type), "ev-type");
    ty.dataset.type = ev.event_type || "";
    top.appendChild(ty);
    if (ev.fatalities) top.appendChild(el("span", `${ev.fatalities} ${tr("killed")}`, "ev-fat"));
    b.appendChild(top);
    const lab = eventLabel(ev);
    if (lab.actors) b.appendChild(el("span", lab.actors, "ev-actors"));
    b.appendChild(el("span", lab.place || tr("no_place"), "ev-place"));
    if (ev.title || ev.outlet) b.appendChild(el("span", [ev.outlet, ev.title].filter(Boolean).join(" · "), "ev-src"));
    b.addEventListener("click", () => showEvent(ev.event_id));
    li.appendChild(b);
    return li;
  }
  function renderList(items, append) {
    const ol = $("events");
    if (!append) { clear(ol); state.listItems = []; }
    state.listItems = state.listItems.concat(items);
    for (const ev of items) ol.appendChild(listItem(ev));
    if (!append && !items.length) ol.appendChild(el("li", tr("none"), "empty"));
    state.offset += items.length;
    $("count").textContent = tr("n_events")(state.total);
    $("more").hidden = state.offset >= state.total;
  }
  function renderListLabels() { // after a language change: the same items, relabelled
    const items = state.listItems || [];
    const ol = $("events");
    clear(ol);
    for (const ev of items) ol.appendChild(listItem(ev));
    if (!items.length && state.loaded) ol.appendChild(el("li", tr("none"), "empty"));
    document.querySelectorAll("#events .ev-button").forEach((b) => b.classList.toggle("selected", b.dataset.id === state.selected));
    if (gPoints && state.loaded) { if (state.cells) drawCells(); else drawPoints(); }
  }
  async function more() {
    try {
      const list = await api("/api/events" + qs(Object.assign({ limit: state.pageSize, offset: state.offset }, state.filters)));
      state.total = list.total;
      renderList(list.items, true);
    } catch (e) { setStatus("status", tr("error") + ": " + e.message, true); }
  }

  // ------------------------------------------------------------------ highlighted article text
  // Offsets from the API count Unicode code points; JS strings count UTF-16 units,
  // so the text is split into code points first.
  function renderHighlighted(container, text, evidence, mentions, focus) {
    clear(container);
    const cps = Array.from(text || "");
    const n = cps.length;
    const ev = (evidence || []).map((s) => [Math.max(0, s[0]), Math.min(n, s[1])]).filter((s) => s[1] > s[0]);
    const ms = (mentions || []).filter((m) => m.end > m.start && m.start < n)
      .map((m) => ({ kind: m.kind, start: Math.max(0, m.start), end: Math.min(n, m.end), m }));
    const cuts = new Set([0, n]);
    for (const s of ev) { cuts.add(s[0]); cuts.add(s[1]); }
    for (const m of ms) { cuts.add(m.start); cuts.add(m.end); }
    const pts = Array.from(cuts).sort((a, b) => a - b);
    let firstEv = null;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i], b = pts[i + 1];
      const seg = cps.slice(a, b).join("");
      const inEv = ev.some((s) => s[0] <= a && b <= s[1]);
      let best = null;
      for (const m of ms) {
        if (m.start <= a && b <= m.end && (!best || (m.end - m.start) < (best.end - best.start))) best = m;
      }
      if (!inEv && !best) { container.appendChild(document.createTextNode(seg)); continue; }
      const span = el("span", seg);
      const cls = [];
      if (inEv) cls.push("ev-hl");
      if (best) {
        cls.push("m-" + (MENTION_KINDS.includes(best.kind) ? best.kind : "other"));
        span.title = mentionTitle(best.m);
        span.dataset.kind = best.kind;
      }
      span.className = cls.join(" ");
      if (inEv && firstEv === null) firstEv = span;
      container.appendChild(span);
    }
    if (firstEv && focus) {
      container.scrollTop = Math.max(0, firstEv.offsetTop - 24); // .article is position:relative
    }
  }
  function mentionTitle(m) {
    const kind = tr("m_" + m.kind) || m.kind;
    let val = "";
    const v = m.value || {};
    const pick = v.canonical || v.name || v.actor || v.value || v.date || v.iso || v.location || v.source;
    if (pick !== undefined && pick !== null && typeof pick !== "object") val = String(pick);
    return val ? `${kind}: ${val}` : kind;
  }
  function drawHlLegend(ul) {
    if (!ul) return;
    clear(ul);
    const evi = el("li");
    evi.appendChild(el("span", tr("evidence_legend"), "ev-hl"));
    ul.appendChild(evi);
    for (const k of MENTION_KINDS) {
      const li = el("li");
      li.appendChild(el("span", tr("m_" + k), "m-" + k));
      ul.appendChild(li);
    }
  }

  // ------------------------------------------------------------------ record and cluster
  function fmtValue(k, v) {
    if (v === null || v === undefined || v === "") return "—";
    if (k === "event_type" || k === "sub_event_type") return state.lang === "ar" && k === "event_type" ? `${trType(v)} (${v})` : String(v);
    if (k === "demand") return v.text ? `${v.text} [${v.start}, ${v.end}]` : "—";
    if (Array.isArray(v)) {
      if (k === "evidence") return v.map((s) => `[${s[0]}, ${s[1]}]`).join(" ");
      return v.join("، ");
    }
    return String(v);
  }
  function renderRecord(table, ev) {
    clear(table);
    const tb = el("tbody");
    for (const k of FIELDS) {
      const tr_ = el("tr");
      tr_.appendChild(el("th", trField(k)));
      const td = el("td", fmtValue(k, ev[k]));
      if (k === "location_text" || k === "persons" || k === "demand") { td.dir = "rtl"; td.lang = "ar"; }
      tr_.appendChild(td);
      tb.appendChild(tr_);
    }
    const idr = el("tr");
    idr.appendChild(el("th", "event_id"));
    idr.appendChild(el("td", ev.event_id || "—", "mono"));
    tb.appendChild(idr);
    table.appendChild(tb);
  }
  function safeLink(url, text) {
    let ok = false;
    try { const u = new URL(url, location.href); ok = u.protocol === "http:" || u.protocol === "https:"; } catch (e) { ok = false; }
    if (!ok) return el("span", text || url);
    const a = el("a", text || url);
    a.href = url;
    a.rel = "noopener noreferrer nofollow";
    a.target = "_blank";
    return a;
  }
  function renderSource(p, art, ev) {
    clear(p);
    const a = art || {};
    const bits = [];
    if (a.outlet || ev.outlet) bits.push(el("span", a.outlet || ev.outlet, "src-outlet"));
    if (a.published || ev.published) bits.push(el("span", `${tr("published")}: ${a.published || ev.published}`));
    if (a.title || ev.title) { const t = el("span", a.title || ev.title, "src-title"); t.dir = "auto"; bits.push(t); }
    if (a.url || ev.url) bits.push(safeLink(a.url || ev.url));
    bits.forEach((b, i) => { if (i) p.appendChild(document.createTextNode(" · ")); p.appendChild(b); });
  }
  function renderCluster(box, cl, currentId) {
    clear(box);
    if (!cl || !cl.members || cl.members.length < 2) return;
    box.appendChild(el("h3", `${tr("sources")} (${cl.members.length})`));
    const flags = el("div", null, "flags");
    if (cl.fatalities_conflict) flags.appendChild(el("span", tr("conflict_fat"), "flag"));
    if (cl.injuries_conflict) flags.appendChild(el("span", tr("conflict_inj"), "flag"));
    if (cl.contradiction || (cl.contradictions && cl.contradictions.length)) flags.appendChild(el("span", tr("contradiction"), "flag"));
    if (flags.childNodes.length) box.appendChild(flags);
    const grid = el("div", null, "sources");
    for (const m of cl.members) {
      const card = el("div", null, "source-card" + (m.event_id === currentId ? " current" : ""));
      card.appendChild(el("div", m.outlet || "—", "src-outlet"));
      if (m.title) { const t = el("div", m.title, "src-title"); t.dir = "auto"; card.appendChild(t); }
      card.appendChild(el("div", `${tr("published")}: ${m.published || "—"}`));
      card.appendChild(el("div", `${trField("attribution")}: ${m.attribution || "—"}`));
      const fig = el("div", null, "figures");
      const fat = el("span", `${trField("fatalities")}: ${m.fatalities === null || m.fatalities === undefined ? "—" : m.fatalities}`);
      if (cl.fatalities_conflict) fat.className = "conflict";
      const inj = el("span", `${trField("injuries")}: ${m.injuries === null || m.injuries === undefined ? "—" : m.injuries}`);
      if (cl.injuries_conflict) inj.className = "conflict";
      fig.appendChild(fat); fig.appendChild(inj);
      card.appendChild(fig);
      for (const q of (m.evidence_text || [])) {
        const bq = el("blockquote", q);
        bq.dir = "rtl"; bq.lang = "ar";
        card.appendChild(bq);
      }
      if (m.event_id && m.event_id !== currentId) {
        const b = el("button", tr("open_report"), "secondary small");
        b.type = "button";
        b.addEventListener("click", () => showEvent(m.event_id));
        card.appendChild(b);
      }
      grid.appendChild(card);
    }
    box.appendChild(grid);
  }

  async function showEvent(id, keepScroll) {
    state.selected = id;
    const panel = $("detail");
    document.querySelectorAll("#events .ev-button.selected").forEach((b) => b.classList.remove("selected"));
    document.querySelectorAll(`#events .ev-button`).forEach((b) => { if (b.dataset.id === id) b.classList.add("selected"); });
    highlightPoint(id);
    try {
      const ev = await api("/api/events/" + encodeURIComponent(id));
      if (state.selected !== id) return;
      panel.hidden = false;
      $("detail-title").textContent = `${trType(ev.event_type)} · ${ev.sub_event_type || ""} · ${ev.event_date || ""}`;
      renderRecord($("record"), ev);
      const art = ev.article || {};
      renderSource($("source"), art, ev);
      renderHighlighted($("article"), art.text || "", ev.evidence, ev.mentions, true);
      clear($("cluster"));
      if (ev.cluster_id !== null && ev.cluster_id !== undefined && ev.cluster_id !== "") {
        try {
          const cl = await api("/api/clusters/" + encodeURIComponent(ev.cluster_id));
          if (state.selected === id) renderCluster($("cluster"), cl, id);
        } catch (e) { /* a cluster is optional */ }
      }
      if (!keepScroll) {
        const calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        panel.scrollIntoView({ behavior: calm ? "auto" : "smooth", block: "start" });
      }
    } catch (e) {
      setStatus("status", tr("error") + ": " + e.message, true);
    }
  }

  // ------------------------------------------------------------------ map
  const proj = (lon, lat) => [lon * PROJ_KX, -lat];
  const mapSvg = () => $("map");
  let gBase, gAdmin, gLabels, gPoints;
  // The map never holds more than MAP_CAP points or cells. When the filters match more located
  // events than that, the view asks /api/map/clusters (grid cells counted in SQL) below
  // POINT_ZOOM, and at or above it /api/map/points for the view's box (cells again if the
  // view holds more than MAP_CAP events).
  const MAP_CAP = 3000, POINT_ZOOM = 7, CELL_PX = 40;
  let layerTimer = null, layerSeq = 0;
  function viewZoom() { // grid level whose cells (45/2^z degrees) are about CELL_PX pixels wide
    const k = pxPerUnit() * PROJ_KX;
    return Math.max(0, Math.min(20, Math.ceil(Math.log2((45 * k) / CELL_PX))));
  }
  // The view's box, widened to whole tiles of 360/2^zoom degrees (8 cells): a small pan asks
  // the same question again, which the server (and the browser, by ETag) answers from its cache.
  function viewBbox(zoom) {
    const v = state.view, t = 360 / Math.pow(2, zoom);
    const cl = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
    const w = cl(Math.floor(v.x / PROJ_KX / t) * t, -180, 180), e = cl(Math.ceil((v.x + v.w) / PROJ_KX / t) * t, -180, 180);
    const n = cl(Math.ceil(-v.y / t) * t, -90, 90), s = cl(Math.floor(-(v.y + v.h) / t) * t, -90, 90);
    return [w, s, e, n].map((x) => +x.toFixed(6)).join(",");
  }
  // The map's final drawing for the current filters and view is counted on the map element
  // (data-drawn), so a test or a user script can wait for it.
  function markDrawn() { const m = mapSvg(); m.dataset.drawn = String(+(m.dataset.drawn || 0) + 1); }
  function scheduleLayer() {
    if (!state.partial || !state.view) return;
    clearTimeout(layerTimer);
    layerTimer = setTimeout(loadLayer, 250);
  }
  async function loadLayer() {
    if (!state.partial || !state.view) return;
    const seq = ++layerSeq, zoom = viewZoom();
    const f = Object.assign({ bbox: viewBbox(zoom) }, state.filters);
    try {
      if (zoom >= POINT_ZOOM) { // zoomed in: the view's points, if they fit under the cap
        const out = await api("/api/map/points" + qs(Object.assign({ limit: MAP_CAP, fit: 1 }, f)));
        if (seq !== layerSeq) return;
        if (!out.truncated) {
          state.cells = null;
          state.points = out.items;
          state.pointsTotal = out.total;
          drawPoints();
          markDrawn();
          return;
        }
      }
      const out = await api("/api/map/clusters" + qs(Object.assign({ zoom, limit: MAP_CAP }, f)));
      if (seq !== layerSeq) return;
      state.cells = out;
      drawCells();
      markDrawn();
    } catch (e) {
      if (seq === layerSeq) setStatus("status", tr("error") + ": " + e.message, true);
    }
  }
  function drawCells() {
    clear(gPoints);
    const out = state.cells, max = Math.max(1, ...out.items.map((c) => c.n));
    for (const c of out.items) {
      const [x, y] = proj(c.lon, c.lat);
      const dot = svg("circle", { cx: x.toFixed(4), cy: y.toFixed(4), r: 0.1, class: "cl" });
      dot.dataset.r = (4 + 14 * Math.sqrt(c.n / max)).toFixed(2);
      dot.dataset.bounds = c.bounds.join(",");
      const t = svg("title");
      t.textContent = tr("cell_title")(c.n, c.fatalities);
      dot.appendChild(t);
      gPoints.appendChild(dot);
    }
    $("map-note").textContent = tr("map_cells")(out.total, out.cells);
    scaleMarks();
  }
  function zoomToCell(bounds) {
    const [w, s, e, n] = bounds.split(",").map(Number);
    const [x0, y0] = proj(w, n), [x1, y1] = proj(e, s);
    const pad = 0.5 * (x1 - x0);
    setView({ x: x0 - pad, y: y0 - pad, w: x1 - x0 + 2 * pad, h: y1 - y0 + 2 * pad });
  }

  async function loadBasemap() {
    const m = mapSvg();
    gBase = svg("g", { class: "countries" });
    gAdmin = svg("g", { class: "admin1" });
    gLabels = svg("g", { class: "admin-labels" });
    gPoints = svg("g", { class: "points" });
    const ocean = svg("rect", { class: "ocean", x: -400, y: -200, width: 800, height: 400 });
    m.appendChild(ocean);
    m.appendChild(gBase); m.appendChild(gAdmin); m.appendChild(gLabels); m.appendChild(gPoints);
    try {
      state.basemap = await api("/static/basemap.json");
    } catch (e) { state.basemap = { countries: [], admin1: [] }; }
    for (const c of state.basemap.countries) {
      const p = svg("path", { d: c.d, class: "country" });
      const t = svg("title"); t.textContent = c.name || ""; p.appendChild(t);
      gBase.appendChild(p);
    }
    for (const a of state.basemap.admin1) {
      const p = svg("path", { d: a.d, class: "adm1" });
      const t = svg("title"); t.textContent = `${a.name} · ${a.name_ar}`; p.appendChild(t);
      gAdmin.appendChild(p);
    }
    drawAdminLabels();
    if (!state.view) setView(defaultView());
  }
  function drawAdminLabels() {
    if (!gLabels || !state.basemap) return;
    clear(gLabels);
    for (const a of state.basemap.admin1) {
      const t = svg("text", { x: a.label[0], y: a.label[1], class: "adm1-label" });
      t.textContent = state.lang === "ar" ? a.name_ar : a.name;
      gLabels.appendChild(t);
    }
    scaleMarks();
  }
  function defaultView() {
    const [x0, y0] = proj(24, 42), [x1, y1] = proj(62, 10);
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }
  function fitView() {
    const pts = state.points;
    if (!pts.length) return defaultView();
    let minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
    for (const p of pts) {
      const [x, y] = proj(p.lon, p.lat);
      if (x < minx) minx = x; if (x > maxx) maxx = x; if (y < miny) miny = y; if (y > maxy) maxy = y;
    }
    let w = Math.max(maxx - minx, 3), h = Math.max(maxy - miny, 3);
    const cx = (minx + maxx) / 2, cy = (miny + maxy) / 2;
    w *= 1.3; h *= 1.3;
    return { x: cx - w / 2, y: cy - h / 2, w, h };
  }
  function pxPerUnit() {
    const m = mapSvg();
    const r = m.getBoundingClientRect();
    const v = state.view;
    if (!v || !r.width || !r.height) return 10;
    return Math.min(r.width / v.w, r.height / v.h);
  }
  function setView(v) {
    // keep the view's aspect equal to the element's so zoom maths stay simple
    const m = mapSvg();
    const r = m.getBoundingClientRect();
    if (r.width && r.height) {
      const aspect = r.width / r.height;
      const cx = v.x + v.w / 2, cy = v.y + v.h / 2;
      if (v.w / v.h > aspect) v.h = v.w / aspect; else v.w = v.h * aspect;
      v.x = cx - v.w / 2; v.y = cy - v.h / 2;
    }
    v.w = Math.min(Math.max(v.w, 0.05), 400);
    v.h = Math.min(Math.max(v.h, 0.05), 200);
    state.view = v;
    m.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    scaleMarks();
    scheduleLayer();
  }
  function zoomAt(factor, sx, sy) {
    const m = mapSvg();
    const r = m.getBoundingClientRect();
    const v = state.view;
    const fx = r.width ? (sx - r.left) / r.width : 0.5, fy = r.height ? (sy - r.top) / r.height : 0.5;
    const px = v.x + fx * v.w, py = v.y + fy * v.h;
    const w = v.w / factor, h = v.h / factor;
    setView({ x: px - fx * w, y: py - fy * h, w, h });
  }
  function radius(f) { return 3 + Math.min(12, Math.sqrt(Math.max(0, f || 0)) * 1.6); }
  function scaleMarks() {
    const k = pxPerUnit();
    if (gPoints) {
      for (const c of gPoints.childNodes) c.setAttribute("r", ((c.dataset.r ? +c.dataset.r : radius(+c.dataset.f)) / k).toFixed(4));
      gPoints.style.strokeWidth = (1 / k).toFixed(4);
    }
    if (gBase) { gBase.style.strokeWidth = (0.6 / k).toFixed(4); gAdmin.style.strokeWidth = (0.8 / k).toFixed(4); }
    if (gLabels) {
      gLabels.style.fontSize = (11 / k).toFixed(4) + "px";
      gLabels.style.display = k > 25 ? "" : "none";
    }
  }
  function drawPoints() {
    clear(gPoints);
    // biggest first so small events stay clickable on top
    const pts = state.points.slice().sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    for (const p of pts) {
      const [x, y] = proj(p.lon, p.lat);
      const c = svg("circle", { cx: x.toFixed(4), cy: y.toFixed(4), r: 0.1, class: "pt " + typeClass(p.type) });
      c.dataset.id = p.id;
      c.dataset.f = p.fatalities || 0;
      const t = svg("title");
      t.textContent = `${p.date || ""} · ${trType(p.type)} · ${p.location || ""}${p.fatalities ? " · " + p.fatalities + " " + tr("killed") : ""}`;
      c.appendChild(t);
      gPoints.appendChild(c);
    }
    $("map-note").textContent = tr("map_note")(state.points.length, state.pointsTotal || 0);
    if (!state.fitted && state.points.length) { state.fitted = true; setView(fitView()); }
    scaleMarks();
    if (state.selected) highlightPoint(state.selected);
  }
  function highlightPoint(id) {
    if (!gPoints) return;
    for (const c of gPoints.childNodes) c.classList.toggle("sel", c.dataset.id === id);
  }
  function drawLegend() {
    const ul = $("legend");
    clear(ul);
    for (const t of TYPES) {
      const li = el("li");
      li.appendChild(el("span", null, "dot " + typeClass(t)));
      li.appendChild(el("span", trType(t)));
      ul.appendChild(li);
    }
  }
  function initMapInteraction() {
    const m = mapSvg();
    m.addEventListener("wheel", (e) => {
      e.preventDefault();
      zoomAt(e.deltaY < 0 ? 1.25 : 0.8, e.clientX, e.clientY);
    }, { passive: false });
    let drag = null;
    m.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      drag = { x: e.clientX, y: e.clientY, v: Object.assign({}, state.view), moved: false, target: e.target };
      m.setPointerCapture(e.pointerId);
    });
    m.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (!drag.moved) return;
      const k = pxPerUnit();
      setView({ x: drag.v.x - dx / k, y: drag.v.y - dy / k, w: drag.v.w, h: drag.v.h });
    });
    const end = (e) => {
      if (!drag) return;
      const d = drag;
      drag = null;
      if (!d.moved && d.target && d.target.classList && d.target.classList.contains("pt")) showEvent(d.target.dataset.id);
      else if (!d.moved && d.target && d.target.classList && d.target.classList.contains("cl")) zoomToCell(d.target.dataset.bounds);
      try { m.releasePointerCapture(e.pointerId); } catch (err) { /* already released */ }
    };
    m.addEventListener("pointerup", end);
    m.addEventListener("pointercancel", end);
    const centre = () => { const r = m.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; };
    $("zoom-in").addEventListener("click", () => { const [x, y] = centre(); zoomAt(1.5, x, y); });
    $("zoom-out").addEventListener("click", () => { const [x, y] = centre(); zoomAt(1 / 1.5, x, y); });
    $("zoom-reset").addEventListener("click", () => setView(fitView()));
    window.addEventListener("resize", () => { if (state.view) setView(Object.assign({}, state.view)); drawTimeline(); });
  }

  // ------------------------------------------------------------------ timeline
  const DAY = 86400000;
  const toDay = (s) => Math.floor(Date.parse(s + "T00:00:00Z") / DAY);
  const fromDay = (d) => new Date(d * DAY).toISOString().slice(0, 10);
  let tlGeom = null;

  function drawTimeline() {
    const s = $("timeline");
    if (!s) return;
    clear(s);
    const W = Math.max(200, s.clientWidth || s.getBoundingClientRect().width || 600);
    const H = 110, padL = 34, padR = 8, padT = 6, padB = 20;
    s.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const rows = (state.timeline || []).filter((r) => r.date && /^\d{4}-\d\d(-\d\d)?$/.test(r.date));
    if (!rows.length) { tlGeom = null; return; }
    // a row covers one day, or a whole month (its count is spread over the month's days)
    const span = (r) => {
      if (r.date.length > 7) { const d = toDay(r.date); return [d, d]; }
      const a = toDay(r.date + "-01"), y = +r.date.slice(0, 4), m = +r.date.slice(5, 7);
      return [a, a + new Date(Date.UTC(y, m, 0)).getUTCDate() - 1];
    };
    let d0 = Infinity, d1 = -Infinity;
    for (const r of rows) { const [a, b] = span(r); if (a < d0) d0 = a; if (b > d1) d1 = b; }
    if (d1 - d0 < 13) { const pad = Math.ceil((13 - (d1 - d0)) / 2); d0 -= pad; d1 += pad; } // a readable minimum span
    const days = d1 - d0 + 1;
    const bin = Math.max(1, Math.ceil(days / 240));
    const nb = Math.ceil(days / bin);
    const stacks = Array.from({ length: nb }, () => ({}));
    for (const r of rows) {
      const [a, b] = span(r), v = (r.n || r.count || 0) / (b - a + 1);
      const k = TYPE_CLASS[r.event_type] ? r.event_type : "other";
      for (let d = a; d <= b; d++) {
        const i = Math.floor((d - d0) / bin);
        stacks[i][k] = (stacks[i][k] || 0) + v;
      }
    }
    let max = 1;
    for (const st of stacks) { let t = 0; for (const k in st) t += st[k]; if (t > max) max = t; }
    const iw = W - padL - padR, ih = H - padT - padB, bw = iw / nb;
    tlGeom = { d0, d1, bin, nb, padL, iw, W, H, padT, ih };
    const g = svg("g", { class: "bars" });
    const order = TYPES.concat(["other"]);
    stacks.forEach((st, i) => {
      let y = padT + ih;
      let total = 0;
      for (const k of order) {
        const v = st[k];
        if (!v) continue;
        total += v;
        const h = (v / max) * ih;
        y -= h;
        g.appendChild(svg("rect", { x: (padL + i * bw).toFixed(2), y: y.toFixed(2), width: Math.max(0.8, bw - 0.6).toFixed(2), height: h.toFixed(2), class: "bar " + (k === "other" ? "tx" : typeClass(k)) }));
      }
      if (total) {
        const hit = svg("rect", { x: (padL + i * bw).toFixed(2), y: padT, width: bw.toFixed(2), height: ih, class: "bar-hit" });
        const t = svg("title");
        const from = fromDay(d0 + i * bin), to = fromDay(Math.min(d1, d0 + (i + 1) * bin - 1));
        t.textContent = (from === to ? from : `${from} – ${to}`) + `: ${Math.round(total)}`;
        hit.appendChild(t);
        g.appendChild(hit);
      }
    });
    s.appendChild(g);
    // axis
    const ax = svg("g", { class: "axis" });
    ax.appendChild(svg("line", { x1: padL, x2: W - padR, y1: padT + ih + 0.5, y2: padT + ih + 0.5 }));
    const ticks = Math.max(1, Math.min(6, Math.floor(iw / 90), nb - 1));
    const seen = new Set();
    for (let j = 0; j <= ticks; j++) {
      const i = Math.round((j / ticks) * (nb - 1));
      if (seen.has(i)) continue;
      seen.add(i);
      const x = padL + i * bw + bw / 2;
      const t = svg("text", { x: x.toFixed(1), y: H - 5, "text-anchor": j === 0 ? "start" : (j === ticks ? "end" : "middle") });
      t.textContent = fromDay(d0 + i * bin);
      ax.appendChild(t);
    }
    const mt = svg("text", { x: padL - 4, y: padT + 9, "text-anchor": "end" });
    mt.textContent = String(Math.round(max));
    ax.appendChild(mt);
    s.appendChild(ax);
    // brush of the current date filter
    const brush = svg("rect", { class: "brush", x: 0, y: padT, width: 0, height: ih });
    brush.id = "brush";
    s.appendChild(brush);
    const since = $("f-since").value, until = $("f-until").value;
    if (since || until) {
      const a = since ? toDay(since) : d0, b = until ? toDay(until) : d1;
      const xa = dayToX(a), xb = dayToX(b + 1);
      brush.setAttribute("x", Math.min(xa, xb).toFixed(1));
      brush.setAttribute("width", Math.max(2, Math.abs(xb - xa)).toFixed(1));
    }
  }
  function dayToX(d) {
    const g = tlGeom;
    const x = g.padL + ((d - g.d0) / (g.nb * g.bin)) * g.iw;
    return Math.min(g.padL + g.iw, Math.max(g.padL, x));
  }
  function xToDay(x) {
    const g = tlGeom;
    const f = Math.min(1, Math.max(0, (x - g.padL) / g.iw));
    return Math.min(g.d1, g.d0 + Math.floor(f * g.nb * g.bin));
  }
  function initTimeline() {
    const s = $("timeline");
    let b = null;
    const localX = (e) => {
      const r = s.getBoundingClientRect();
      return ((e.clientX - r.left) / r.width) * (tlGeom ? tlGeom.W : r.width);
    };
    s.addEventListener("pointerdown", (e) => {
      if (!tlGeom || e.button !== 0) return;
      b = { x0: localX(e), x1: localX(e) };
      s.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    s.addEventListener("pointermove", (e) => {
      if (!b) return;
      b.x1 = localX(e);
      const br = $("brush");
      if (br) { br.setAttribute("x", Math.min(b.x0, b.x1).toFixed(1)); br.setAttribute("width", Math.abs(b.x1 - b.x0).toFixed(1)); }
    });
    const end = (e) => {
      if (!b) return;
      const bb = b;
      b = null;
      try { s.releasePointerCapture(e.pointerId); } catch (err) { /* released */ }
      if (Math.abs(bb.x1 - bb.x0) < 4) { $("f-since").value = ""; $("f-until").value = ""; refresh(); return; }
      const a = xToDay(Math.min(bb.x0, bb.x1)), z = xToDay(Math.max(bb.x0, bb.x1));
      $("f-since").value = fromDay(a);
      $("f-until").value = fromDay(z);
      refresh();
    };
    s.addEventListener("pointerup", end);
    s.addEventListener("pointercancel", end);
    $("brush-clear").addEventListener("click", () => { $("f-since").value = ""; $("f-until").value = ""; refresh(); });
  }

  // ------------------------------------------------------------------ paste an article
  function renderExtract(doc, sel) {
    state.extractDoc = doc;
    state.extractSel = sel;
    $("x-result").hidden = false;
    const ol = $("x-events");
    clear(ol);
    const evs = doc.events || [];
    if (!evs.length) ol.appendChild(el("li", tr("x_none"), "empty"));
    evs.forEach((ev, i) => {
      const li = listItem(ev);
      const b = li.querySelector("button");
      const nb = b.cloneNode(true); // drop the explore click handler
      nb.classList.toggle("selected", i === sel);
      nb.addEventListener("click", () => renderExtract(doc, i));
      li.replaceChild(nb, b);
      ol.appendChild(li);
    });
    const cur = evs[sel];
    if (cur) renderRecord($("x-record"), cur); else clear($("x-record"));
    const spans = cur ? cur.evidence : [].concat(...evs.map((e) => e.evidence || []));
    renderHighlighted($("x-article"), doc.text || "", spans, doc.mentions, true);
  }
  async function submitExtract(e) {
    e.preventDefault();
    const text = $("x-text").value;
    if (!text.trim()) return;
    const body = { text, published: $("x-published").value || null, outlet: $("x-outlet").value || null };
    const store = $("x-store").checked;
    setStatus("x-status", tr("loading"));
    try {
      const doc = await api("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      renderExtract(doc, 0);
      const notes = (doc.warnings || []).map((w) => `${tr("warning")}: ${w}`).join(" ");
      if (!store) { setStatus("x-status", `${tr("x_found")((doc.events || []).length)} ${notes}`); return; }
      const tok = $("x-token").value.trim();
      if (!tok) { setStatus("x-status", tr("x_need_token"), true); return; }
      const res = await api("/api/articles", { method: "POST", headers: { "Content-Type": "application/json", "Authorization": "Bearer " + tok }, body: JSON.stringify(body) });
      setStatus("x-status", tr("x_stored")(res.status || "ok") + " " + notes);
      loadFacets();
      refresh();
    } catch (err) {
      setStatus("x-status", tr("error") + ": " + err.message, true);
    }
  }

  // ------------------------------------------------------------------ tabs and start
  function showTab(name) {
    for (const t of document.querySelectorAll(".tab")) {
      const on = t.dataset.tab === name;
      t.classList.toggle("active", on);
      t.setAttribute("aria-selected", on ? "true" : "false");
    }
    $("view-explore").hidden = name !== "explore";
    $("view-extract").hidden = name !== "extract";
    if (name === "explore" && state.view) { setView(Object.assign({}, state.view)); drawTimeline(); }
  }

  // ------------------------------------------------------------------ saved watches, live updates
  async function loadWatches() {
    try {
      const [ws, al] = await Promise.all([api("/api/watches"), api("/api/alerts?limit=20")]);
      const ul = $("watches");
      clear(ul);
      for (const w of ws.items) {
        const f = Object.entries(w.filters).map(([k, v]) => k + "=" + (Array.isArray(v) ? v.join(" ") : v)).join(", ");
        ul.appendChild(el("li", (w.name || "watch " + w.id) + ": " + (f || "every event") + " (" + w.n_matches + " match(es))"));
      }
      const ol = $("alerts");
      clear(ol);
      for (const a of al.items) {
        const ev = a.event || {};
        const li = el("li", "", "alert-item");
        li.appendChild(el("span", (a.created || "").replace("T", " ").slice(0, 16) + " ", "date"));
        li.appendChild(el("span", [ev.event_type, ev.location || ev.country, ev.fatalities ? ev.fatalities + " killed" : ""].filter(Boolean).join(" · ")));
        li.appendChild(el("span", " (" + a.state + ")", "hint"));
        if (ev.event_id) li.addEventListener("click", () => showEvent(ev.event_id));
        ol.appendChild(li);
      }
    } catch (e) { /* a store without watches: nothing to show */ }
  }
  async function saveWatch(e) {
    e.preventDefault();
    const f = readFilters();
    const filters = {};
    for (const k of ["type", "country", "admin1", "actor"]) if (f[k]) filters[k] = f[k];
    if ($("w-minfat").value) filters.min_fatalities = parseInt($("w-minfat").value, 10);
    if ($("w-words").value.trim()) filters.words = $("w-words").value.trim();
    const body = { name: $("w-name").value.trim() || null, webhook: $("w-webhook").value.trim() || null, filters: filters };
    try {
      await api("/api/watches", { method: "POST", headers: { "Content-Type": "application/json", "Authorization": "Bearer " + $("w-token").value }, body: JSON.stringify(body) });
      setStatus("w-status", "saved");
      loadWatches();
    } catch (err) { setStatus("w-status", tr("error") + ": " + err.message, true); }
  }
  function listen() {
    if (!window.EventSource) return;
    let base = null;
    const src = new EventSource("/api/stream?seconds=60");
    src.addEventListener("update", (m) => {
      let now = null;
      try { now = JSON.parse(m.data); } catch (e) { return; }
      const key = JSON.stringify(now);
      if (base !== null && key !== base) { refresh(); loadWatches(); }
      base = key;
    });
  }

  async function start() {
    for (const t of document.querySelectorAll(".tab")) t.addEventListener("click", () => showTab(t.dataset.tab));
    $("lang-toggle").addEventListener("click", () => {
      state.lang = state.lang === "ar" ? "en" : "ar";
      try { localStorage.setItem("hadath-lang", state.lang); } catch (e) { /* private mode */ }
      applyLang();
    });
    $("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
    $("f-country").addEventListener("change", () => { fillAdmin1(); if ($("f-admin1").selectedIndex < 0) $("f-admin1").value = ""; });
    for (const id of ["f-type", "f-country", "f-admin1", "f-since", "f-until"]) $(id).addEventListener("change", refresh);
    $("f-reset").addEventListener("click", () => { $("filters").reset(); refresh(); });
    $("more").addEventListener("click", more);
    $("detail-close").addEventListener("click", () => { $("detail").hidden = true; state.selected = null; highlightPoint(null); });
    $("extract-form").addEventListener("submit", submitExtract);
    $("x-store").addEventListener("change", () => { $("x-token-label").hidden = !$("x-store").checked; });
    $("x-published").value = new Date().toISOString().slice(0, 10);
    initMapInteraction();
    initTimeline();
    applyLang();
    await loadBasemap();
    await loadFacets();
    await refresh();
    $("watch-form").addEventListener("submit", saveWatch);
    loadWatches();
    listen();
    document.body.dataset.ready = "1";
  }
  document.addEventListener("DOMContentLoaded", start);
})();
