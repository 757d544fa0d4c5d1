// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Storylens authors
// Storylens web reader. Plain DOM, no build step. Every string from the API is untrusted: it is
// only ever put into the page with textContent / createTextNode, never parsed as markup.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const app = () => document.getElementById('app');

/** Creates an element; string children become text nodes, null children are skipped. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'href') e.setAttribute('href', safeHref(String(v)));
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
}

/** Internal routes and http(s) URLs only: no javascript: or data: links from data. */
function safeHref(h) {
  if (h.startsWith('#/') || h.startsWith('/api/')) return h;
  try {
    const u = new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#/';
  } catch (e) {
    return '#/';
  }
}

const enc = encodeURIComponent;

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const msg = body && body.error ? body.error.code + ': ' + body.error.message : 'HTTP ' + r.status;
    throw new Error(msg);
  }
  return body;
}

function show(...nodes) {
  const root = app();
  root.replaceChildren(...nodes.flat().filter(Boolean));
}

function plural(n, word, many) {
  return n + ' ' + (n === 1 ? word : many || word + 's');
}

function chips(list, cls) {
  return (list || []).map((x) => el('span', { class: 'chip ' + (cls || '') }, x));
}

// ---------------------------------------------------------------- words for dates and ids

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-12-28" → "28 Dec 2021", "2022-01" → "Jan 2022", "2014" → "2014"; anything else as is. */
function dayWords(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  if (!m) return iso || 'undated';
  if (!m[2]) return m[1];
  if (!m[3]) return MONTHS[+m[2] - 1] + ' ' + m[1];
  return +m[3] + ' ' + MONTHS[+m[2] - 1] + ' ' + m[1];
}

/** A short axis label: "28 Dec", "Jan 2022", "2014". */
function shortDay(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  if (!m) return iso || '';
  if (!m[2]) return m[1];
  if (!m[3]) return MONTHS[+m[2] - 1] + ' ' + m[1];
  return +m[3] + ' ' + MONTHS[+m[2] - 1];
}

/** Article ids (16 hex digits) in a text become "the Outlet article of 28 Dec 2021". */
function wordsForIds(ctx, text) {
  return String(text).replace(/\b[0-9a-f]{16}\b/g, (id) => {
    const a = ctx.arts.get(id);
    return a ? 'the ' + (a.outlet || 'unknown outlet') + ' article of ' + dayWords(a.published) : 'another article';
  });
}

// ---------------------------------------------------------------- pages

/**
 * Storylines ranked by recency and size: a story's score is its size (log of its articles) minus
 * a week's age per point, age counted from the newest story (not the wall clock, so the same store
 * always ranks the same). A catch-all storyline is never listed; its events are listed instead.
 */
async function home() {
  const [lines, evs, arts] = await Promise.all([
    api('/api/storylines?limit=500'), api('/api/events?limit=500'), api('/api/articles?limit=50')]);
  const eventsById = new Map(evs.items.map((e) => [e.id, e]));
  const shown = [];
  let loose = 0;
  for (const s of lines.items) {
    if (s.catch_all) {
      loose++;
      s.events.forEach((e) => { if (eventsById.has(e)) shown.push(eventsById.get(e)); });
    } else {
      shown.push(s);
    }
  }
  const newest = Math.max(0, ...shown.map((s) => parseDate(s.end || s.start)).filter((t) => !isNaN(t)));
  const score = (s) => {
    const t = parseDate(s.end || s.start);
    const ageWeeks = isNaN(t) ? 52 : (newest - t) / (7 * 86400000);
    return Math.log(1 + s.article_count) - ageWeeks;
  };
  shown.sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id));
  const stories = shown.length
    ? el('ul', { class: 'plain', id: 'storylines' }, shown.map(storyItem))
    : el('p', { class: 'muted', id: 'storylines' }, 'No storylines yet: the grouping stage has not produced any.');
  show(
    el('h1', {}, 'Stories'),
    el('p', { class: 'muted' }, plural(shown.length, 'story', 'stories') + ' · ' + plural(arts.total, 'article')
      + (loose ? ' · ' + plural(loose, 'loose grouping') + ' split into its events' : '')),
    stories,
    el('details', { class: 'fold', id: 'latest' }, el('summary', {}, el('h2', {}, 'Latest articles')),
      el('ul', { class: 'plain', id: 'articles' }, arts.items.map(articleItem)))
  );
}

