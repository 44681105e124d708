// Signing on the citizen's side (ADR 0010, issue 12): the page talks to NCALayer (or the development signer, which
// speaks the same protocol) through ncalayer-js-client; only the signature is sent to the server, never a key.
// Markup: an element [data-eds] with data-ncalayer (space-separated WebSocket URLs, tried in order), data-msg-absent,
// data-msg-cancelled, data-msg-failed; a select [data-eds-storage]; a button [data-eds-sign-in] or [data-eds-certify].
(function () {
  'use strict';

  function EdsError(kind, detail) {
    this.kind = kind;
    this.detail = detail;
  }

  function isCancel(error) {
    var text = String((error && error.message) || error || '');
    return (error && error.canceledByUser) || text.indexOf('action.canceled') >= 0 || text.indexOf('cancelled by user') >= 0;
  }

  async function connect(urls) {
    for (var i = 0; i < urls.length; i += 1) {
      var client = new window.NCALayerClient(urls[i], false);
      try {
        await client.connect();
        return client;
      } catch (e) {
        try { if (client.wsConnection) { client.wsConnection.close(); } } catch (ignored) { /* closed */ }
      }
    }
    throw new EdsError('absent');
  }

  async function withNcaLayer(root, action) {
    var urls = (root.getAttribute('data-ncalayer') || 'wss://127.0.0.1:13579').split(/\s+/).filter(Boolean);
    var client = await connect(urls);
    try {
      var storageSelect = root.querySelector('[data-eds-storage]');
      // Storages of the moment (hardware tokens); the file storage PKCS12 is always there.
      var tokens = [];
      try { tokens = await client.getActiveTokens(); } catch (e) { if (isCancel(e)) { throw new EdsError('cancelled'); } }
      if (storageSelect) {
        (tokens || []).forEach(function (t) {
          if (!Array.prototype.some.call(storageSelect.options, function (o) { return o.value === t; })) {
            storageSelect.add(new Option(t, t));
          }
        });
      }
      var storage = storageSelect ? storageSelect.value : window.NCALayerClient.fileStorageType;
      try {
        return await action(client, storage);
      } catch (e) {
        if (e instanceof EdsError) { throw e; }
        throw new EdsError(isCancel(e) ? 'cancelled' : 'failed', e && e.message);
      }
    } finally {
      try { client.wsConnection.close(); } catch (ignored) { /* closed */ }
    }
  }

  function show(root, kind, detail) {
    var status = root.querySelector('[data-eds-status]');
    var text = root.getAttribute('data-msg-' + kind) || kind;
    status.textContent = detail ? text + ' (' + detail + ')' : text;
    status.hidden = false;
    status.setAttribute('data-eds-result', kind);
  }

  async function run(root, button, action) {
    button.disabled = true;
    var status = root.querySelector('[data-eds-status]');
    status.hidden = true;
    status.removeAttribute('data-eds-result');
    try {
      await withNcaLayer(root, action);
    } catch (e) {
      if (e instanceof EdsError) {
        show(root, e.kind, e.kind === 'failed' ? e.detail : null);
      } else {
        show(root, 'failed', e && e.message);
      }
      button.disabled = false;
    }
  }

  async function problem(response) {
    try {
      var body = await response.json();
      return body.detail || body.title || String(response.status);
    } catch (e) {
      return String(response.status);
    }
  }

  // Sign-in: the challenge's <login><nonce>…</nonce></login> signed as XMLDSig with the AUTHENTICATION key.
  function signIn(root, button) {
    var form = root.querySelector('form');
    return run(root, button, async function (client, storage) {
      var response = await fetch('/api/auth/challenge', { method: 'POST', credentials: 'same-origin' });
      if (!response.ok) { throw new EdsError('failed', await problem(response)); }
      var challenge = await response.json();
      var signed = await client.signXml(storage, challenge.xml, 'AUTHENTICATION', '', '');
      form.querySelector('[name=signedXml]').value = signed;
      form.submit();
    });
  }

  // The request's fields as the server reads the form (Apply.cshtml.cs ReadForm): a date typed as dd.mm.yyyy goes as
  // ISO (D-316), so the canonical form signed here is the one the server checks. Shared with keyfile.js.
  function requestFields(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name.indexOf('field.') !== 0) { return; }
      if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) { return; }
      var value = (element.value || '').trim();
      var date = element.hasAttribute('data-date') && /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
      if (date) { value = date[3] + '-' + ('0' + date[2]).slice(-2) + '-' + ('0' + date[1]).slice(-2); }
      if (value.length > 0) { fields[element.name.substring(6)] = value; }
    });
    return fields;
  }
  window.qyzmetRequestFields = requestFields;
  window.qyzmetProblem = problem;

  // Certifying a request: the canonical form the server hands out, signed as detached CMS (CAdES) with the SIGNATURE key.
  function certify(root, button) {
    var form = button.form || root.closest('form');
    return run(root, button, async function (client, storage) {
      var fields = requestFields(form);
      // An answer (the marriage consent, D-318) carries its canonical form in the page; a request asks the server for it.
      var canonicalBase64 = root.getAttribute('data-canonical');
      if (!canonicalBase64) {
        var applicant = form.querySelector('[name=ApplicantId]');
        var body = { applicantId: applicant && applicant.value.trim() ? applicant.value.trim() : null, fields: fields };
        var response = await fetch('/api/services/' + encodeURIComponent(root.getAttribute('data-service')) + '/applications/to-sign', {
          method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
        });
        if (!response.ok) { throw new EdsError('failed', await problem(response)); }
        canonicalBase64 = (await response.json()).canonicalBase64;
      }
      var signature = await client.createCAdESFromBase64(storage, canonicalBase64, 'SIGNATURE', false);
      form.querySelector('[name=Signature]').value = signature;
      form.submit();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-eds]'), function (root) {
      var signInButton = root.querySelector('[data-eds-sign-in]');
      if (signInButton) { signInButton.addEventListener('click', function () { signIn(root, signInButton); }); }
      var certifyButton = root.querySelector('[data-eds-certify]');
      if (certifyButton) { certifyButton.addEventListener('click', function () { certify(root, certifyButton); }); }
    });
  });
}());
