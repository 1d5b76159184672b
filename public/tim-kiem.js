// The search page's enhancement (Pagefind), a plain file: the Content-Security-Policy allows scripts from the site only.
// Pagefind is loaded only here, and only when there is something to search.
  (function () {
    var form = document.querySelector('.search-form');
    var base = form.getAttribute('data-base') || '';
    var input = document.getElementById('q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var pagefind = null;
    function load() {
      if (!pagefind) {
        pagefind = import(base + '/pagefind/pagefind.js').then(function (pf) {
          return pf.options({ ranking: { metaWeights: { aka: 10, fold: 8, title: 5 } } }).then(function () { return pf; });
        });
      }
      return pagefind;
    }
    // Pagefind's excerpt is the page's text as read (entities decoded once, nothing escaped) with the matches
    // wrapped in <mark>: inserted as text, with only those marks as elements, so a name "&lt;script&gt;" shows
    // as it does on its page and no text from the data is ever markup here.
    function excerpt(text) {
      var nodes = [];
      var re = /<mark>([\s\S]*?)<\/mark>/g;
      var at = 0;
      var m;
      while ((m = re.exec(text))) {
        if (m.index > at) nodes.push(document.createTextNode(text.slice(at, m.index)));
        var mark = document.createElement('mark');
        mark.textContent = m[1];
        nodes.push(mark);
        at = re.lastIndex;
      }
      if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
      return nodes;
    }
    function item(d) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = d.url;
      a.textContent = (d.meta && d.meta.title) || d.url;
      var p = document.createElement('p');
      // A glossary entry (src/lib/search-terms.ts) shows its definition, not the names its record is found by.
      if (d.meta && d.meta.definition) p.textContent = d.meta.definition;
      else p.append.apply(p, excerpt(d.excerpt || ''));
      li.append(a, p);
      return li;
    }
    // "vốn sự nghiệp là gì?" asks for the definition: the words are searched without the question, and the
    // glossary entry (a result of its own, src/lib/search-terms.ts) comes first.
    function words(q) {
      return q.replace(/[?？]+\s*$/, '').replace(/^\s*(thế nào là|the nao la)\s+/i, '').replace(/\s+(nghĩa\s+|nghia\s+)?(là gì|la gi)\s*$/i, '');
    }
    function fold(s) {
      return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    }
    // A query naming an area ("tong muc dau tu Son Dong") wants that area's page, which Pagefind ranks below the
    // long reports using every word: the areas of this page's list (.browse) that the query names go first.
    function areasFirst(data, q) {
      var words = ' ' + fold(q).replace(/[^\p{L}\p{N}]+/gu, ' ') + ' ';
      var named = Array.prototype.filter.call(document.querySelectorAll('.browse .areas a'), function (a) {
        return words.indexOf(' ' + fold(a.textContent).replace(/^(tinh|huyen|xa) /, '') + ' ') >= 0;
      }).map(function (a) { return a.pathname; });
      var later = function (d) { return named.indexOf(new URL(d.url, location.href).pathname) < 0 ? 1 : 0; };
      return data.sort(function (a, b) { return later(a) - later(b); });
    }
    async function run(q) {
      list.replaceChildren();
      if (!q.trim()) { status.textContent = ''; return; }
      status.textContent = 'Đang tìm…';
      try {
        var pf = await load();
        // đ is its own letter to Pagefind: searched as d, it meets each page's folded đ-words (fold meta).
        var found = await pf.search(words(q).replace(/[đĐ]/g, 'd'));
        var data = areasFirst(await Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); })), q);
        status.textContent = data.length ? 'Có ' + found.results.length + ' kết quả cho “' + q + '”.' : 'Không tìm thấy trang nào cho “' + q + '”. Thử từ khác, hoặc tìm theo danh mục bên dưới.';
        list.replaceChildren.apply(list, data.map(item));
      } catch (e) {
        status.textContent = 'Không tải được bộ tìm kiếm. Hãy tìm theo danh mục bên dưới.';
      }
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var q = input.value;
      history.replaceState(null, '', '?q=' + encodeURIComponent(q));
      run(q);
    });
    var q0 = new URLSearchParams(location.search).get('q');
    if (q0) { input.value = q0; run(q0); }
  })();