function storyItem(s) {
  const outlets = s.outlets || [];
  return el('li', { class: 'story-item' },
    el('a', { class: 'story-title', href: '#/story/' + enc(s.id) }, s.title || 'Untitled story'),
    el('div', { class: 'muted' }, spanWords(s) + ' · ' + plural(s.article_count, 'article') + ' from '
      + plural(outlets.length, 'outlet') + (outlets.length ? ': ' + outlets.slice(0, 4).join(', ') + (outlets.length > 4 ? ', …' : '') : '')),
    s.entities && s.entities.length ? el('div', { class: 'muted' }, s.entities.slice(0, 5).join(' · ')) : null);
}

function spanWords(s) {
  if (!s.start && !s.end) return 'undated';
  return s.start === s.end || !s.end ? dayWords(s.start) : dayWords(s.start) + ' – ' + dayWords(s.end);
}

function articleItem(a) {
  return el('li', { class: 'article-item', 'data-id': a.id },
    el('a', { href: '#/article/' + enc(a.id) }, a.title),
    el('span', { class: 'span' }, (a.outlet || 'unknown') + ' · ' + dayWords(a.published)));
}

/** The story page in reading order; every section folds, the secondary ones start folded. */
async function story(id) {
  const v = await api('/api/dossiers/' + enc(id));
  const d = v.dossier;
  const arts = new Map(v.articles.map((a) => [a.id, a]));
  const ctx = { d, arts, sentences: v.sentences };
  show(
    el('p', {}, el('a', { href: '#/' }, '← all stories')),
    el('h1', { id: 'story-title' }, d.title || 'Untitled story'),
    el('p', { class: 'muted', id: 'story-meta' }, (d.kind === 'event' ? 'Event' : 'Storyline') + ' · ' + spanWords(d)
      + ' · ' + plural(d.articles.length, 'article') + ' from ' + plural(d.outlets.length, 'outlet')),
    el('div', { class: 'grid' },
      el('div', {},
        section('What happened', 'summary', summary(ctx), true),
        el('div', { id: 'sources', hidden: true }),
        section('Key developments', 'timeline', timeline(ctx), true),
        section('Who said what', 'quotes', quotes(ctx), true),
        section('Where sources differ', 'disagreements', disagreements(ctx), true),
        section('Sources and derivation', 'derivation', derivation(ctx), true),
        section('Figures reported', 'claims', claims(ctx), false)),
      el('aside', {},
        section('Entities', 'entities', entities(ctx), true),
        section('Articles', 'story-articles', el('ul', { class: 'plain' }, v.articles.map(articleItem)), true)))
  );
}

/** A section that folds: its heading is a <summary>, so Enter or Space on it opens and closes it. */
function section(title, id, body, open) {
  return el('section', { id }, el('details', { class: 'fold', open: open ? '' : null },
    el('summary', {}, el('h2', {}, title)), body));
}

/** The first {@code n} nodes, then the rest folded behind "k more …". */
function foldAfter(n, nodes, what) {
  if (nodes.length <= n) return nodes;
  return nodes.slice(0, n).concat([el('details', { class: 'fold more' },
    el('summary', {}, plural(nodes.length - n, what)), nodes.slice(n))]);
}

function empty(what) {
  return el('p', { class: 'muted' }, 'No ' + what + ' for this story yet.');
}

/** The earliest publication date among a sentence's sources. */
function firstDate(ctx, refs) {
  const dates = (refs || []).map((r) => ctx.arts.get(r.article)).filter((a) => a && a.published).map((a) => a.published).sort();
  return dates.length ? dates[0] : null;
}

