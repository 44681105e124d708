// In-browser signing with a key file (issue 12 item 4; ADR 0010): the .p12 is opened here with PKI.js/asn1js and
// WebCrypto and the detached CMS (CAdES-BES: content type, signing time, message digest) is made here; only the
// signature is sent. The file and password inputs have no name, so no form carries them, and they are cleared before
// anything is posted. Markup: [data-keyfile] with data-msg-bad-file, data-msg-choose, a file input [data-keyfile-file],
// a password input [data-keyfile-password], a button [data-keyfile-certify] (a request) or [data-keyfile-sign-in].
(function (exports) {
  'use strict';
  var OID_DATA = '1.2.840.113549.1.7.1';
  var OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
  var OID_KEY_BAG = '1.2.840.113549.1.12.10.1.1';
  var OID_SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
  var OID_CERT_BAG = '1.2.840.113549.1.12.10.1.3';

  async function openP12(bytes, password) {
    var pkijs = exports.pkijs;
    var pwd = new TextEncoder().encode(password).buffer;
    var pfx = pkijs.PFX.fromBER(bytes);
    await pfx.parseInternalValues({ password: pwd, checkIntegrity: true });
    var safe = pfx.parsedValue.authenticatedSafe;
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(function () { return { password: pwd }; }) });
    var keyInfo = null;
    var certs = [];
    for (var i = 0; i < safe.parsedValue.safeContents.length; i += 1) {
      var bags = safe.parsedValue.safeContents[i].value.safeBags;
      for (var j = 0; j < bags.length; j += 1) {
        var bag = bags[j];
        if (bag.bagId === OID_SHROUDED_KEY_BAG) {
          await bag.bagValue.parseInternalValues({ password: pwd });
          keyInfo = bag.bagValue.parsedValue;
        } else if (bag.bagId === OID_KEY_BAG) {
          keyInfo = bag.bagValue;
        } else if (bag.bagId === OID_CERT_BAG) {
          certs.push(bag.bagValue.parsedValue);
        }
      }
    }
    if (!keyInfo || certs.length === 0) { throw new Error('no key in the file'); }
    var ec = keyInfo.privateKeyAlgorithm.algorithmId === '1.2.840.10045.2.1';
    var algorithm = ec ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    var key = await exports.crypto.subtle.importKey('pkcs8', keyInfo.toSchema().toBER(false), algorithm, false, ['sign']);
    // The end certificate, not a CA (the demo files hold only that one).
    var cert = certs.find(function (c) {
      return !(c.extensions || []).some(function (e) { return e.extnID === '2.5.29.19' && e.parsedValue && e.parsedValue.cA; });
    }) || certs[0];
    return { key: key, certificate: cert };
  }

  async function signDetached(opened, content) {
    var pkijs = exports.pkijs;
    var asn1js = exports.asn1js;
    var digest = await exports.crypto.subtle.digest('SHA-256', content);
    var signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DATA }),
      signerInfos: [new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: opened.certificate.issuer, serialNumber: opened.certificate.serialNumber }),
      })],
      certificates: [opened.certificate],
    });
    signedData.signerInfos[0].signedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: [
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: OID_DATA })] }),
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: new Date() })] }),
        new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
      ],
    });
    await signedData.sign(opened.key, 0, 'SHA-256', content);
    var cms = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: signedData.toSchema(true) });
    return new Uint8Array(cms.toSchema().toBER(false));
  }

  function base64(bytes) {
    var binary = '';
    for (var i = 0; i < bytes.length; i += 1) { binary += String.fromCharCode(bytes[i]); }
    return btoa(binary);
  }

  function fromBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) { bytes[i] = binary.charCodeAt(i); }
    return bytes.buffer;
  }

  // A refusal's message, read as eds.js reads it (loaded first).
  function problem(response) { return window.qyzmetProblem(response); }

  // The same fields the NCALayer path signs (eds.js, loaded first): dates typed dd.mm.yyyy go as ISO (D-316).
  function fieldsOf(form) { return window.qyzmetRequestFields(form); }

  async function run(root, button, makeContent, send) {
    var status = root.querySelector('[data-keyfile-status]');
    var fileInput = root.querySelector('[data-keyfile-file]');
    var passwordInput = root.querySelector('[data-keyfile-password]');
    status.hidden = true;
    if (!fileInput.files || fileInput.files.length === 0) {
      status.textContent = root.getAttribute('data-msg-choose');
      status.hidden = false;
      return;
    }
    button.disabled = true;
    var opened;
    try {
      opened = await openP12(await fileInput.files[0].arrayBuffer(), passwordInput.value);
    } catch (e) {
      status.textContent = root.getAttribute('data-msg-bad-file');
      status.hidden = false;
      button.disabled = false;
      return;
    }
    try {
      var content = await makeContent();
      var signature = base64(await signDetached(opened, content));
      // Nothing of the key file stays in the page once it has signed.
      passwordInput.value = '';
      fileInput.value = '';
      send(signature);
    } catch (e) {
      status.textContent = (e && e.message) || String(e);
      status.hidden = false;
      button.disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-keyfile]'), function (root) {
      var certify = root.querySelector('[data-keyfile-certify]');
      if (certify) {
        certify.addEventListener('click', function () {
          var form = certify.form;
          run(root, certify, async function () {
            var applicant = form.querySelector('[name=ApplicantId]');
            var body = { applicantId: applicant && applicant.value.trim() ? applicant.value.trim() : null, fields: fieldsOf(form) };
            var response = await fetch('/api/services/' + encodeURIComponent(root.getAttribute('data-service')) + '/applications/to-sign', {
              method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
            });
            if (!response.ok) { throw new Error(await problem(response)); }
            return fromBase64((await response.json()).canonicalBase64);
          }, function (signature) {
            form.querySelector('[name=Signature]').value = signature;
            form.submit();
          });
        });
      }
      var signIn = root.querySelector('[data-keyfile-sign-in]');
      if (signIn) {
        var form = signIn.form;
        signIn.addEventListener('click', function () {
          run(root, signIn, async function () {
            var response = await fetch('/api/auth/challenge', { method: 'POST', credentials: 'same-origin' });
            if (!response.ok) { throw new Error(await problem(response)); }
            var nonce = (await response.json()).nonce;
            form.querySelector('[name=nonce]').value = nonce;
            return new TextEncoder().encode(nonce).buffer;
          }, function (signature) {
            form.querySelector('[name=signature]').value = signature;
            form.submit();
          });
        });
      }
    });
  });

  exports.QyzmetKeyFile = { open: openP12, signDetached: signDetached };
}(window));
