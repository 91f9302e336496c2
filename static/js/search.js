/* malaf — offline search for search.html. Plain JavaScript, no request leaves the page.
 *
 * The index is a set of script files written at build time (search/meta.js, search/s/N.js, search/t/N.js)
 * that fill the global object malafSearch; fetch() of JSON fails from file://, a <script> tag does not.
 * Queries are folded exactly as the index was: meta.fold is generated from the Java folding, and
 * readings() mirrors org.malaf.annotate.Proclitics. A postings shard is loaded only when a query needs
 * it, and an article's sentences only when it is shown. */
(function () {
  'use strict';

  var data = self.malafSearch || (self.malafSearch = {});
  var meta = data.meta;
  var form = document.querySelector('form.search-form');
  var input = document.getElementById('search-q');
  var statusLine = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
  if (!meta || meta.v !== 2 || !form || !input || !list) {
    return;
  }
  var script = document.currentScript;
  var root = script && script.src ? script.src.replace(/static\/js\/search\.js(?:[?#].*)?$/, '') : '';

  /* Results shown first, then per click on "more": each result costs a script load, and on a phone five
     results are already several screens. */
  var FIRST_PAGE = 5;
  var PAGE = 10;
  var HITS_PER_RESULT = 3;
  var MAX_PREFIX_TERMS = 24;
  var MAX_PREFIX_SHARDS = 3;
  var WORD = /[\p{L}\p{Nd}\p{M}\u200C\u200D]+/gu;
  var DROPPED = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
  var LTR = /[A-Za-z0-9](?:[A-Za-z0-9.,:\/%+_&'\-]|[ ](?=[A-Za-z0-9]))*/g;
  var PREFIXES = ['ب', 'ل', 'ك', 'و', 'ف', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
  var LAM_LAM = ['لل', 'ولل', 'فلل'];
  var LAST = digits('0123456789abcdefghijklmnopqrstuv');
  var MORE = digits('wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$');

  function digits(alphabet) {
    var t = new Int8Array(128).fill(-1);
    for (var i = 0; i < alphabet.length; i++) { t[alphabet.charCodeAt(i)] = i; }
    return t;
  }

  /* Folding: the generated table for the Arabic blocks, else the Java rule (drop marks and format
     characters, lower-case the rest). */
  function fold(text) {
    var out = '';
    for (var ch of text) {
      var mapped = meta.fold[ch];
      if (mapped !== undefined) {
        out += mapped;
        continue;
      }
      var c = ch.charCodeAt(0);
      if (c < 0x80) {
        out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
      } else if (inTable(c)) {
        out += ch; // the table lists every character of these blocks that folding changes
      } else {
        out += DROPPED.test(ch) ? '' : lower(ch);
      }
    }
    return out;
  }

  /* The blocks SearchFolding.browserTable() covers. */
  function inTable(c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x0870 && c <= 0x08FF)
      || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
  }

  /* Java lower-cases one code point to one code point; JavaScript turns İ into i + combining dot. */
  function lower(ch) {
    var l = ch.toLowerCase();
    return l.length === ch.length ? l : l.replace(/\p{M}/gu, '');
  }

  /* Words of a text: [start, end, folded], like ArabicFolding.tokens. */
  function words(text) {
    var out = [];
    WORD.lastIndex = 0;
    for (var m; (m = WORD.exec(text)) !== null;) {
      var f = fold(m[0]);
      if (f) { out.push([m.index, m.index + m[0].length, f]); }
    }
    return out;
  }

  /* The word and its readings without proclitics (Proclitics.readings). */
  function readings(f) {
    var out = [f];
    if ('وفبلك'.indexOf(f.charAt(0)) < 0) { return out; }
    PREFIXES.forEach(function (p) {
      if (f.length - p.length >= 2 && f.startsWith(p)) { out.push(f.slice(p.length)); }
    });
    LAM_LAM.forEach(function (p) {
      if (f.length - p.length >= 2 && f.startsWith(p)) {
        var rest = f.slice(p.length);
        out.push('ال' + rest, 'الل' + rest);
      }
    });
    return out;
  }

  var loading = {};
  function load(key, path) {
    if (data[key] !== undefined) { return Promise.resolve(data[key]); }
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = root + path;
        s.onload = function () { resolve(data[key]); };
        s.onerror = function () { resolve(undefined); };
        document.head.appendChild(s);
      });
    }
    return loading[key];
  }

  /* SearchFolding.shardKey: leading و ف ب ل ك and ال taken off blindly while two letters remain. The index
     is ordered by it, so a word's clitic forms share a shard. */
  function shardKey(term) {
    var k = term;
    for (;;) {
      if (k.length >= 4 && k.startsWith('ال')) { k = k.slice(2); }
      else if (k.length >= 3 && 'وفبلك'.indexOf(k.charAt(0)) >= 0) { k = k.slice(1); }
      else { return k; }
    }
  }

  /* Index of the shard whose range holds a sort key: the last shard whose first key is <= it. */
  function shardAt(key) {
    var lo = 0, hi = meta.shards.length - 1, at = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (meta.shards[mid] <= key) { at = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return at;
  }

  function shardOf(term) { return shardAt(shardKey(term) + '\u0001' + term); }

  function shard(i) { return load('s' + i, 'search/s/' + i + '.js'); }
  function text(doc) { return load('t' + doc, 'search/t/' + doc + '.js'); }

  /* Adds to scores[doc] (a Float64Array over all articles) the best weight of one posting list, keeping the
     larger where a document already has a score from another variant of the same token. */
  function score(encoded, weight, scores) {
    var df = 0, i;
    for (i = 0; i < encoded.length; i++) { if (LAST[encoded.charCodeAt(i)] >= 0) { df++; } }
    var idf = Math.log(1 + meta.docs / (df / 2));
    var v = 0, doc = 0, wantCount = false;
    for (i = 0; i < encoded.length; i++) {
      var c = encoded.charCodeAt(i), d = LAST[c];
      if (d < 0) { v = v * 32 + MORE[c]; continue; }
      v = v * 32 + d;
      if (wantCount) {
        var s = weight * (1 + Math.log(v + 1)) * idf;
        if (s > scores[doc]) { scores[doc] = s; }
      } else {
        doc += v;
      }
      wantCount = !wantCount;
      v = 0;
    }
  }

  /* A query token's variants: itself, its readings without proclitics, with the article ال (a reader types
     امارات for الإمارات), and for the word being typed, the index's words that start with it. */
  function variants(token, typing) {
    var list = [[token, 1]];
    readings(token).slice(1).forEach(function (r) { list.push([r, 0.8]); });
    if (!token.startsWith('ال')) { list.push(['ال' + token, 0.8]); }
    var needed = {};
    list.forEach(function (v) { var s = shardOf(v[0]); if (s >= 0) { needed[s] = true; } });
    var key = shardKey(token);
    var last = shardAt(key + '\uffff'), first = Math.max(0, shardAt(key));
    var prefix = typing && token.length >= 2 && last >= 0 && last - first < MAX_PREFIX_SHARDS;
    if (prefix) { for (var s = first; s <= last; s++) { needed[s] = true; } }
    return Promise.all(Object.keys(needed).map(function (s) { return shard(+s); })).then(function () {
      var found = [];
      var seen = {};
      list.forEach(function (v) {
        var sh = data['s' + shardOf(v[0])];
        if (sh && sh[v[0]] !== undefined && !seen[v[0]]) { seen[v[0]] = true; found.push([v[0], v[1], sh[v[0]]]); }
      });
      if (prefix) {
        var more = [];
        for (var s = first; s <= last; s++) {
          var sh = data['s' + s] || {};
          for (var term in sh) {
            if (!seen[term] && shardKey(term).startsWith(key)) { more.push([term, 0.5, sh[term]]); }
          }
        }
        more.sort(function (a, b) { return b[2].length - a[2].length || (a[0] < b[0] ? -1 : 1); });
        more.slice(0, MAX_PREFIX_TERMS).forEach(function (v) { seen[v[0]] = true; found.push(v); });
      }
      return { token: token, terms: found };
    });
  }

  /* Articles that match every query token, with their scores: per token the best variant's
     weight × (1 + ln tf) × idf, summed over tokens. Typed arrays, not maps: a common name is in most of
     10,000 articles. */
  function rank(perToken) {
    var total = null;
    perToken.forEach(function (t) {
      var best = new Float64Array(meta.docs);
      t.terms.forEach(function (v) { score(v[2], v[1], best); });
      if (total === null) {
        total = best;
      } else {
        for (var d = 0; d < total.length; d++) { total[d] = best[d] > 0 && total[d] > 0 ? total[d] + best[d] : 0; }
      }
    });
    var docs = [];
    if (total) { for (var d = 0; d < total.length; d++) { if (total[d] > 0) { docs.push(d); } } }
    return { docs: docs, scores: total, taken: new Uint8Array(meta.docs) };
  }

  /* The next n best articles not shown yet (best score, then site order), in one pass: a selection into a
     short sorted list, not a sort of the thousands that match a common name. */
  function nextBest(ranked, n) {
    var page = [];
    for (var i = 0; i < ranked.docs.length; i++) {
      var d = ranked.docs[i];
      if (ranked.taken[d]) { continue; }
      var s = ranked.scores[d];
      if (page.length === n && s <= ranked.scores[page[n - 1]]) { continue; }
      var at = page.length === n ? n - 1 : page.length;
      while (at > 0 && ranked.scores[page[at - 1]] < s) { page[at] = page[at - 1]; at--; }
      page[at] = d;
    }
    page.forEach(function (d) { ranked.taken[d] = 1; });
    return page;
  }

  /* Sentences of an article that match, best first: [anchor, sentence, spans to highlight, tokens matched,
     quality, position]. A word written as the query was counts more than one found through a reading
     (حفتر for لحفتر), so a query's own spelling leads. */
  function hits(doc, state) {
    var accept = state.accept;
    var memo = state.memo; // word as written → [query token it matches or -1, quality]
    var found = [];
    var perfect = 0; // sentences with every token as typed: once there are enough, the rest need not be read
    for (var b = 0; b < doc.b.length && perfect < HITS_PER_RESULT; b++) {
      var block = doc.b[b];
      for (var k = 1; k < block.length && perfect < HITS_PER_RESULT; k++) {
        var sentence = block[k], spans = [], best = new Map();
        WORD.lastIndex = 0;
        for (var m; (m = WORD.exec(sentence)) !== null;) {
          var match = memo.get(m[0]);
          if (match === undefined) {
            match = matchOf(fold(m[0]), accept);
            memo.set(m[0], match);
          }
          if (match[0] >= 0) {
            best.set(match[0], Math.max(best.get(match[0]) || 0, match[1]));
            spans.push([m.index, m.index + m[0].length]);
          }
        }
        if (spans.length) {
          var quality = 0;
          best.forEach(function (v) { quality += v; });
          found.push([block[0], sentence, spans, best.size, quality, found.length]);
          if (best.size === accept.length && quality >= accept.length) { perfect++; }
        }
      }
    }
    found.sort(function (a, b) { return b[3] - a[3] || b[4] - a[4] || b[2].length - a[2].length || a[5] - b[5]; });
    return found.slice(0, HITS_PER_RESULT);
  }

  /* Which query token a folded word matches, and how well: the weight of the term it is (1 for the query's
     own spelling) or, a little less, of a term it contains after its proclitics. */
  function matchOf(folded, accept) {
    var result = [-1, 0];
    if (!folded) { return result; }
    var rs = readings(folded);
    for (var q = 0; q < accept.length; q++) {
      for (var i = 0; i < rs.length; i++) {
        var w = accept[q].get(rs[i]);
        if (w !== undefined) {
          var quality = i === 0 ? w : w * 0.9;
          if (quality > result[1]) { result = [q, quality]; }
        }
      }
    }
    return result;
  }

  /* Text with Latin and number runs in <bdi>, as the pages written in Java have them. */
  function appendText(parent, s) {
    LTR.lastIndex = 0;
    var at = 0;
    for (var m; (m = LTR.exec(s)) !== null;) {
      var end = m.index + m[0].length;
      while (end > m.index + 1 && ".,:-'".indexOf(s.charAt(end - 1)) >= 0) { end--; }
      parent.appendChild(document.createTextNode(s.slice(at, m.index)));
      var bdi = document.createElement('bdi');
      bdi.textContent = s.slice(m.index, end);
      parent.appendChild(bdi);
      at = end;
      LTR.lastIndex = end;
    }
    parent.appendChild(document.createTextNode(s.slice(at)));
  }

  function el(tag, className) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    return e;
  }

  function renderResult(doc, docHits) {
    var li = el('li', 'search-result');
    var h = el('h2', 'search-result__title');
    var a = el('a');
    a.href = root + doc.h;
    appendText(a, doc.t);
    h.appendChild(a);
    if (doc.d) {
      var date = el('span', 'meta');
      appendText(date, ' ' + doc.d);
      h.appendChild(date);
    }
    li.appendChild(h);
    var ol = el('ol', 'search-result__hits');
    docHits.forEach(function (hit) {
      var item = el('li');
      var link = el('a', 'mention-context');
      link.href = root + doc.h + '#p-' + hit[0];
      var num = el('span', 'para-num');
      appendText(num, 'فقرة ' + hit[0]);
      link.appendChild(num);
      var context = el('span', 'context');
      var at = 0;
      hit[2].forEach(function (span) {
        appendText(context, hit[1].slice(at, span[0]));
        var mark = el('mark');
        appendText(mark, hit[1].slice(span[0], span[1]));
        context.appendChild(mark);
        at = span[1];
      });
      appendText(context, hit[1].slice(at));
      link.appendChild(context);
      item.appendChild(link);
      ol.appendChild(item);
    });
    if (docHits.length) { li.appendChild(ol); }
    return li;
  }

  var current = 0;
  var state = null;

  /* Shows the next page of results. All its texts load at once; each result is shown as soon as it and the
     ones ranked above it have arrived, so the first answers appear before the last text is in. */
  function showPage() {
    var run = current;
    var page = nextBest(state.ranked, state.shown ? PAGE : FIRST_PAGE);
    state.shown += page.length;
    var loads = page.map(function (doc) { return text(doc); });
    var chain = Promise.resolve();
    loads.forEach(function (load) {
      chain = chain.then(function () { return load; }).then(function (doc) {
        if (run !== current || !doc) { return; }
        list.appendChild(renderResult(doc, hits(doc, state))); // a title-only match shows no sentence
        if (!state.firstAt) { state.firstAt = performance.now(); }
      });
    });
    return chain.then(function () {
      if (run !== current) { return; }
      if (moreButton) { moreButton.hidden = state.shown >= state.ranked.docs.length; }
    });
  }

  function search(query, typing) {
    var run = ++current;
    var started = performance.now();
    var tokens = Array.from(new Set(words(query).map(function (w) { return w[2]; })));
    list.textContent = '';
    if (moreButton) { moreButton.hidden = true; }
    if (!tokens.length) {
      statusLine.textContent = '';
      return Promise.resolve();
    }
    statusLine.textContent = 'جارٍ البحث…';
    var loaded, ranked;
    return Promise.all(tokens.map(function (t, i) { return variants(t, typing && i === tokens.length - 1); }))
      .then(function (perToken) {
        if (run !== current) { return; }
        loaded = performance.now();
        var accept = perToken.map(function (t) {
          var weights = new Map(t.terms.map(function (v) { return [v[0], v[1]]; }));
          weights.set(t.token, 1);
          return weights;
        });
        state = { perToken: perToken, accept: accept, memo: new Map(), ranked: rank(perToken), shown: 0 };
        ranked = performance.now();
        statusLine.textContent = '';
        appendText(statusLine, state.ranked.docs.length
          ? 'المقالات التي تطابق «' + query.trim() + '»: ' + state.ranked.docs.length
          : 'لا نتائج لـ«' + query.trim() + '».');
        return showPage().then(function () {
          if (run !== current) { return; }
          var done = performance.now();
          // How long the search took, and its phases (index shards, ranking, article texts and display): read by tests.
          list.setAttribute('data-search-phases', 'shards ' + (loaded - started).toFixed(1) + ', rank '
            + (ranked - loaded).toFixed(1) + ', texts and display ' + (done - ranked).toFixed(1));
          list.setAttribute('data-search-first-ms', ((state.firstAt || done) - started).toFixed(1));
          list.setAttribute('data-search-ms', (done - started).toFixed(1));
        });
      });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value;
    timer = setTimeout(function () { search(q, !/\s$/.test(q)); }, 180);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    var query = input.value;
    search(query, false).then(function () {
      // after the results: on a phone, changing the address costs as much as ranking
      try {
        history.replaceState(null, '', '?q=' + encodeURIComponent(query));
      } catch (e) {
        /* some browsers refuse to change the address of a file:// page; the results are shown anyway */
      }
    });
  });
  if (moreButton) {
    moreButton.addEventListener('click', function () { if (state) { showPage(); } });
  }
  // For tests and for anyone scripting the page: the folding and readings the index was built with.
  data.fold = fold;
  data.readings = readings;

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial, false);
  } else {
    // While the reader types, load one shard and fold a word: the browser's script loading and the folding
    // code are then warm for the first query (on a phone that is most of a first search's cost).
    (self.requestIdleCallback || setTimeout)(function () {
      shard(0);
      words('قال لافروف إن الإمارات');
    });
  }
}());
