/*
 * The fake Jira issue page's side of Atlassian Connect, as Jira does it:
 * Atlassian's connect-host.js (global connectHost) hosts the app's glance in an
 * iframe, and this file supplies what Jira adds on top of it.
 *
 * - The `context` product module, defined BEFORE the iframe is created (the API
 *   the iframe sees is computed at create time): getToken() mints a context JWT
 *   through the fake site (POST /_sandbox/context-token), getContext() answers
 *   the issue and project.
 * - The glance's signed iframe URL comes from the site (POST /_sandbox/glance-url),
 *   fresh each time the glance opens; the content resolver fetches another one when
 *   connect-host.js finds the JWT in hand too close to expiry.
 * - The iframe gets a sandbox attribute like Jira's.
 *
 * State for tests and people: #glance-panel[data-glance-state] is one of
 * closed, loading, created, established, failed.
 */
(() => {
  'use strict';

  const host = window.connectHost;
  const $ = window.jQuery;
  const panel = document.getElementById('glance-panel');
  if (!host || !$ || !panel) {
    return;
  }
  const cfg = panel.dataset;
  const entry = document.getElementById('glance-entry');
  const body = document.getElementById('glance-body');
  const slot = document.getElementById('glance-slot');
  const errorBox = document.getElementById('glance-error');
  const closeButton = document.getElementById('glance-close');

  const context = {
    jira: {
      issue: { id: cfg.issueId, key: cfg.issueKey },
      project: { id: cfg.projectId, key: cfg.projectKey },
    },
  };

  async function postForJson(path) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (!response.ok) {
      throw new Error(`${path} answered ${response.status}`);
    }
    return response.json();
  }

  /* ------------------------------------------------- the context module */

  // connect-host.js reads each method's parameter names to build the API it
  // sends the iframe, and passes a response callback as the last argument.
  function getToken(callback) {
    return postForJson(cfg.contextTokenUrl).then((answer) => answer.token);
  }
  getToken.returnsPromise = true;

  function getContext(callback) {
    return Promise.resolve(context);
  }
  getContext.returnsPromise = true;

  host.defineModule('context', { getToken, getContext });

  /* ------------------------------------------------------ the glance */

  function setState(state) {
    panel.dataset.glanceState = state;
  }

  function showError(text) {
    errorBox.textContent = text;
    errorBox.hidden = false;
    setState('failed');
  }

  function freshOptions() {
    return { autoresize: true, width: '100%', sandbox: cfg.iframeSandbox };
  }

  // Called by connect-host.js when the URL it was given carries a JWT that is
  // (nearly) expired; it wants a jQuery Deferred resolving to {url, options}.
  host.registerContentResolver.resolveByExtension(() => {
    const deferred = $.Deferred();
    postForJson(cfg.glanceUrl).then(
      (answer) => deferred.resolve({ url: answer.url, options: freshOptions() }),
      (err) => deferred.reject({}, { text: String(err && err.message) })
    );
    return deferred.promise();
  });

  host.onIframeEstablished(() => setState('established'));

  async function openGlance() {
    body.hidden = false;
    entry.setAttribute('aria-expanded', 'true');
    errorBox.hidden = true;
    setState('loading');
    let answer;
    try {
      answer = await postForJson(cfg.glanceUrl);
    } catch (err) {
      showError(`The glance could not be loaded: ${err.message}`);
      return;
    }
    const container = host.create({
      addon_key: cfg.addonKey,
      key: cfg.moduleKey,
      url: answer.url,
      options: freshOptions(),
    });
    $(slot).empty().append(container);
    if (panel.dataset.glanceState === 'loading') {
      setState('created');
    }
  }

  function closeGlance() {
    const iframe = slot.querySelector('iframe');
    if (iframe && iframe.id) {
      host.destroy(iframe.id);
    }
    $(slot).empty();
    body.hidden = true;
    entry.setAttribute('aria-expanded', 'false');
    setState('closed');
  }

  entry.addEventListener('click', () => {
    if (body.hidden) {
      openGlance();
    } else {
      closeGlance();
    }
  });
  closeButton.addEventListener('click', closeGlance);

  if (cfg.glanceOpen === 'open') {
    openGlance();
  }
})();
