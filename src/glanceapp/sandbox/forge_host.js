/*
 * The fake Jira issue page's side of a Forge Custom UI, as the product does it:
 * it creates the panel's iframe (the resource from Forge's CDN origin, Forge's
 * sandbox flags) and answers the bridge calls the iframe relays over postMessage:
 *
 *   getContext      the issue context (from the page's data attributes)
 *   enableTheming   {colorMode}: the page's colour mode
 *   fetchRemote     requestRemote: a FIT from the fake Forge (POST
 *                   /_sandbox/forge/bridge, remoteToken), then this page fetches
 *                   the remote itself, across origins (CORS), with no credentials;
 *                   with data-request-remote="forge" the fake Forge fetches it
 *   invoke          invokeRemote: the fake Forge mints the FIT and the user token
 *                   and calls the remote (Forge's servers relay these)
 *   navigate        router.open / router.navigate: a new tab (same-tab is
 *                   refused here: the issue page stays); with
 *                   data-navigation="decline" the person declines Jira's
 *                   "leave for another site?" question and the call rejects
 *
 * Only messages from that iframe's window at the resource's origin are answered.
 * State for tests: #forge-panel[data-forge-state] is loading, then created;
 * #forge-panel[data-last-navigation] is the last URL the app opened.
 */
(() => {
  'use strict';

  const panel = document.getElementById('forge-panel');
  const slot = document.getElementById('forge-slot');
  if (!panel || !slot) {
    return;
  }
  const cfg = panel.dataset;
  const context = JSON.parse(cfg.context);

  function colorMode() {
    const theme = document.documentElement.getAttribute('data-color-mode');
    if (theme === 'light' || theme === 'dark') {
      return theme;
    }
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  async function forgeServers(name, payload) {
    const response = await fetch(cfg.bridgeUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name, payload }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const answer = await response.json();
    if (!response.ok) {
      throw new Error(answer.error || 'Forge refused the call (' + response.status + ')');
    }
    return answer;
  }

  const PASSED_HEADERS = ['accept', 'content-type'];

  async function requestRemoteFromPage(payload) {
    const init = (payload && payload.fetchRequestInit) || {};
    const path = String(init.path || '');
    if (!path.startsWith('/') || path.startsWith('//')) {
      throw new Error('a remote path must start with one /');
    }
    const { baseUrl, token } = await forgeServers('remoteToken', {
      remoteKey: payload && payload.remoteKey,
    });
    const headers = new Headers();
    for (const pair of init.headers || []) {
      if (Array.isArray(pair) && PASSED_HEADERS.includes(String(pair[0]).toLowerCase())) {
        headers.set(String(pair[0]), String(pair[1]));
      }
    }
    headers.set('Authorization', 'Bearer ' + token);
    const method = String(init.method || 'GET').toUpperCase();
    const response = await fetch(baseUrl + path, {
      method,
      headers,
      body: method === 'GET' || init.body == null ? undefined : String(init.body),
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
    const answerHeaders = {};
    response.headers.forEach((value, name) => {
      answerHeaders[name] = value;
    });
    return {
      status: response.status,
      statusText: response.statusText,
      headers: answerHeaders,
      body: await response.text(),
      isAttachment: false,
    };
  }

  function navigate(payload) {
    const url = new URL(String(payload && payload.url), window.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error('only web addresses can be opened');
    }
    if (!payload || payload.type !== 'new-tab') {
      throw new Error('this sandbox opens links in a new tab only');
    }
    if (cfg.navigation === 'decline') {
      // Jira asks before leaving for another site; this person said no.
      throw new Error('the person stayed on Jira');
    }
    panel.dataset.lastNavigation = url.href;
    window.open(url.href, '_blank', 'noopener');
    return undefined;
  }

  async function answer(name, payload) {
    switch (name) {
      case 'getContext':
        return context;
      case 'enableTheming':
        return { colorMode: colorMode() };
      case 'fetchRemote':
        if (cfg.requestRemote === 'page') {
          return requestRemoteFromPage(payload);
        }
        return forgeServers(name, payload);
      case 'invoke':
        return forgeServers(name, payload);
      case 'navigate':
        return navigate(payload);
      default:
        throw new Error(name + ' is not supported by this sandbox');
    }
  }

  const iframe = document.createElement('iframe');
  iframe.className = 'forge__iframe';
  iframe.title = cfg.title;
  iframe.setAttribute('sandbox', cfg.iframeSandbox);
  iframe.src = cfg.resourceUrl;

  window.addEventListener('message', (event) => {
    if (event.origin !== cfg.resourceOrigin || event.source !== iframe.contentWindow) {
      return;
    }
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'forge-fake:call') {
      return;
    }
    const reply = (message) =>
      iframe.contentWindow.postMessage(
        { type: 'forge-fake:answer', id: data.id, ...message },
        cfg.resourceOrigin
      );
    Promise.resolve()
      .then(() => answer(String(data.name), data.payload))
      .then(
        (result) => reply({ ok: true, result }),
        (err) => reply({ ok: false, error: String((err && err.message) || err) })
      );
  });

  iframe.addEventListener('load', () => {
    panel.dataset.forgeState = 'created';
  });
  panel.dataset.forgeState = 'loading';
  slot.appendChild(iframe);
})();
