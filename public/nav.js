// Enhancement only: on a phone, scroll the one-line navigation so the current section is in view.
// Browsers with CSS `scroll-initial-target` (SiteHeader.astro) do it without this script. Elsewhere
// it waits for the page to be laid out: reading scrollWidth earlier forces a layout of the whole page
// in one long task, the phone's main thread blocked while the reader waits.
(function () {
  if (window.CSS && CSS.supports && CSS.supports('scroll-initial-target', 'nearest')) return;
  var a = document.querySelector('.nav-list a[aria-current="page"]');
  var list = a && a.closest('.nav-list');
  if (!list) return;
  var scroll = function () {
    requestAnimationFrame(function () {
      if (list.scrollWidth > list.clientWidth) list.scrollLeft = a.parentElement.offsetLeft - 16;
    });
  };
  if (document.readyState === 'complete') scroll();
  else addEventListener('load', scroll, { once: true });
})();
