/* malaf — popover previews of actor and article links. Plain JavaScript, no request leaves the page.
 *
 * Hovering a link (mouse), focusing it (keyboard) or pressing on it for half a second (touch) shows the
 * linked page's summary: name, kind and mention count, or date and first sentence. Escape, moving away or
 * tapping elsewhere closes it. The summaries are script files written at build time (previews/meta.js and
 * previews/bN.js, a bucket chosen by a hash of the page's path), loaded the first time they are needed.
 * Without this script every link simply works as a link. */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src || !document.addEventListener) {
    return;
  }
  var root = script.src.replace(/static\/js\/popover\.js(?:[?#].*)?$/, '');
  var data = self.malafPreviews || (self.malafPreviews = {});
  var PREVIEWED = /^(?:actors\/(?!index\.html$)[a-z0-9-]+\.html|articles\/[^\/]+\.html)$/;
  var SHOW_DELAY = 350;
  var HIDE_DELAY = 150;
  var PRESS_DELAY = 500;
  var GAP = 6;
  var LTR = /[A-Za-z0-9](?:[A-Za-z0-9.,:\/%+_&'\-]|[ ](?=[A-Za-z0-9]))*/g;

  var box = null;
  var shownFor = null;
  var showTimer = 0;
  var hideTimer = 0;
  var pressTimer = 0;
  var swallowClick = null;

  function here(url) { return url.split('#')[0].split('?')[0]; }

  /* The site path of the page a link leads to, when it has a preview; works for SVG links too. */
  function previewPath(a) {
    var href = a.getAttribute('href');
    if (!href || href.charAt(0) === '#') { return null; }
    var url;
    try { url = here(new URL(href, document.baseURI).href); } catch (e) { return null; }
    if (url.indexOf(root) !== 0 || url === here(location.href)) { return null; }
    var path;
    try { path = decodeURIComponent(url.slice(root.length)); } catch (e) { return null; }
    return PREVIEWED.test(path) ? path : null;
  }

  function linkOf(target) {
    var a = target && target.closest ? target.closest('a[href]') : null;
    return a && previewPath(a) ? a : null;
  }

  var loading = {};
  function load(key, file) {
    if (data[key] !== undefined) { return Promise.resolve(data[key]); }
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = root + file;
        s.onload = function () { resolve(data[key]); };
        s.onerror = function () { resolve(undefined); };
        document.head.appendChild(s);
      });
    }
    return loading[key];
  }

  /* 32-bit FNV-1a over UTF-16 units, as org.malaf.explore.preview.Previews.bucket. */
  function bucket(path, count) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < path.length; i++) { h = Math.imul(h ^ path.charCodeAt(i), 0x01000193); }
    return (h >>> 0) % count;
  }

  function preview(path) {
    return load('meta', 'previews/meta.js').then(function (meta) {
      if (!meta || meta.v !== 1) { return undefined; }
      var b = bucket(path, meta.buckets);
      return load('b' + b, 'previews/b' + b + '.js').then(function (entries) { return entries && entries[path]; });
    });
  }

  /* A paragraph of text whose Latin and number runs are in <bdi>, as on the pages written in Java. */
  function line(className, text) {
    var p = document.createElement('p');
    p.className = className;
    var at = 0;
    LTR.lastIndex = 0;
    for (var m; (m = LTR.exec(text)) !== null;) {
      var end = m.index + m[0].length;
      while (end > m.index + 1 && ".,:-'".indexOf(text.charAt(end - 1)) >= 0) { end--; }
      p.appendChild(document.createTextNode(text.slice(at, m.index)));
      var bdi = document.createElement('bdi');
      bdi.textContent = text.slice(m.index, end);
      p.appendChild(bdi);
      at = end;
      LTR.lastIndex = end;
    }
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function ensureBox() {
    if (!box) {
      box = document.createElement('div');
      box.id = 'malaf-popover';
      box.className = 'popover';
      box.setAttribute('role', 'tooltip');
      box.hidden = true;
      document.body.appendChild(box);
    }
    return box;
  }

  /* Below the link, its right edge on the link's right edge (the page is right-to-left), kept inside the
     viewport; above the link when there is no room below. Coordinates come from getBoundingClientRect,
     which is physical, so they are set as left/top. */
  function place(a) {
    var r = a.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var w = box.offsetWidth;
    var h = box.offsetHeight;
    var x = Math.max(GAP, Math.min(r.right - w, width - w - GAP));
    var y = r.bottom + GAP;
    if (y + h > window.innerHeight && r.top - GAP - h > 0) { y = r.top - GAP - h; }
    box.style.left = (x + window.scrollX) + 'px';
    box.style.top = (y + window.scrollY) + 'px';
  }

  function show(a) {
    var path = previewPath(a);
    shownFor = a;
    preview(path).then(function (p) {
      if (!p || shownFor !== a) { return; }
      var b = ensureBox();
      b.textContent = '';
      b.className = 'popover popover--' + p.kind;
      b.appendChild(line('popover__meta', p.meta));
      b.appendChild(line('popover__title', p.title));
      if (p.text) { b.appendChild(line('popover__text', p.text)); }
      b.hidden = false;
      place(a);
      a.setAttribute('aria-describedby', 'malaf-popover');
    });
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (shownFor && shownFor.getAttribute('aria-describedby') === 'malaf-popover') {
      shownFor.removeAttribute('aria-describedby');
    }
    shownFor = null;
    if (box) { box.hidden = true; }
  }

  document.addEventListener('mouseover', function (e) {
    var a = linkOf(e.target);
    if (!a) { return; }
    clearTimeout(hideTimer);
    if (a === shownFor) { return; }
    clearTimeout(showTimer);
    showTimer = setTimeout(function () { show(a); }, SHOW_DELAY);
  });
  document.addEventListener('mouseout', function (e) {
    var a = linkOf(e.target);
    if (!a || (e.relatedTarget && a.contains(e.relatedTarget))) { return; }
    clearTimeout(showTimer);
    if (a === shownFor) { hideTimer = setTimeout(hide, HIDE_DELAY); }
  });
  document.addEventListener('focusin', function (e) {
    var a = linkOf(e.target);
    if (a) { clearTimeout(showTimer); show(a); } else if (shownFor) { hide(); }
  });
  document.addEventListener('focusout', function (e) {
    if (shownFor && e.target === shownFor) { hide(); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && shownFor) { hide(); }
  });
  document.addEventListener('pointerdown', function (e) {
    var a = linkOf(e.target);
    if (shownFor && a !== shownFor) { hide(); }
    if (!a || e.pointerType !== 'touch') { return; }
    clearTimeout(pressTimer);
    pressTimer = setTimeout(function () { swallowClick = a; show(a); }, PRESS_DELAY);
  });
  ['pointerup', 'pointercancel'].forEach(function (type) {
    document.addEventListener(type, function () { clearTimeout(pressTimer); });
  });
  /* A long press shows the preview instead of following the link. */
  document.addEventListener('click', function (e) {
    if (swallowClick && linkOf(e.target) === swallowClick) { e.preventDefault(); }
    swallowClick = null;
  }, true);
  window.addEventListener('resize', hide);
  data.bucket = bucket; // for tests: must agree with the Java side

}());
