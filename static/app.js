/*
 * glanceapp browser glue: the token relay (one htmx listener attaches a fresh
 * context JWT), the sign-in popup and its talk with the glance, and a refresh
 * when the key crosses an expiry boundary. Window messages are same-origin only,
 * checked on both ends: glanceapp:token-request and glanceapp:linked from the
 * popup, glanceapp:token or glanceapp:token-error from the glance.
 * Markup comes only from the server: an error answer carries its own notice,
 * retargeted to #app-notice. This file writes text, never markup, and parses
 * none; what it says by itself comes from the page's <template id="browser-text">.
 */
(() => {
  'use strict';

  const htmx = window.htmx;
  if (!htmx) return;

  const ORIGIN = window.location.origin;
  const TOKEN_TIMEOUT_MS = 10000;
  const MAX_TIMER_MS = 86400000; // setTimeout overflows past ~24.8 days
  const BOUNDARY_MARGIN_MS = 1000; // ask just after a boundary, when the server sees it
  const VISIBLE_REFRESH_MIN_MS = 30000;
  const BASE = document.querySelector('meta[name="glanceapp-base"]')?.content || '';
  const PAGE = document.body?.dataset.page || '';

  htmx.config.includeIndicatorStyles = false; // it would inject an inline <style>
  htmx.config.allowEval = false;
  htmx.config.allowScriptTags = false;
  htmx.config.selfRequestsOnly = true;
  htmx.config.historyEnabled = false;
  // Settling copies these between elements sharing an id; `style` would break the CSP.
  htmx.config.attributesToSettle = ['class', 'width', 'height'];
  // Settle in the swap's task: a refresh sent to a just-swapped region must not be lost.
  htmx.config.defaultSettleDelay = 0;
  htmx.config.responseHandling = [
    { code: '^204$', swap: false },
    { code: '^[23]..$', swap: true },
    // partials/problem.html ("reload the issue"), where the answer would have gone.
    { code: '^401$', swap: true, error: false },
    // Other errors swap only into #app-notice, where the server retargets them.
    { code: '^[45]..$', swap: false, error: true },
    { code: '.*', swap: false },
  ];

  /* ------------------------------------------------------------- notices */

  /** A sentence of the server-rendered catalogue in the page, by key. */
  const say = (key) =>
    document.getElementById('browser-text')?.content.querySelector(`[data-text="${key}"]`)
      ?.textContent || key;

  function setNotice(text) {
    const region = document.getElementById('app-notice');
    if (region && (text || !region.hidden)) {
      region.textContent = text;
      region.hidden = !text;
    }
  }

  function alertLine(text) {
    const line = document.createElement('p');
    line.className = 'alert';
    line.setAttribute('role', 'alert');
    line.textContent = text;
    return line;
  }

  const isNotice = (elt) => elt?.id === 'app-notice';

  document.addEventListener('htmx:beforeSwap', (evt) => {
    if (evt.detail.isError && isNotice(evt.detail.target)) evt.detail.shouldSwap = true;
  });
  document.addEventListener('htmx:responseError', (evt) => {
    if (isNotice(evt.detail.target)) return;
    // An answer without a rendered notice: a refusal made before routing.
    const status = evt.detail.xhr?.status || 0;
    setNotice(say(status === 413 ? 'too-large' : status >= 500 ? 'server' : 'client'));
  });
  document.addEventListener('htmx:sendError', () => setNotice(say('network')));
  document.addEventListener('htmx:timeout', () => setNotice(say('network')));
  document.addEventListener('htmx:afterRequest', (evt) => evt.detail.successful && setNotice(''));

  /* -------------------------------------------------------------- tokens */

  const isToken = (value) => typeof value === 'string' && value.length > 0;

  function withTimeout(promise, ms, error) {
    let timer;
    const late = new Promise((_, reject) => (timer = window.setTimeout(() => reject(error), ms)));
    return Promise.race([promise, late]).finally(() => window.clearTimeout(timer));
  }

  /** A fresh context JWT from Jira (the glance only). */
  function tokenFromJira() {
    const ap = window.AP;
    if (typeof ap?.context?.getToken !== 'function') return Promise.reject(new Error('no AP'));
    const fromJira = new Promise((resolve, reject) => {
      const settle = (token) => (isToken(token) ? resolve(token) : reject(new Error('no token')));
      // all.js calls the callback; newer versions also return a promise of the same answer.
      const result = ap.context.getToken(settle);
      if (result && typeof result.then === 'function') result.then(settle, reject);
    });
    return withTimeout(fromJira, TOKEN_TIMEOUT_MS, new Error('timed out'));
  }

  const openerAlive = () => Boolean(window.opener) && !window.opener.closed;

  class OpenerGone extends Error {}

  let tokenRequests = 0;

  /** A fresh context JWT from the glance that opened this popup. */
  function tokenFromOpener() {
    if (!openerAlive()) return Promise.reject(new OpenerGone('no opener'));
    const id = `token-${(tokenRequests += 1)}-${Date.now()}`;
    let onMessage;
    const answered = new Promise((resolve, reject) => {
      onMessage = (event) => {
        if (event.origin !== ORIGIN || event.source !== window.opener) return;
        const data = event.data;
        if (!data || typeof data !== 'object' || data.id !== id) return;
        if (data.type === 'glanceapp:token' && isToken(data.token)) resolve(data.token);
        if (data.type === 'glanceapp:token-error') reject(new Error('Jira gave the issue no token'));
      };
      window.addEventListener('message', onMessage);
      window.opener.postMessage({ type: 'glanceapp:token-request', id }, ORIGIN);
    });
    return withTimeout(answered, TOKEN_TIMEOUT_MS, new OpenerGone('no answer')).finally(() =>
      window.removeEventListener('message', onMessage)
    );
  }

  function tokenFailed(err) {
    const panel = PAGE === 'link' ? document.getElementById('link-panel') : null;
    if (!panel) return setNotice(say('no-session'));
    panel.replaceChildren(alertLine(say(err instanceof OpenerGone ? 'opener-gone' : 'no-session')));
  }

  // The one place a token is attached. htmx fires htmx:configRequest
  // synchronously inside issueRequest(), so a token stashed for an element just
  // before that call is consumed by exactly that request; a request htmx queues
  // instead comes back through htmx:confirm and gets its own.
  const pendingTokens = new WeakMap();

  document.addEventListener('htmx:confirm', (evt) => {
    evt.preventDefault();
    const { elt, issueRequest } = evt.detail;
    const source = { glance: tokenFromJira, link: tokenFromOpener }[PAGE];
    (source ? source() : Promise.reject(new Error('no token source here'))).then((value) => {
      pendingTokens.set(elt, value);
      try {
        issueRequest(true);
      } finally {
        pendingTokens.delete(elt);
      }
    }, tokenFailed);
  });

  document.addEventListener('htmx:configRequest', (evt) => {
    const token = pendingTokens.get(evt.detail.elt);
    pendingTokens.delete(evt.detail.elt);
    if (!isToken(token)) {
      evt.preventDefault(); // not issued through htmx:confirm: it would only earn a 401
      return;
    }
    evt.detail.headers['Authorization'] = `JWT ${token}`;
  });

  /* ---------------------------------------------------------- the glance */

  let popup = null;
  let lastRefreshAt = Date.now();
  let expiryTimer = null;

  function refreshStatus() {
    const region = document.getElementById('link-status');
    lastRefreshAt = Date.now();
    if (region) htmx.trigger(region, 'glanceapp:refresh');
  }

  function onConnectClick(button) {
    document.getElementById('popup-blocked')?.remove();
    // Synchronously inside the click: browsers allow a popup only here.
    const opened = window.open(`${BASE}/link`, 'glanceapp-link', 'popup,width=480,height=640');
    if (!opened) {
      const line = alertLine(say('popup-blocked'));
      line.id = 'popup-blocked';
      (button.closest('.actions') || button).after(line);
      return;
    }
    popup = opened;
    popup.focus();
  }

  /** Our popup: the window we opened, or (after a reload of this glance) one whose opener we are. */
  function isOurPopup(source) {
    if (source && (source === popup || source.opener === window)) {
      popup = source;
      return true;
    }
    return false;
  }

  function onGlanceMessage(event) {
    if (event.origin !== ORIGIN || !isOurPopup(event.source)) return;
    const data = event.data || {};
    if (data.type === 'glanceapp:token-request' && typeof data.id === 'string') {
      const target = event.source;
      tokenFromJira().then(
        (token) => target.postMessage({ type: 'glanceapp:token', id: data.id, token }, ORIGIN),
        () => target.postMessage({ type: 'glanceapp:token-error', id: data.id }, ORIGIN)
      );
    } else if (data.type === 'glanceapp:linked') {
      refreshStatus();
    }
  }

  /** Refresh when the key crosses its next boundary (expiring, then expired). */
  function armExpiryTimer() {
    window.clearTimeout(expiryTimer);
    const region = document.getElementById('link-status');
    const now = Date.now();
    const next = region
      ? [region.dataset.expiringAt, region.dataset.expiresAt]
          .map((value) => Date.parse(value || ''))
          .filter((at) => Number.isFinite(at) && at > now)
          .reduce((soonest, at) => Math.min(soonest, at), Infinity)
      : Infinity;
    if (next === Infinity) return;
    const delay = Math.min(next - now + BOUNDARY_MARGIN_MS, MAX_TIMER_MS);
    // A clamped wait that ends before the boundary re-arms itself.
    expiryTimer = window.setTimeout(
      () => (Date.now() >= next ? refreshStatus() : armExpiryTimer()),
      delay
    );
  }

  /** Follow Jira's theme: all.js sets html[data-color-mode], which app.css obeys. */
  function followJiraTheme() {
    const theming = window.AP?.theming;
    if (typeof theming?.initializeTheming === 'function') theming.initializeTheming();
  }

  function startGlance() {
    followJiraTheme();
    window.addEventListener('message', onGlanceMessage);
    document.addEventListener('glanceapp:linked', refreshStatus);
    document.addEventListener('htmx:afterSettle', () => {
      if (document.getElementById('link-status')) lastRefreshAt = Date.now();
      armExpiryTimer();
    });
    document.addEventListener('visibilitychange', () => {
      const stale = Date.now() - lastRefreshAt >= VISIBLE_REFRESH_MIN_MS;
      if (document.visibilityState === 'visible' && stale) refreshStatus();
    });
    armExpiryTimer();
  }

  /* ------------------------------------------------------------ the popup */

  // An opener on another origin (the Forge tab's) never receives it: ORIGIN is named.
  const tellOpenerLinked = () =>
    openerAlive() && window.opener.postMessage({ type: 'glanceapp:linked' }, ORIGIN);

  document.addEventListener('click', (evt) => {
    const button = evt.target instanceof Element ? evt.target.closest('[data-action]') : null;
    const act = { connect: () => onConnectClick(button), close: () => window.close() };
    const action = act[button?.dataset.action];
    if (action) {
      evt.preventDefault();
      action();
    }
  });

  if (PAGE === 'glance') {
    startGlance();
  } else if (PAGE === 'link') {
    // htmx dispatches the HX-Trigger event on the requesting element; it bubbles.
    document.addEventListener('glanceapp:linked', tellOpenerLinked);
  } else if (PAGE === 'link-callback') {
    const result = document.getElementById('link-result');
    const state = result ? result.dataset.linkState : '';
    if (state === 'linked' || state === 'expiring') tellOpenerLinked();
  }
})();