/** The main happening first, then later developments, each with the date it was first reported. */
function summary(ctx) {
  if (!ctx.d.summary.length) return empty('summary');
  const box = el('div', { class: 'summary' });
  const sentence = (s, i) => {
    const cls = 'sent' + (s.disputed ? ' disputed' : '');
    const node = el('span', { class: cls, tabindex: 0, role: 'button', 'data-index': i,
      title: 'Sources: ' + s.outlets.join(', ') }, s.text);
    const open = () => {
      box.querySelectorAll('.sent.selected').forEach((x) => x.classList.remove('selected'));
      node.classList.add('selected');
      showSources(ctx, 'Sources of: ' + s.text, s.sources);
    };
    node.addEventListener('click', open);
    node.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    return node;
  };
  const [main, ...rest] = ctx.d.summary;
  const mainDate = firstDate(ctx, main.sources);
  box.append(el('p', { class: 'lead' }, mainDate ? el('span', { class: 'when' }, dayWords(mainDate) + ' — ') : null, sentence(main, 0)));
  if (rest.length) {
    box.append(el('ul', { class: 'plain developments' }, rest.map((s, i) => {
      const date = firstDate(ctx, s.sources);
      return el('li', {}, el('span', { class: 'when' }, date ? dayWords(date) : 'undated'), ' ', sentence(s, i + 1));
    })));
  }
  return box;
}

/** Shows the article sentences behind a statement, with outlet and date of each. */
function showSources(ctx, heading, refs) {
  const box = document.getElementById('sources');
  const items = refs.map((r) => {
    const a = ctx.arts.get(r.article);
    const text = ctx.sentences[r.article + '#' + r.sentence];
    return el('li', { class: 'source' },
      el('a', { href: '#/article/' + enc(r.article) }, a ? a.outlet : 'the article'),
      el('span', { class: 'muted' }, ' · ' + dayWords(a && a.published) + ' · sentence ' + (r.sentence + 1)),
      el('blockquote', {}, text === undefined ? '(sentence not available)' : text));
  });
  box.replaceChildren(el('strong', {}, heading), el('ul', { class: 'plain' }, items));
  box.hidden = false;
}

function sourcesButton(ctx, heading, refs) {
  if (!refs || !refs.length) return null;
  return el('button', { class: 'chip', type: 'button', onclick: () => {
    showSources(ctx, heading, refs);
    document.getElementById('sources').scrollIntoView({ block: 'nearest' });
  } }, refs.length + ' source' + (refs.length === 1 ? '' : 's'));
}

function parseDate(s) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s || '');
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : NaN;
}

const DAY = 86400000;

/**
 * Key developments: dated entries within the story's own span (a month before its first article
 * to three months after its last) on an axis over that span; everything else is background,
 * folded under the list. Labels are laid out in lanes so that none overlaps another.
 */
function timeline(ctx) {
  const entries = ctx.d.timeline;
  if (!entries.length) return empty('timeline');
  const start = parseDate(ctx.d.start), end = parseDate(ctx.d.end || ctx.d.start);
  const inSpan = (e) => {
    const t = parseDate(e.date);
    if (isNaN(t) || !/^\d{4}-\d{2}-\d{2}/.test(e.date)) return false;
    if (isNaN(start)) return true;
    return t >= start - 30 * DAY && t <= end + 90 * DAY;
  };
  const key = entries.filter(inSpan);
  const background = entries.filter((e) => !inSpan(e));
  const parts = [];
  if (key.length) parts.push(timelineSvg(key));
  const item = (e) => el('li', { class: 'tl-entry' }, el('span', { class: 'tl-date' }, dayWords(e.date)), e.text + ' ',
    el('span', { class: 'muted' }, '(' + e.expression + ') '), sourcesButton(ctx, dayWords(e.date) + ': ' + e.text, e.sources));
  parts.push(key.length ? el('ol', { class: 'plain', id: 'timeline-list' }, foldAfter(10, key.map(item), 'more development'))
    : el('p', { class: 'muted' }, 'No dated development within the story\u2019s own time span.'));
  if (background.length) {
    parts.push(el('details', { class: 'fold', id: 'timeline-background' },
      el('summary', {}, 'Background: ' + plural(background.length, 'earlier or undated reference')),
      el('ol', { class: 'plain' }, background.map(item))));
  }
  return el('div', {}, parts);
}

