// Optional part of a chart's embed code (/nhung/<chart>/): fits each iframe of this site's charts to the
// height its page posts (/nhung/chieu-cao.js), as Datawrapper's embed script does. Without it the iframe
// keeps the snippet's height, which already shows the whole chart at any width.
(function () {
  var script = document.currentScript;
  if (!script || window.mtqg1719Nhung) return; // one listener, however many charts the story holds
  window.mtqg1719Nhung = true;
  // This file's folder (…/nhung/, after the site's base path if any): the embed pages are in it.
  var folder = new URL('./', script.src).href;
  var origin = new URL(script.src).origin;
  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (f) {
      return f.src.indexOf(folder) === 0;
    });
  }
  window.addEventListener('message', function (event) {
    var data = event.data && event.data['mtqg1719-chieu-cao'];
    // Only this site's embed pages, and only the iframe the message came from.
    if (event.origin !== origin || !data || typeof data.height !== 'number' || !(data.height > 0)) return;
    frames().forEach(function (f) {
      if (f.contentWindow === event.source) f.style.height = Math.ceil(data.height) + 'px';
    });
  });
  // Pages that loaded before this script listened are asked again.
  frames().forEach(function (f) {
    if (f.contentWindow) f.contentWindow.postMessage('mtqg1719-chieu-cao?', origin);
  });
})();
