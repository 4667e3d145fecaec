// Live blameless-language findings for the postmortem editor.
// The page works without this file: saving the form lints every section on the server and
// shows the same findings with "Apply suggestion" buttons that post a form. This script only
// makes it live: it lints while you type and applies a suggestion in place.
(function () {
  'use strict';

  var form = document.querySelector('form[data-lint-url]');
  if (!form || !window.fetch) {
    return;
  }
  var lintUrl = form.getAttribute('data-lint-url');
  var rewrites = [];
  try {
    rewrites = JSON.parse(form.getAttribute('data-rewrites') || '[]');
  } catch (e) {
    rewrites = [];
  }
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = tokenMeta ? tokenMeta.getAttribute('content') : '';

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  // Accepts {findings:[...]} or the CLI shape {files:[{findings:[...]}]}.
  function findingsOf(body) {
    if (body && Array.isArray(body.findings)) {
      return body.findings;
    }
    if (body && Array.isArray(body.files) && body.files.length > 0) {
      return body.files[0].findings || [];
    }
    return [];
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  // The drop-in rewrite for a finding, or null: the same table the server uses (rewrites.tsv).
  function rewriteOf(f, quoted) {
    var q = quoted.trim().toLowerCase();
    for (var i = 0; i < rewrites.length; i++) {
      var r = rewrites[i];
      if (r.rule === f.rule && (r.phrase === null || r.phrase === q)) {
        return r.replacement;
      }
    }
    return null;
  }

  function opensSentence(before) {
    var t = before.replace(/\s+$/, '');
    return t === '' || /[.!?]$/.test(t) || /\n$/.test(before);
  }

  function capitalise(s) {
    return s === '' ? s : s.charAt(0).toUpperCase() + s.slice(1);
  }

  // Same rules as Rewrites.apply on the server: a removal takes one neighbouring space, and the
  // word that opens a sentence gets a capital.
  function applyRewrite(text, start, end, replacement) {
    var s = start;
    var e = end;
    if (replacement === '') {
      if (e < text.length && text.charAt(e) === ' ') {
        e++;
      } else if (s > 0 && text.charAt(s - 1) === ' ') {
        s--;
      }
    }
    var before = text.slice(0, s);
    var after = text.slice(e);
    if (opensSentence(before)) {
      if (replacement !== '') {
        replacement = capitalise(replacement);
      } else {
        after = capitalise(after);
      }
    }
    return { text: before + replacement + after, caret: before.length + replacement.length };
  }

  // Draws the text with each finding's span marked. Only textContent is used: never innerHTML.
  function drawPreview(preview, text, findings) {
    preview.textContent = '';
    var sorted = findings.slice().sort(function (a, b) { return a.start - b.start; });
    var at = 0;
    sorted.forEach(function (f) {
      if (f.start < at || f.end > text.length || f.end <= f.start) {
        return; // overlapping or stale span: the list below still shows it
      }
      preview.appendChild(document.createTextNode(text.slice(at, f.start)));
      var mark = el('mark', 'finding ' + (f.severity || 'warning'), text.slice(f.start, f.end));
      mark.title = f.message || '';
      preview.appendChild(mark);
      at = f.end;
    });
    preview.appendChild(document.createTextNode(text.slice(at)));
    preview.hidden = sorted.length === 0;
  }

  function drawList(list, textarea, text, findings, relint) {
    list.textContent = '';
    findings.forEach(function (f) {
      var item = el('li', f.severity === 'error' ? 'error' : 'warning');
      item.setAttribute('data-rule', f.rule || '');
      // The linter's message opens with the flagged words in quotes, then explains.
      item.appendChild(document.createTextNode(f.message || ''));
      if (f.explanation) {
        item.appendChild(el('span', 'explanation', ' ' + f.explanation));
      }
      if (f.suggestion) {
        item.appendChild(el('span', 'suggestion', 'Suggestion: ' + f.suggestion));
      }
      var quoted = text.slice(f.start, f.end);
      var rewrite = rewriteOf(f, quoted);
      if (rewrite !== null) {
        var label = rewrite === '' ? 'Remove \u201c' + quoted + '\u201d' : 'Replace with \u201c' + rewrite + '\u201d';
        var button = el('button', 'small secondary apply-suggestion', label);
        button.type = 'button';
        button.addEventListener('click', function () {
          var current = textarea.value;
          // Apply only if the span still holds the text it was found in.
          if (current.slice(f.start, f.end) === quoted) {
            var done = applyRewrite(current, f.start, f.end, rewrite);
            textarea.value = done.text;
            textarea.focus();
            textarea.setSelectionRange(done.caret, done.caret);
          }
          relint();
        });
        item.appendChild(button);
      }
      list.appendChild(item);
    });
    list.hidden = findings.length === 0;
  }

  function wire(box) {
    var textarea = box.querySelector('textarea');
    var preview = box.querySelector('.lint-preview');
    var list = box.querySelector('.lint-findings');
    var status = box.querySelector('.lint-status');
    if (!textarea || !preview || !list) {
      return;
    }
    var seq = 0;
    function lint() {
      var text = textarea.value;
      var mine = ++seq;
      if (text.trim() === '') {
        drawPreview(preview, text, []);
        drawList(list, textarea, text, [], lint);
        if (status) { status.textContent = ''; }
        return;
      }
      fetch(lintUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'Accept': 'application/json' },
        body: JSON.stringify({ text: text })
      }).then(function (r) {
        if (!r.ok) { throw new Error('lint answered ' + r.status); }
        return r.json();
      }).then(function (body) {
        if (mine !== seq) { return; } // a newer request is on its way
        var findings = findingsOf(body);
        drawPreview(preview, text, findings);
        drawList(list, textarea, text, findings, lint);
        if (status) {
          status.textContent = findings.length === 0 ? 'No findings: the wording reads as blameless.'
            : findings.length + (findings.length === 1 ? ' finding' : ' findings') + ' in this section.';
        }
      }).catch(function () {
        if (status && mine === seq) { status.textContent = 'Live checking is unavailable; saving still checks the text.'; }
      });
    }
    textarea.addEventListener('input', debounce(lint, 350));
    if (textarea.value.trim() !== '') { lint(); }
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-lint]'), wire);
})();
