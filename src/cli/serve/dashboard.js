// stance dashboard: posts the article to /v1/score and draws the report. No dependencies.
// Report offsets are UTF-8 byte offsets, so the text is sliced as bytes, never as JS strings.
'use strict';

const $ = (sel) => document.querySelector(sel);
const enc = new TextEncoder();
const dec = new TextDecoder();
const POSITIVE = ['positive', 'favor', 'favour', 'pos'];
const NEGATIVE = ['negative', 'against', 'neg'];
const MATRIX_MAX = 10;

const state = { report: null, bytes: null, filter: null, spans: [], paras: [], sentActors: [] };

function el(tag, props, ...kids) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'style') node.style.cssText = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat()) if (kid != null && kid !== false) node.append(kid);
  return node;
}

function polarity(label) {
  const l = String(label || '').toLowerCase();
  return POSITIVE.includes(l) ? 'pos' : NEGATIVE.includes(l) ? 'neg' : 'neu';
}

function fmt(score, digits = 2) {
  if (score == null) return '–';
  const s = Math.abs(score).toFixed(digits);
  return (score >= 0 ? '+' : '−') + s;
}

function probText(probabilities) {
  return Object.entries(probabilities || {})
    .map(([label, p]) => `${label} ${(p * 100).toFixed(0)}%`)
    .join(' · ');
}

// Background for a signed score in [-1, 1]: white through the label colour.
function scoreColor(score) {
  if (score == null) return 'rgb(241,243,246)';
  const t = Math.min(1, Math.abs(score) * 1.4);
  const base = score >= 0 ? [26, 152, 80] : [215, 48, 39];
  const mix = base.map((c) => Math.round(248 + (c - 248) * t));
  return `rgb(${mix.join(',')})`;
}

function setStatus(text, kind) {
  const s = $('#status');
  s.textContent = text;
  s.className = 'status ' + (kind || '');
}

// ---- the article ----------------------------------------------------------------------

function renderSentence(s) {
  const bytes = enc.encode(s.text);
  const stanceOf = new Map(s.stances.map((st) => [st.target, st]));
  const holdersOf = (st) => [st.holder, ...(st.joint_holders || [])].filter(Boolean);
  const holders = new Set(s.stances.flatMap(holdersOf));
  const actors = new Set(holders);
  const span = el('span', { class: 'sent' + (s.stances.length ? ' has' : ''), 'data-i': s.index });
  span.append(el('span', { class: 'idx', text: '#' + s.index }));
  let pos = 0;
  for (const m of s.mentions) {
    const a = m.start - s.start;
    const b = m.end - s.start;
    if (a < pos || b > bytes.length) continue;
    if (a > pos) span.append(dec.decode(bytes.subarray(pos, a)));
    const st = stanceOf.get(m.actor);
    const pol = st ? polarity(st.label) : 'neu';
    const strength = st && st.score != null ? Math.min(1, Math.abs(st.score)) : 0.2;
    // A pronoun mention (`he`) names its actor in the hover text.
    const who = m.pronoun ? `${m.actor} (as "${dec.decode(bytes.subarray(a, b))}")` : m.actor;
    const tip = st
      ? `${who}: ${st.label} ${fmt(st.score)}\n` +
        (st.holder ? `held by ${holdersOf(st).join(', ')}`
          : st.speaker ? 'speaker here (not in its summary)' : "writer's framing") +
        `\n${probText(st.probabilities)}`
      : who;
    span.append(el('mark', {
      class: `m ${pol}` + (holders.has(m.actor) ? ' holder' : ''),
      'data-actor': m.actor,
      title: tip,
      style: `--a:${strength.toFixed(2)}`,
    }, dec.decode(bytes.subarray(a, b))));
    actors.add(m.actor);
    pos = b;
  }
  if (pos < bytes.length) span.append(dec.decode(bytes.subarray(pos)));
  state.sentActors[s.index] = actors;
  return span;
}

function renderArticle(r) {
  const root = $('#text');
  const frag = document.createDocumentFragment();
  state.spans = [];
  state.paras = [];
  state.sentActors = [];
  let para = el('p', { class: 'para' });
  let prevEnd = null;
  for (const s of r.sentences) {
    if (prevEnd !== null) {
      const gap = dec.decode(state.bytes.subarray(prevEnd, s.start));
      if (gap.includes('\n')) {
        frag.append(para);
        state.paras.push(para);
        para = el('p', { class: 'para' });
      } else if (gap) {
        para.append(gap);
      }
    }
    const span = renderSentence(s);
    state.spans[s.index] = span;
    para.append(span);
    prevEnd = s.end;
  }
  frag.append(para);
  state.paras.push(para);
  root.replaceChildren(frag);
}

// ---- actors -----------------------------------------------------------------------------