/** Width of a label in viewBox units: generous, so that estimated boxes contain the real ones. */
const LABEL_FONT = 12;
function labelWidth(text) {
  return text.length * LABEL_FONT * 0.62 + 10;
}

function timelineSvg(entries) {
  const times = entries.map((e) => parseDate(e.date));
  const min = Math.min(...times), max = Math.max(...times);
  const W = 1000, pad = 50, axisY = 60, lanes = [[], [], [], []];
  const laneY = [axisY - 14, axisY + 26, axisY - 34, axisY + 46];
  const x = (t) => (max === min ? W / 2 : pad + ((t - min) / (max - min)) * (W - 2 * pad));
  const s = svg('svg', { class: 'timeline-svg', viewBox: '0 0 ' + W + ' 120', role: 'img',
    'aria-label': 'Key developments from ' + dayWords(new Date(min).toISOString().slice(0, 10)) + ' to ' + dayWords(new Date(max).toISOString().slice(0, 10)) });
  s.appendChild(svg('line', { class: 'axis', x1: pad, x2: W - pad, y1: axisY, y2: axisY }));
  const seen = new Set();
  entries.forEach((e, i) => {
    const t = times[i];
    const g = svg('g', { class: 'tl-point' });
    g.appendChild(svg('circle', { class: 'dot', cx: x(t), cy: axisY, r: 6 }));
    g.appendChild(svg('title', {}, dayWords(e.date) + ': ' + e.text));
    if (!seen.has(e.date)) {
      seen.add(e.date);
      const text = shortDay(e.date);
      const w = labelWidth(text);
      const cx = Math.min(Math.max(x(t), w / 2), W - w / 2);
      const lo = cx - w / 2, hi = cx + w / 2;
      const lane = lanes.findIndex((l) => l.every(([a, b]) => hi < a || lo > b));
      if (lane >= 0) {
        lanes[lane].push([lo, hi]);
        g.appendChild(svg('text', { class: 'label', x: cx, y: laneY[lane], 'text-anchor': 'middle' }, text));
      }
    }
    s.appendChild(g);
  });
  return s;
}

/**
 * Quotes grouped by speaker: speakers the same but for case, spacing or a leading "the" are one;
 * speakers with a name come first, most quoted first; unattributed quotes come last.
 */
