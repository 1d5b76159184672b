// Enhancement only: on a phone, scroll the one-line navigation so the current section is in view.
(function () {
  var a = document.querySelector('.nav-list a[aria-current="page"]');
  var list = a && a.closest('.nav-list');
  if (list && list.scrollWidth > list.clientWidth) list.scrollLeft = a.parentElement.offsetLeft - 16;
})();