function renderActors(r) {
  const tally = new Map(r.actors.map((a) => [a.actor, { pos: 0, neu: 0, neg: 0 }]));
  for (const s of r.sentences) {
    for (const st of s.stances) {
      const t = tally.get(st.target);
      if (t) t[polarity(st.label)] += 1;
    }
  }
  const rows = [...r.actors].sort((a, b) => b.mentions - a.mentions || a.actor.localeCompare(b.actor));
  const body = $('#actors tbody');
  body.replaceChildren(...rows.map((a) => {
    const t = tally.get(a.actor);
    const total = t.pos + t.neu + t.neg || 1;
    const width = a.score == null ? 0 : Math.min(50, Math.abs(a.score) * 50);
    const side = a.score != null && a.score < 0 ? 'neg' : 'pos';
    const aliases = a.aliases.filter((x) => x !== a.actor);
    return el('tr', { class: 'actor-row', 'data-actor': a.actor, onclick: () => toggleActor(a.actor) },
      el('td', null,
        el('button', { type: 'button', class: 'actor-btn', text: a.actor,
          title: aliases.length ? 'also: ' + aliases.join(', ') : a.actor }),
        el('span', { class: 'kind', text: a.kind })),
      el('td', { class: 'num', text: String(a.mentions) }),
      el('td', { title: a.label ? `mostly ${a.label}` : '' },
        el('div', { class: 'diverge' },
          el('span', { class: `bar ${side}`,
            style: side === 'neg' ? `right:50%;width:${width}%` : `left:50%;width:${width}%` }),
          el('span', { class: 'axis' })),
        el('span', { class: `score ${a.score == null ? '' : side}`, text: fmt(a.score) })),
      el('td', { title: `${t.neg} negative, ${t.neu} neutral, ${t.pos} positive` },
        el('div', { class: 'stack' },
          ['neg', 'neu', 'pos'].map((k) => t[k]
            ? el('span', { class: `seg ${k}`, style: `width:${(100 * t[k]) / total}%` })
            : null))));
  }));
  $('#actor-count').textContent = r.actors.length ? String(r.actors.length) : '';
  $('#actors').hidden = !r.actors.length;
  $('#actors-empty').hidden = !!r.actors.length;
}

// ---- relations --------------------------------------------------------------------------

function byWeight(relations, key) {
  const w = new Map();
  for (const rel of relations) w.set(rel[key], (w.get(rel[key]) || 0) + rel.sentences.length);
  return [...w.keys()].sort((a, b) => w.get(b) - w.get(a) || a.localeCompare(b));
}

function relationTitle(rel) {
  return `${rel.holder} → ${rel.target}: ${rel.label} ${fmt(rel.score)}\n` +
    `sentence${rel.sentences.length > 1 ? 's' : ''} ${rel.sentences.map((i) => '#' + i).join(', ')}`;
}

function matrixTable(rels, holders, targets) {
  const cell = new Map(rels.map((rel) => [rel.holder + '\u0000' + rel.target, rel]));
  const actorBtn = (name, cls) => el('button', { type: 'button', class: cls, title: name,
    onclick: () => toggleActor(name) }, el('span', { text: name }));
  return el('table', { class: 'matrix' },
    el('thead', null, el('tr', null,
      el('th', { class: 'corner' }, el('span', { text: 'holder ↓  target →' })),
      targets.map((t) => el('th', { class: 'col' }, actorBtn(t, 'col-btn'))))),
    el('tbody', null, holders.map((h) => el('tr', null,
      el('th', { class: 'row' }, actorBtn(h, 'row-btn')),
      targets.map((t) => {
        const rel = cell.get(h + '\u0000' + t);
        if (!rel) return el('td', { class: 'blank' });
        return el('td', { class: 'hit' },
          el('button', { type: 'button', class: `cell ${polarity(rel.label)}`, title: relationTitle(rel),
            style: `background:${scoreColor(rel.score)}`,
            onclick: () => toggleRelation(rel) }, fmt(rel.score, 1)));
      })))));
}

function renderRelations(r) {
  const rels = r.relations;
  const wrap = $('#matrix');
  wrap.replaceChildren();
  const holders = byWeight(rels, 'holder').slice(0, MATRIX_MAX);
  const allTargets = byWeight(rels, 'target');
  // The busiest targets, as many columns as fit the panel without scrolling sideways.
  let shown = Math.min(MATRIX_MAX, allTargets.length);
  while (rels.length) {
    wrap.replaceChildren(matrixTable(rels, holders, allTargets.slice(0, shown)));
    if (wrap.scrollWidth <= wrap.clientWidth || shown <= 3) break;
    shown -= 1;
  }
  if (holders.length < new Set(rels.map((x) => x.holder)).size || shown < allTargets.length) {
    wrap.append(el('p', { class: 'hint', text: 'The busiest holders and targets; the list below has them all.' }));
  }
  $('#rel-list').replaceChildren(...[...rels]
    .sort((a, b) => b.sentences.length - a.sentences.length || a.holder.localeCompare(b.holder))
    .map((rel) => el('li', { title: relationTitle(rel), onclick: () => toggleRelation(rel) },
      el('span', { class: 'who', text: `${rel.holder} → ${rel.target}` }),
      el('span', { class: `pill ${polarity(rel.label)}`, text: rel.label }),
      el('span', { class: 'n', text: `${fmt(rel.score)} · ${rel.sentences.length}×` }))));
  $('#rel-details').hidden = !rels.length;
  $('#rel-details').open = rels.length > 0 && rels.length <= 8;
  $('#relation-count').textContent = rels.length ? String(rels.length) : '';
  $('#relations-empty').hidden = !!rels.length;
}