function quotes(ctx) {
  if (!ctx.d.quotes.length) return empty('quotes');
  const groups = new Map();
  const unattributed = [];
  for (const q of ctx.d.quotes) {
    const name = (q.speaker || '').trim();
    if (!name || q.speaker_kind === 'unknown') { unattributed.push(q); continue; }
    const k = name.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ');
    if (!groups.has(k)) groups.set(k, { names: new Map(), named: false, list: [] });
    const g = groups.get(k);
    g.names.set(name, (g.names.get(name) || 0) + 1);
    g.named = g.named || q.speaker_kind === 'named' || q.speaker_kind === 'pronoun-resolved' || q.speaker_kind === 'nominal-resolved';
    g.list.push(q);
  }
  const display = (g) => [...g.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const ordered = [...groups.values()].sort((a, b) => (b.named - a.named) || (b.list.length - a.list.length) || display(a).localeCompare(display(b)));
  const PER_SPEAKER = 3;
  const block = (name, list) => el('div', { class: 'speaker' },
    el('div', { class: 'speaker-head' }, el('span', { class: 'speaker-name' }, name),
      list.length > 1 ? el('span', { class: 'muted' }, ' · ' + plural(list.length, 'quote')) : null),
    foldAfter(PER_SPEAKER, list.map((q) => el('div', { class: 'quote' },
      el('div', { class: 'quote-text' }, q.marked ? '“' + q.text + '”' : q.text),
      el('div', { class: 'muted' }, q.cue + (q.marked ? '' : ' (reported speech)') + ' · carried by ',
        chips(q.outlets, 'outlet'), sourcesButton(ctx, name + ': ' + q.text, q.sources)),
      q.variants.map((v) => el('div', { class: 'variant' + (v.changes_meaning ? ' meaning' : '') },
        'variant: “' + v.text + '” ', el('span', { class: 'muted' }, v.diff),
        v.changes_meaning ? ' — changes the meaning' : '')))), 'more quote'));
  const TOP = 6;
  const blocks = ordered.map((g) => block(display(g), g.list));
  if (unattributed.length) blocks.push(block('Unattributed', unattributed));
  const head = blocks.slice(0, TOP);
  const tail = blocks.slice(TOP);
  return el('div', {}, head, tail.length
    ? el('details', { class: 'fold more' }, el('summary', {}, plural(tail.length, 'more speaker')), tail) : null);
}

function claims(ctx) {
  if (!ctx.d.claims.length) return empty('figures');
  return el('ul', { class: 'plain' }, ctx.d.claims.map((c) => el('li', { class: 'claim' },
    el('span', { class: 'value' }, c.value), ' ' + c.subject,
    c.attribution ? el('span', { class: 'muted' }, ' — according to ' + c.attribution) : null, ' ',
    sourcesButton(ctx, c.text, c.sources))));
}

/**
 * A few places where sources differ, in the server's order (ranked by salience, core facts first),
 * each with the value its most recent source gives: figures are updated as a story develops, so
 * the latest is what a reader wants first. The rest are folded under "more".
 */
function disagreements(ctx) {
  if (!ctx.d.disagreements.length) return el('p', { class: 'muted' }, 'The sources agree on the figures and facts compared.');
  const SHOWN = 5; // Disagreements.SHOWN_BY_DEFAULT
  const items = ctx.d.disagreements.map((x) => {
    let latest = null;
    for (const r of x.sources) {
      const a = ctx.arts.get(r.article);
      const text = ctx.sentences[r.article + '#' + r.sentence] || '';
      const value = x.values.find((v) => text.includes(v));
      if (a && value && (!latest || (a.published || '') > (latest.a.published || ''))) latest = { a, value };
    }
    return el('div', { class: 'disagreement' },
      el('div', {}, x.values.map((v) => el('span', { class: 'value' }, v))),
      el('div', {}, wordsForIds(ctx, x.description) + ' '),
      latest ? el('div', { class: 'latest' }, 'Latest: ' + latest.value + ' (' + latest.a.outlet + ', ' + dayWords(latest.a.published) + ')') : null,
      sourcesButton(ctx, wordsForIds(ctx, x.description), x.sources));
  });
  const rest = items.slice(SHOWN);
  return el('div', {}, items.slice(0, SHOWN),
    rest.length ? el('details', {}, el('summary', {}, rest.length + ' more'), rest) : null);
}

/** Who published first and who copied or rewrote whom, in words; the graph folded below. */
function derivation(ctx) {
  const d = ctx.d;
  const parts = [];
  const fp = d.first_publisher;
  if (fp) {
    const copies = d.links.filter((l) => l.from === fp.article);
    const copiers = new Set(copies.map((l) => (ctx.arts.get(l.to) || {}).outlet).filter(Boolean));
    const kinds = new Set(copies.map((l) => l.kind));
    const verb = kinds.size === 1 && kinds.has('rewrite') ? 'rewrote' : 'copied or rewrote';
    parts.push(el('p', { id: 'first-publisher' },
      el('a', { href: '#/article/' + enc(fp.article) }, fp.outlet || 'An unknown outlet'),
      ' published first, on ' + dayWords(fp.published) + (copiers.size
        ? '; ' + plural(copiers.size, 'outlet') + ' ' + verb + ' it (' + [...copiers].sort().join(', ') + ').'
        : '; no other outlet copied it.')));
  }
  const byKind = new Map();
  for (const l of d.links) {
    if (fp && l.from === fp.article) continue;
    const from = (ctx.arts.get(l.from) || {}).outlet, to = (ctx.arts.get(l.to) || {}).outlet;
    if (!from || !to) continue;
    const k = l.kind;
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k).push(to + ' from ' + from);
  }
  for (const [k, list] of [...byKind.entries()].sort()) {
    const shown = list.slice(0, 5);
    parts.push(el('p', { class: 'derived' }, 'Also ' + (k === 'rewrite' ? 'rewritten' : k === 'copy' ? 'copied' : k) + ': '
      + shown.join('; ') + (list.length > shown.length ? '; and ' + (list.length - shown.length) + ' more' : '') + '.'));
  }
  const independent = d.articles.length - new Set(d.links.map((l) => l.to)).size;
  parts.push(el('p', { class: 'muted' }, plural(independent, 'article') + ' of ' + d.articles.length + ' read as independent reporting.'));
  parts.push(el('details', { class: 'fold', id: 'graph' }, el('summary', {}, 'Derivation graph'), graph(ctx)));
  return el('div', {}, parts);
}

