// The residents' form (issue 13): suggestions of what the words may be about, and the proof of work
// the server asks for when submissions come fast (SubmissionLimiter, ProofOfWork). Without JavaScript
// the form still submits; only a challenged submission then needs it.
(function () {
  'use strict';
  var form = document.getElementById('resident-form');
  if (!form) {
    return;
  }

  // Suggestions: after a pause in typing, up to three duty items; choosing one is optional.
  var description = document.getElementById('description');
  var street = document.getElementById('street');
  var box = document.getElementById('resident-suggestions');
  var list = document.getElementById('resident-suggestion-list');
  var category = document.getElementById('category');
  var timer = null;
  var asked = '';
  function choice(value, label, checked) {
    var wrap = document.createElement('label');
    wrap.className = 'choice';
    var input = document.createElement('input');
    input.type = 'radio';
    input.name = 'suggestion';
    input.value = value;
    input.checked = checked;
    input.addEventListener('change', function () { category.value = value; });
    wrap.appendChild(input);
    wrap.appendChild(document.createTextNode(' ' + label));
    return wrap;
  }
  function ask() {
    var words = description.value.trim();
    var key = words + '|' + street.value;
    if (words.length < 4 || key === asked) {
      return;
    }
    asked = key;
    fetch(box.dataset.url + '?q=' + encodeURIComponent(words) + '&street=' + encodeURIComponent(street.value),
      { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        list.textContent = '';
        if (!found.length) {
          box.hidden = true;
          category.value = '';
          return;
        }
        found.forEach(function (s) {
          var label = s.unit ? s.name + ' · ' + s.unit : s.name;
          list.appendChild(choice(s.item, label, category.value === s.item));
        });
        list.appendChild(choice('', box.dataset.none, !found.some(function (s) { return s.item === category.value; })));
        box.hidden = false;
      })
      .catch(function () { box.hidden = true; });
  }
  if (description && box) {
    description.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 600);
    });
    street.addEventListener('change', ask);
  }

  // Proof of work: the first nonce whose SHA-256 with the challenge starts with enough zero bits.
  var challenge = form.querySelector('input[name=pow_challenge]');
  function zeros(bytes) {
    var n = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { n += 8; continue; }
      return n + Math.clz32(bytes[i]) - 24;
    }
    return n;
  }
  async function solve(text, bits) {
    var encoder = new TextEncoder();
    for (var nonce = 0; ; nonce++) {
      var hash = await crypto.subtle.digest('SHA-256', encoder.encode(text + ':' + nonce));
      if (zeros(new Uint8Array(hash)) >= bits) {
        return nonce;
      }
    }
  }
  form.addEventListener('submit', function (event) {
    if (!challenge || form.dataset.solved === '1') {
      return;
    }
    event.preventDefault();
    var status = document.getElementById('resident-challenge');
    var button = document.getElementById('resident-submit');
    status.textContent = status.dataset.working;
    button.disabled = true;
    solve(challenge.value, parseInt(challenge.dataset.bits, 10)).then(function (nonce) {
      form.querySelector('input[name=pow_nonce]').value = String(nonce);
      form.dataset.solved = '1';
      form.submit();
    });
  });
})();