// ---- filtering --------------------------------------------------------------------------

function toggleActor(actor) {
  const f = state.filter;
  setFilter(f && f.actor === actor ? null : { actor, label: actor, names: new Set([actor]) });
}

function toggleRelation(rel) {
  const key = rel.holder + ' → ' + rel.target;
  const f = state.filter;
  setFilter(f && f.label === key ? null : {
    label: key, names: new Set([rel.holder, rel.target]), sentences: new Set(rel.sentences),
  });
}

function setFilter(filter) {
  state.filter = filter;
  const f = filter;
  const root = $('#text');
  root.classList.toggle('filtered', !!f);
  let shown = 0;
  state.spans.forEach((span, i) => {
    if (!span) return;
    const hit = !!f && (f.sentences ? f.sentences.has(i) : state.sentActors[i].has(f.actor));
    span.classList.toggle('hit', hit);
    if (hit) shown += 1;
  });
  for (const p of state.paras) p.classList.toggle('hit', !!f && !!p.querySelector('.sent.hit'));
  for (const m of root.querySelectorAll('mark.m')) {
    m.classList.toggle('sel', !!f && f.names.has(m.dataset.actor));
  }
  for (const row of document.querySelectorAll('.actor-row')) {
    row.classList.toggle('selected', !!f && f.names.has(row.dataset.actor));
  }
  $('#filter-bar').hidden = !f;
  $('#text-hint').hidden = !!f;
  if (f) {
    const total = state.report.sentences.length;
    $('#filter-text').textContent = `${shown} of ${total} sentences · ${f.label}`;
    const top = $('.article-card').getBoundingClientRect().top;
    if (top < 0) $('.article-card').scrollIntoView({ block: 'start' });
  }
}

// ---- scoring ----------------------------------------------------------------------------

function render(r) {
  $('#results').hidden = false;
  renderArticle(r);
  renderActors(r);
  renderRelations(r);
  setFilter(null);
}

async function scoreArticle() {
  const text = $('#article').value;
  if (!text.trim()) {
    setStatus('Paste, drop or upload an article first.', 'error');
    return;
  }
  const button = $('#score-btn');
  button.disabled = true;
  setStatus('Scoring…', 'busy');
  const started = performance.now();
  try {
    const res = await fetch('/v1/score', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || `the server answered ${res.status}`);
    state.report = body;
    state.bytes = enc.encode(text);
    render(body);
    const ms = Math.round(performance.now() - started);
    const words = (text.match(/\S+/g) || []).length;
    setStatus(`${words.toLocaleString()} words · ${body.sentences.length} sentences · ` +
      `${body.actors.length} actors · ${body.relations.length} relations · ${ms} ms`, 'ok');
  } catch (e) {
    setStatus('Could not score the article: ' + e.message, 'error');
  } finally {
    button.disabled = false;
  }
}

async function loadFile(file) {
  if (!file) return;
  try {
    $('#article').value = await file.text();
    setStatus(`Loaded ${file.name}.`, '');
  } catch (e) {
    setStatus(`Cannot read ${file.name}: ${e.message}`, 'error');
  }
}

async function init() {
  $('#score-btn').addEventListener('click', scoreArticle);
  $('#clear-btn').addEventListener('click', () => {
    $('#article').value = '';
    $('#results').hidden = true;
    setStatus('', '');
  });
  $('#sample-btn').addEventListener('click', async () => {
    const res = await fetch('/sample.txt');
    $('#article').value = await res.text();
    setStatus('Loaded the sample article.', '');
  });
  $('#file-input').addEventListener('change', (e) => loadFile(e.target.files[0]));
  const area = $('#article');
  area.addEventListener('dragover', (e) => { e.preventDefault(); area.classList.add('drop'); });
  area.addEventListener('dragleave', () => area.classList.remove('drop'));
  area.addEventListener('drop', (e) => {
    e.preventDefault();
    area.classList.remove('drop');
    loadFile(e.dataTransfer.files[0]);
  });
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) scoreArticle();
  });
  $('#filter-clear').addEventListener('click', () => setFilter(null));
  $('#text').addEventListener('click', (e) => {
    const mark = e.target.closest('mark.m');
    if (mark) toggleActor(mark.dataset.actor);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.filter) setFilter(null);
  });
  try {
    const m = await (await fetch('/v1/model')).json();
    $('#model-info').textContent = `model ${m.name} · ${m.labels.join(' / ')}`;
  } catch (e) {
    $('#model-info').textContent = 'model unavailable';
  }
}

init();