/** Entity facets: the 15 most mentioned, the rest behind "more"; a click filters the articles. */
function entities(ctx) {
  if (!ctx.d.entities.length) return empty('entities');
  const TOP = 15;
  const sorted = [...ctx.d.entities].sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  const list = el('div', { id: 'entity-facets' });
  let active = null;
  const chip = (e) => {
    const b = el('button', { class: 'chip', type: 'button', title: e.type + ': ' + e.aliases.join(', ') }, e.name + ' (' + e.articles.length + ')');
    b.addEventListener('click', () => {
      active = active === e ? null : e;
      list.querySelectorAll('.chip').forEach((c) => c.classList.toggle('on', c === b && active !== null));
      const keep = active ? new Set(active.articles) : null;
      document.querySelectorAll('#story-articles .article-item').forEach((li) => {
        li.hidden = keep !== null && !keep.has(li.getAttribute('data-id'));
      });
    });
    return b;
  };
  sorted.slice(0, TOP).forEach((e) => list.appendChild(chip(e)));
  if (sorted.length > TOP) {
    list.appendChild(el('details', { class: 'fold more', id: 'more-entities' },
      el('summary', {}, plural(sorted.length - TOP, 'more entity', 'more entities')), sorted.slice(TOP).map(chip)));
  }
  return list;
}

