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

function span(s) {
  if (!s.start && !s.end) return 'undated';
  return s.start === s.end || !s.end ? s.start : (s.start || '?') + ' – ' + s.end;
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function chips(list, cls) {
  return (list || []).map((x) => el('span', { class: 'chip ' + (cls || '') }, x));
}

// ---------------------------------------------------------------- pages

async function home() {
  const [lines, arts] = await Promise.all([api('/api/storylines?limit=100'), api('/api/articles?limit=50')]);
  const stories = lines.items.length
    ? el('ul', { class: 'plain', id: 'storylines' }, lines.items.map(storyItem))
    : el('p', { class: 'muted', id: 'storylines' }, 'No storylines yet: the grouping stage has not produced any.');
  show(
    el('h1', {}, 'Storylines'),
    el('p', { class: 'muted' }, plural(lines.total, 'storyline') + ' · ' + plural(arts.total, 'article')),
    stories,
    el('h2', {}, 'Latest articles'),
    el('ul', { class: 'plain', id: 'articles' }, arts.items.map(articleItem))
  );
}

function storyItem(s) {
  return el('li', { class: 'story-item' },
    el('a', { class: 'story-title', href: '#/story/' + enc(s.id) }, s.title),
    el('span', { class: 'span' }, span(s)),
    el('div', {}, chips(s.outlets, 'outlet'),
      el('span', { class: 'muted' }, ' ' + s.article_count + ' article' + (s.article_count === 1 ? '' : 's'))),
    s.entities && s.entities.length ? el('div', { class: 'muted' }, s.entities.join(' · ')) : null);
}

function articleItem(a) {
  return el('li', { class: 'article-item', 'data-id': a.id },
    el('a', { href: '#/article/' + enc(a.id) }, a.title),
    el('span', { class: 'span' }, (a.outlet || 'unknown') + ' · ' + (a.published || 'undated')));
}

async function story(id) {
  const v = await api('/api/dossiers/' + enc(id));
  const d = v.dossier;
  const arts = new Map(v.articles.map((a) => [a.id, a]));
  const ctx = { d, arts, sentences: v.sentences };
  show(
    el('p', {}, el('a', { href: '#/' }, '← all storylines')),
    el('h1', { id: 'story-title' }, d.title),
    el('p', { class: 'muted' }, d.kind + ' · ' + span(d) + ' · ' + d.articles.length + ' articles'),
    el('div', { id: 'outlets' }, chips(d.outlets, 'outlet')),
    d.first_publisher
      ? el('p', { id: 'first-publisher' }, 'First published by ',
          el('a', { href: '#/article/' + enc(d.first_publisher.article) }, d.first_publisher.outlet || 'unknown'),
          ' on ' + (d.first_publisher.published || 'unknown date'),
          el('span', { class: 'muted' }, ' (' + d.first_publisher.evidence.join('; ') + ')'))
      : null,
    el('div', { class: 'grid' },
      el('div', {},
        section('Summary', 'summary', summary(ctx)),
        el('div', { id: 'sources', hidden: true }),
        section('Timeline', 'timeline', timeline(ctx)),
        section('Quotes', 'quotes', quotes(ctx)),
        section('Claims', 'claims', claims(ctx)),
        section('Disagreements', 'disagreements', disagreements(ctx)),
        section('Derivation graph', 'graph', graph(ctx))),
      el('aside', {},
        section('Entities', 'entities', entities(ctx)),
        section('Articles', 'story-articles', el('ul', { class: 'plain' }, v.articles.map(articleItem)))))
  );
}

function section(title, id, body) {
  return el('section', { id }, el('h2', {}, title), body);
}

function empty(what) {
  return el('p', { class: 'muted' }, 'No ' + what + ' for this story yet.');
}

function summary(ctx) {
  if (!ctx.d.summary.length) return empty('summary');
  const p = el('p', { class: 'summary' });
  ctx.d.summary.forEach((s, i) => {
    const cls = 'sent' + (s.disputed ? ' disputed' : '');
    const node = el('span', { class: cls, tabindex: 0, role: 'button', 'data-index': i,
      title: 'Sources: ' + s.outlets.join(', ') }, s.text);
    const open = () => {
      p.querySelectorAll('.sent.selected').forEach((x) => x.classList.remove('selected'));
      node.classList.add('selected');
      showSources(ctx, 'Sources of: ' + s.text, s.sources);
    };
    node.addEventListener('click', open);
    node.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    p.append(node, ' ');
  });
  return p;
}

/** Shows the article sentences behind a statement, with outlet and date of each. */
function showSources(ctx, heading, refs) {
  const box = document.getElementById('sources');
  const items = refs.map((r) => {
    const a = ctx.arts.get(r.article);
    const text = ctx.sentences[r.article + '#' + r.sentence];
    return el('li', { class: 'source' },
      el('a', { href: '#/article/' + enc(r.article) }, a ? a.outlet : r.article),
      el('span', { class: 'muted' }, ' · ' + (a && a.published ? a.published : 'undated') + ' · sentence ' + (r.sentence + 1)),
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

function timeline(ctx) {
  const entries = ctx.d.timeline;
  if (!entries.length) return empty('timeline');
  const times = entries.map((e) => parseDate(e.date)).filter((t) => !isNaN(t));
  const min = Math.min(...times), max = Math.max(...times);
  const W = 1000, pad = 40;
  const x = (t) => (max === min ? W / 2 : pad + ((t - min) / (max - min)) * (W - 2 * pad));
  const s = svg('svg', { class: 'timeline-svg', viewBox: '0 0 ' + W + ' 90', role: 'img', 'aria-label': 'Timeline' });
  s.appendChild(svg('line', { class: 'axis', x1: pad, x2: W - pad, y1: 45, y2: 45 }));
  const seen = new Set();
  entries.forEach((e, i) => {
    const t = parseDate(e.date);
    if (isNaN(t)) return;
    const g = svg('g', { class: 'tl-point' });
    g.appendChild(svg('circle', { class: 'dot', cx: x(t), cy: 45, r: 6 }));
    g.appendChild(svg('title', {}, e.date + ': ' + e.text));
    if (!seen.has(e.date)) {
      seen.add(e.date);
      g.appendChild(svg('text', { class: 'label', x: x(t), y: seen.size % 2 ? 25 : 75, 'text-anchor': 'middle' }, e.date));
    }
    s.appendChild(g);
  });
  const list = el('ol', { class: 'plain', id: 'timeline-list' }, entries.map((e) =>
    el('li', { class: 'tl-entry' }, el('span', { class: 'tl-date' }, e.date), e.text + ' ',
      el('span', { class: 'muted' }, '(' + e.expression + ') '), sourcesButton(ctx, e.date + ': ' + e.text, e.sources))));
  return el('div', {}, s, list);
}

function quotes(ctx) {
  if (!ctx.d.quotes.length) return empty('quotes');
  const groups = new Map();
  for (const q of ctx.d.quotes) {
    if (!groups.has(q.speaker)) groups.set(q.speaker, []);
    groups.get(q.speaker).push(q);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  return el('div', {}, names.map((name) => el('div', { class: 'speaker' },
    el('div', { class: 'speaker-name' }, name),
    groups.get(name).map((q) => el('div', { class: 'quote' },
      el('div', { class: 'quote-text' }, q.marked ? '“' + q.text + '”' : q.text),
      el('div', { class: 'muted' }, q.cue + (q.marked ? '' : ' (reported speech)') + ' · carried by ',
        chips(q.outlets, 'outlet'), sourcesButton(ctx, name + ': ' + q.text, q.sources)),
      q.variants.map((v) => el('div', { class: 'variant' + (v.changes_meaning ? ' meaning' : '') },
        'variant: “' + v.text + '” ', el('span', { class: 'muted' }, v.diff),
        v.changes_meaning ? ' — changes the meaning' : '')))))));
}

function claims(ctx) {
  if (!ctx.d.claims.length) return empty('claims');
  return el('ul', { class: 'plain' }, ctx.d.claims.map((c) => el('li', { class: 'claim' },
    el('span', { class: 'value' }, c.value), ' ' + c.subject,
    c.attribution ? el('span', { class: 'muted' }, ' — according to ' + c.attribution) : null, ' ',
    sourcesButton(ctx, c.text, c.sources))));
}

function disagreements(ctx) {
  if (!ctx.d.disagreements.length) return empty('disagreements');
  return el('div', {}, ctx.d.disagreements.map((x) => el('div', { class: 'disagreement' },
    el('div', {}, x.values.map((v) => el('span', { class: 'value' }, v))),
    el('div', {}, x.description + ' '), el('span', { class: 'muted' }, x.kind + ' '),
    sourcesButton(ctx, x.description, x.sources))));
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

function entities(ctx) {
  if (!ctx.d.entities.length) return empty('entities');
  const list = el('div', { id: 'entity-facets' });
  let active = null;
  for (const e of ctx.d.entities) {
    const b = el('button', { class: 'chip', type: 'button', title: e.type + ': ' + e.aliases.join(', ') }, e.name + ' (' + e.articles.length + ')');
    b.addEventListener('click', () => {
      active = active === e ? null : e;
      list.querySelectorAll('.chip').forEach((c) => c.classList.toggle('on', c === b && active !== null));
      const keep = active ? new Set(active.articles) : null;
      document.querySelectorAll('#story-articles .article-item').forEach((li) => {
        li.hidden = keep !== null && !keep.has(li.getAttribute('data-id'));
      });
    });
    list.appendChild(b);
  }
  return list;
}

async function article(id) {
  const v = await api('/api/articles/' + enc(id));
  const a = v.article;
  const linkItem = (l, other, dir) => el('li', {}, dir + ' ', el('a', { href: '#/article/' + enc(other) }, other),
    el('span', { class: 'muted' }, ' ' + l.kind + ', similarity ' + l.similarity.toFixed(2)));
  show(
    el('p', {}, el('a', { href: '#/' }, '← all storylines')),
    el('h1', { id: 'article-title' }, a.title || '(untitled)'),
    el('p', { class: 'muted' }, (a.outlet || 'unknown outlet') + ' · ' + (a.published || 'undated') + (a.author ? ' · ' + a.author : '')),
    a.url ? el('p', {}, el('a', { href: a.url, rel: 'noopener noreferrer nofollow' }, a.url)) : null,
    a.date_warnings.length ? el('p', { class: 'error' }, a.date_warnings.join(' ')) : null,
    v.storylines.concat(v.events).length
      ? el('p', {}, 'In: ', v.storylines.concat(v.events).map((s) => el('a', { class: 'chip', href: '#/story/' + enc(s) }, s)))
      : null,
    el('div', { class: 'article-text' }, a.text.split(/\n\s*\n/).map((p) => el('p', {}, p))),
    v.links_in.length || v.links_out.length
      ? section('Links', 'links', el('ul', {}, v.links_in.map((l) => linkItem(l, l.from, 'copied from')),
          v.links_out.map((l) => linkItem(l, l.to, 'copied by'))))
      : null
  );
}

async function search(q) {
  document.getElementById('search-input').value = q;
  const r = await api('/api/search?limit=50&q=' + enc(q));
  show(
    el('h1', {}, 'Search: ' + q),
    el('p', { class: 'muted' }, r.hits.length + ' hit' + (r.hits.length === 1 ? '' : 's')),
    el('ul', { class: 'plain', id: 'hits' }, r.hits.map((h) => el('li', { class: 'hit' },
      el('a', { href: '#/article/' + enc(h.id) }, h.title),
      el('span', { class: 'span' }, h.outlet + ' · ' + (h.published || 'undated')),
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
