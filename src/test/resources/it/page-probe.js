// Measures one loaded page for BrowserIT; run with executeScript after document.fonts.ready.
// Returns plain data (strings, numbers, lists, maps) that Selenium hands back to Java.
const de = document.documentElement;
const body = document.body;
const describe = (el) => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList.length) s += '.' + [...el.classList].join('.');
  const text = (el.textContent || '').trim().replace(/\s+/g, ' ');
  return s + (text ? ' «' + text.slice(0, 40) + '»' : '');
};
// Left-to-right is allowed only where the markup asks for it: dir="ltr", dir="auto", or <bdi>, which
// isolates text of unknown direction. Anything else computing to ltr means direction came from somewhere else.
const markedLtr = '[dir="ltr"], [dir="auto"], bdi, input, textarea, svg';
const all = [...body.querySelectorAll('*')];
const style = new Map(all.map((el) => [el, getComputedStyle(el)]));
const ltrWithoutMarkup = all
  .filter((el) => style.get(el).direction !== 'rtl' && !el.closest(markedLtr))
  .map(describe);
const textBlocks = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, figcaption, td, th, summary';
const leftAligned = [...body.querySelectorAll(textBlocks)]
  .filter((el) => style.get(el).textAlign === 'left' && !el.closest(markedLtr))
  .map(describe);
const rtlTextBlocks = [...body.querySelectorAll('main ' + textBlocks.split(', ').join(', main '))]
  .filter((el) => el.textContent.trim() !== '' && style.get(el).direction === 'rtl').length;
// Horizontal overflow: the document must not scroll sideways, and no visible box may stick out on either side
// (in a right-to-left page, what sticks out on the right cannot even be scrolled to).
const cw = de.clientWidth;
const sticksOut = all
  .filter((el) => {
    const s = style.get(el);
    if (s.visibility === 'hidden' || s.display === 'contents') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (r.right > cw + 1 || r.left < -1);
  })
  .filter((el) => ![...all].some((a) => a !== el && a.contains(el)
      && ['auto', 'scroll', 'hidden', 'clip'].includes(style.get(a).overflowX)))
  .map((el) => {
    const r = el.getBoundingClientRect();
    return describe(el) + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']';
  });
// List markers drawn outside their <li> ("10. ") are not elements, so the boxes above miss them: measure the
// marker text in the item's font and check that it fits beside the item, on the item's start side.
const canvas = document.createElement('canvas').getContext('2d');
for (const li of body.querySelectorAll('li')) {
  const s = style.get(li);
  if (s.display !== 'list-item' || s.listStyleType === 'none' || s.listStylePosition !== 'outside'
      || s.visibility === 'hidden') continue;
  const r = li.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  const list = li.parentElement;
  const items = [...list.children].filter((c) => c.tagName === 'LI');
  const start = list.tagName === 'OL' && list.hasAttribute('start') ? list.start : 1;
  const text = list.tagName === 'OL' ? (start + items.indexOf(li)) + '. ' : '• ';
  canvas.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
  const w = canvas.measureText(text).width;
  const rtl = s.direction === 'rtl';
  if ((rtl && r.right + w > cw + 1) || (!rtl && r.left - w < -1)) {
    sticksOut.push(describe(li) + '::marker "' + text.trim() + '" [' + Math.round(rtl ? r.right : r.left - w)
        + '..' + Math.round(rtl ? r.right + w : r.left) + ']');
  }
}
const family = (f) => f.family.replace(/^["']|["']$/g, '');
const faces = [...document.fonts];
const links = [...document.querySelectorAll('[href], [src], form[action]')].map((el) => {
  const raw = el.hasAttribute('href') ? el.getAttribute('href')
    : el.hasAttribute('src') ? el.getAttribute('src') : el.getAttribute('action');
  let resolved;
  try {
    resolved = new URL(raw, document.baseURI).href;
  } catch (e) {
    resolved = 'invalid:' + raw;
  }
  return [el.tagName.toLowerCase(), raw, resolved];
});
const ids = [...document.querySelectorAll('[id]')].map((el) => el.id)
  .concat([...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')));
return {
  innerWidth: window.innerWidth,
  clientWidth: cw,
  scrollWidth: de.scrollWidth,
  htmlDirection: getComputedStyle(de).direction,
  bodyDirection: getComputedStyle(body).direction,
  ltrWithoutMarkup: ltrWithoutMarkup.slice(0, 10),
  leftAligned: leftAligned.slice(0, 10),
  rtlTextBlocks: rtlTextBlocks,
  sticksOut: sticksOut.slice(0, 10),
  fontCheck: document.fonts.check('16px "Noto Naskh Arabic"', 'حفتر'),
  arabicFacesLoaded: faces.filter((f) => family(f) === 'Noto Naskh Arabic' && f.status === 'loaded').length,
  failedFaces: faces.filter((f) => f.status === 'error').map((f) => family(f) + ' ' + f.weight),
  links: links,
  ids: ids,
};