async function article(id) {
  const v = await api('/api/articles/' + enc(id));
  const a = v.article;
  const others = [...new Set(v.links_in.map((l) => l.from).concat(v.links_out.map((l) => l.to)))].slice(0, 30);
  const stories = v.storylines.concat(v.events).slice(0, 10);
  const [refs, dossiers] = await Promise.all([
    Promise.all(others.map((o) => api('/api/articles/' + enc(o)).then((x) => x.article).catch(() => null))),
    Promise.all(stories.map((s) => api('/api/dossiers/' + enc(s)).then((x) => x.dossier).catch(() => null)))]);
  const byId = new Map(refs.filter(Boolean).map((r) => [r.id, r]));
  const name = (o) => {
    const r = byId.get(o);
    return r ? (r.outlet || 'unknown outlet') + ': ' + (r.title || 'untitled') : 'another article';
  };
  const linkItem = (l, other, dir) => el('li', {}, dir + ' ', el('a', { href: '#/article/' + enc(other) }, name(other)),
    el('span', { class: 'muted' }, ' (' + l.kind + ', similarity ' + l.similarity.toFixed(2) + ')'));
  show(
    el('p', {}, el('a', { href: '#/' }, '← all stories')),
    el('h1', { id: 'article-title' }, a.title || 'Untitled article'),
    a.title_from === 'generated' ? el('p', { class: 'muted', id: 'generated-title' }, 'Headline written by Storylens from the first sentence: the source gave none.') : null,
    el('p', { class: 'muted' }, (a.outlet || 'unknown outlet') + ' · ' + dayWords(a.published) + (a.author ? ' · ' + a.author : '')),
    a.url ? el('p', {}, el('a', { href: a.url, rel: 'noopener noreferrer nofollow' }, a.url)) : null,
    a.date_warnings.length ? el('p', { class: 'error' }, a.date_warnings.join(' ')) : null,
    dossiers.some(Boolean)
      ? el('p', {}, 'In: ', dossiers.filter(Boolean).map((d) => el('a', { class: 'chip', href: '#/story/' + enc(d.id) }, (d.kind === 'event' ? 'event: ' : 'storyline: ') + (d.title || 'untitled'))))
      : null,
    el('div', { class: 'article-text' }, a.text.split(/\n\s*\n/).map((p) => el('p', {}, p))),
    v.links_in.length || v.links_out.length
      ? section('Links', 'links', el('ul', {}, v.links_in.map((l) => linkItem(l, l.from, 'copied from')),
          v.links_out.map((l) => linkItem(l, l.to, 'copied by'))), true)
      : null
  );
}


/** Articles left to right by date; an arrow from each original to its copy. */
function graph(ctx) {
  const MAX = 300;
  const nodes = [...ctx.arts.values()].slice(0, MAX);
  const pos = new Map();
  const byDate = new Map();
  nodes.forEach((a) => {
    const k = a.published || 'undated';
    if (!byDate.has(k)) byDate.set(k, []);
    byDate.get(k).push(a);
  });
  const cols = [...byDate.keys()].sort();
  const colW = 170, rowH = 56;
  const rows = Math.max(...[...byDate.values()].map((l) => l.length), 1);
  const W = Math.max(cols.length * colW + 40, 300), H = rows * rowH + 80;
  cols.forEach((k, ci) => byDate.get(k).forEach((a, ri) => pos.set(a.id, [30 + ci * colW + 20, 70 + ri * rowH])));
  const s = svg('svg', { class: 'graph-svg', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Derivation graph' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#666' }));
  defs.appendChild(marker);
  s.appendChild(defs);
  cols.forEach((k, ci) => s.appendChild(svg('text', { class: 'edge-label', x: 30 + ci * colW + 20, y: 16, 'text-anchor': 'middle' }, k)));
  const links = ctx.d.links;
  for (const l of links) {
    const a = pos.get(l.from), b = pos.get(l.to);
    if (!a || !b) continue;
    const g = svg('g', { class: 'edge-group' });
    g.appendChild(svg('path', { class: 'edge', d: 'M' + a[0] + ' ' + a[1] + ' Q ' + (a[0] + b[0]) / 2 + ' ' + (Math.min(a[1], b[1]) - 30) + ' ' + b[0] + ' ' + b[1], 'marker-end': 'url(#arrow)' }));
    g.appendChild(svg('text', { class: 'edge-label', x: (a[0] + b[0]) / 2, y: Math.min(a[1], b[1]) - 18, 'text-anchor': 'middle' }, l.kind));
    g.appendChild(svg('title', {}, l.kind + ' (similarity ' + l.similarity.toFixed(2) + ', direction ' + l.direction_confidence.toFixed(2) + ')'));
    s.appendChild(g);
  }
  const first = ctx.d.first_publisher ? ctx.d.first_publisher.article : null;
  for (const a of nodes) {
    const [x, y] = pos.get(a.id);
    const g = svg('g', { class: 'node' + (a.id === first ? ' first' : ''), 'data-id': a.id });
    g.appendChild(svg('circle', { cx: x, cy: y, r: 9 }));
    g.appendChild(svg('text', { x: x + 13, y: y + 4 }, a.outlet.length > 20 ? a.outlet.slice(0, 19) + '…' : a.outlet));
    g.appendChild(svg('title', {}, a.title));
    g.addEventListener('click', () => { location.hash = '#/article/' + enc(a.id); });
    s.appendChild(g);
  }
  const note = links.length ? null : el('p', { class: 'muted' }, 'No copies or rewrites found among these articles.');
  const more = ctx.arts.size > MAX ? el('p', { class: 'muted' }, 'Showing ' + MAX + ' of ' + ctx.arts.size + ' articles.') : null;
  return el('div', {}, s, note, more);
}

