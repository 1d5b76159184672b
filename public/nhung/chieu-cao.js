// The embed page tells the page that frames it how tall it is, so /nhung/nhung.js on a news site can
// fit the iframe to it (as Datawrapper's embeds do). Only a height is sent, so any parent may read it.
(function () {
  if (window.parent === window) return;
  var id = location.pathname.replace(/\/$/, '').split('/').pop();
  var body = document.body;
  function post() {
    // The body's own height, not the document's: that is at least the iframe's and would never shrink.
    var height = Math.ceil(body.getBoundingClientRect().height);
    window.parent.postMessage({ 'mtqg1719-chieu-cao': { id: id, height: height } }, '*');
  }
  // A new width wraps the text again and scales the drawing: every change of size is sent.
  if (window.ResizeObserver) new ResizeObserver(post).observe(body);
  window.addEventListener('load', post);
  // nhung.js asks once it runs, in case the page had already loaded before it listened.
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data === 'mtqg1719-chieu-cao?') post();
  });
  post();
})();
