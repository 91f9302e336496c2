// malaf serve: reloads the tab when the site is rebuilt and shows build errors over the page.
// The development server adds this script to the HTML it serves; it is never written into the site.
(function () {
  'use strict';
  if (!window.EventSource || window.__malafLiveReload) {
    return;
  }
  window.__malafLiveReload = true;
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  // Built with textContent only: messages quote the user's files and must never become markup.
  function el(tag, text, css) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    if (css) {
      node.style.cssText = css;
    }
    return node;
  }

  function show(problems) {
    hide();
    overlay = el('div', null, 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
      'background:rgba(25,5,5,.94);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;' +
      'direction:ltr;text-align:left');
    overlay.id = 'malaf-error-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('dir', 'ltr');
    overlay.setAttribute('lang', 'en');
    var close = el('button', '×', 'float:right;font-size:1.5rem;background:none;color:#fff;border:0;cursor:pointer');
    close.setAttribute('aria-label', 'close');
    close.addEventListener('click', hide);
    overlay.appendChild(close);
    overlay.appendChild(el('h2', 'malaf: the build failed', 'margin:0 0 .25rem;color:#ff8a80;font-size:1.2rem'));
    overlay.appendChild(el('p', 'The server keeps serving the last good build. Fix the file and save: ' +
      'this message goes away and the page reloads.', 'margin:0 0 1.5rem;color:#ddd'));
    problems.forEach(function (p) {
      var item = el('div', null, 'margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid ' +
        (p.severity === 'error' ? '#ff5252' : '#ffd740') + ';background:rgba(255,255,255,.06)');
      item.appendChild(el('div', p.where + ': ' + p.severity, 'font-weight:bold;color:#ffab91'));
      item.appendChild(el('div', p.what, 'white-space:pre-wrap;unicode-bidi:plaintext'));
      if (p.fix) {
        item.appendChild(el('div', '→ ' + p.fix, 'color:#b9f6ca;unicode-bidi:plaintext'));
      }
      overlay.appendChild(item);
    });
    (document.body || document.documentElement).appendChild(overlay);
  }

  var source = new EventSource('/__malaf/events');
  source.addEventListener('reload', function () {
    window.location.reload();
  });
  source.addEventListener('problems', function (event) {
    show(JSON.parse(event.data).problems);
  });
  source.addEventListener('ok', hide);
})();
