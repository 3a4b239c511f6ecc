// The sign form's proof of work (ALTCHA, PBKDF2/SHA-256): fetches a challenge from this server,
// finds the counter whose derived key starts with the challenge's prefix, and puts the solution in
// the hidden "altcha" field. No third party is contacted. Without this script (or Web Crypto),
// the form still works: the server then asks the signatory to confirm after a few seconds.
(function () {
  var field = document.querySelector('input[name="altcha"][data-challenge]');
  if (!field || !window.crypto || !crypto.subtle || !window.fetch) return;
  var form = field.form;
  var hex = function (buf) { return Array.prototype.map.call(new Uint8Array(buf), function (b) { return b.toString(16).padStart(2, '0'); }).join(''); };
  var bytes = function (h) { var out = new Uint8Array(h.length / 2); for (var i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16); return out; };
  var solving = null;
  var solvedAt = 0;

  async function solve() {
    var res = await fetch(field.getAttribute('data-challenge'), { credentials: 'same-origin', cache: 'no-store' });
    var ch = await res.json();
    if (!ch.required) return '';
    var p = ch.parameters;
    var nonce = bytes(p.nonce);
    var salt = bytes(p.salt);
    var password = new Uint8Array(nonce.length + 4);
    password.set(nonce, 0);
    var view = new DataView(password.buffer);
    for (var counter = 0; counter <= 0xffffffff; counter++) {
      view.setUint32(nonce.length, counter, false);
      var key = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
      var bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: p.cost }, key, p.keyLength * 8);
      var derived = hex(bits);
      if (derived.indexOf(p.keyPrefix) === 0) {
        var payload = { challenge: { parameters: p, signature: ch.signature }, solution: { counter: counter, derivedKey: derived } };
        return btoa(JSON.stringify(payload));
      }
    }
    return '';
  }

  function start() {
    solvedAt = Date.now();
    solving = solve().then(function (v) { field.value = v; return v; }, function () { field.value = ''; return ''; });
    return solving;
  }

  // Start early, while the signatory types; a solution older than four minutes is replaced.
  form.addEventListener('focusin', function () { if (!solving) start(); }, { once: true });
  form.addEventListener('submit', function (e) {
    if (field.value && Date.now() - solvedAt < 4 * 60000) return;
    e.preventDefault();
    var button = form.querySelector('button[type="submit"]');
    if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); button.textContent = field.getAttribute('data-checking'); }
    var run = solving && Date.now() - solvedAt < 4 * 60000 ? solving : start();
    run.then(function () { form.submit(); });
  }, false);
})();