async function search(q) {
  document.getElementById('search-input').value = q;
  const r = await api('/api/search?limit=50&q=' + enc(q));
  show(
    el('h1', {}, 'Search: ' + q),
    el('p', { class: 'muted' }, r.hits.length + ' hit' + (r.hits.length === 1 ? '' : 's')),
    el('ul', { class: 'plain', id: 'hits' }, r.hits.map((h) => el('li', { class: 'hit' },
      el('a', { href: '#/article/' + enc(h.id) }, h.title),
      el('span', { class: 'span' }, h.outlet + ' · ' + dayWords(h.published)),
      el('div', { class: 'muted' }, h.snippet))))
  );
}

// ---------------------------------------------------------------- analysis progress

// While the server analyzes in the background, a line under the header says how far it is; when
// an analysis finishes, the page is drawn again so that it shows the new stories.
let wasBusy = false;

function progressLine(s) {
  const parts = [
    'Analyzing: ' + s.articles_analyzed + ' of ' + s.articles_stored + ' articles in the stories',
  ];
  if (s.queued > 0) parts.push(s.queued + ' waiting');
  if (s.stage) parts.push(s.stage);
  if (s.estimate_seconds !== null && s.estimate_seconds > 0) {
    parts.push('about ' + (s.estimate_seconds < 90 ? s.estimate_seconds + ' s'
      : Math.round(s.estimate_seconds / 60) + ' min') + ' left');
  }
  if (s.reanalyzing) parts.push('a new version re-analyzes everything; the previous analysis is shown');
  return parts.join(' · ');
}

async function pollStatus() {
  let s;
  try {
    s = await api('/api/status');
  } catch (e) {
    setTimeout(pollStatus, 10000);
    return;
  }
  const box = document.getElementById('progress');
  const busy = s.analysis === 'running' || s.queued > 0;
  box.replaceChildren();
  if (s.analysis === 'failing') {
    box.hidden = false;
    box.className = 'progress error';
    box.append(el('span', {}, 'Analysis is failing (the stored articles are kept): ' + (s.error || 'unknown error')));
  } else if (busy) {
    box.hidden = false;
    box.className = 'progress';
    const bar = el('progress', { max: String(Math.max(1, s.articles_stored)), value: String(s.articles_analyzed) });
    box.append(bar, el('span', { id: 'progress-text' }, progressLine(s)));
  } else {
    box.hidden = true;
  }
  if (wasBusy && !busy) route();
  wasBusy = busy;
  setTimeout(pollStatus, busy || s.analysis === 'failing' ? 2000 : 15000);
}

// ---------------------------------------------------------------- routing

async function route() {
  const h = location.hash || '#/';
  try {
    let m;
    if ((m = /^#\/story\/(.+)$/.exec(h))) await story(decodeURIComponent(m[1]));
    else if ((m = /^#\/article\/(.+)$/.exec(h))) await article(decodeURIComponent(m[1]));
    else if ((m = /^#\/search\?q=(.*)$/.exec(h))) await search(decodeURIComponent(m[1]));
    else await home();
    document.body.setAttribute('data-ready', h);
  } catch (e) {
    show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error', id: 'error' }, e.message));
    document.body.setAttribute('data-ready', h);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    if (q) location.hash = '#/search?q=' + enc(q);
  });
  window.addEventListener('hashchange', route);
  route();
  pollStatus();
});
