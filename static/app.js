/*
 * glanceapp browser glue: htmx configuration, the context token on every
 * request, the sign-in popup and its conversation with the glance, and the
 * timers that refresh the status when the key crosses an expiry boundary.
 *
 * Pages that load this file: the glance (body[data-page="glance"], inside
 * Jira's iframe, where Atlassian's all.js provides AP), the link popup
 * (body[data-page="link"], opened by the glance; it has no AP, so it asks
 * its opener for tokens over postMessage), and the same popup back from an
 * OpenID Connect provider (body[data-page="link-callback"]), which tells its
 * opener `glanceapp:linked` when the page shows a link.
 *
 * Messages between the two windows (same origin only, checked on both ends):
 *   popup  -> glance  {type: 'glanceapp:token-request', id}
 *   glance -> popup   {type: 'glanceapp:token', id, token}
 *   glance -> popup   {type: 'glanceapp:token-error', id}
 *   popup  -> glance  {type: 'glanceapp:linked'}
 *
 * Markup comes only from the server, inserted by htmx; this file writes text
 * (textContent), never markup.
 */
(() => {
  'use strict';

  const htmx = window.htmx;
  if (!htmx) {
    return;
  }

  const ORIGIN = window.location.origin;
  const TOKEN_TIMEOUT_MS = 10000;
  // setTimeout overflows past ~24.8 days; a clamped timer re-arms itself.
  const MAX_TIMER_MS = 86400000;
  // Ask just after a boundary, so the server already sees the new state.
  const BOUNDARY_MARGIN_MS = 1000;
  const VISIBLE_REFRESH_MIN_MS = 30000;
  const POPUP_NAME = 'glanceapp-link';
  const POPUP_FEATURES = 'popup,width=480,height=640';

  const MESSAGES = {
    noToken: 'Jira did not provide a session for this request. Reload the issue and try again.',
    openerGone: 'This window lost its issue. Close it and press Connect on the issue again.',
    popupBlocked:
      'Your browser blocked the sign-in window. Allow pop-ups for this page and try again.',
    network: 'The app could not be reached. Check your connection and try again.',
    tooLarge: 'That was too large to send. Shorten what you entered and try again.',
    server: 'Something went wrong on our side. Try again in a moment.',
    client: 'The app could not handle that request. Reload the issue and try again.',
  };

  const baseMeta = document.querySelector('meta[name="glanceapp-base"]');
  const BASE = (baseMeta && baseMeta.getAttribute('content')) || '';
  const PAGE = document.body ? document.body.dataset.page : '';

  /* ---------------------------------------------------------------- htmx */

  htmx.config.includeIndicatorStyles = false; // it would inject an inline <style>
  htmx.config.allowEval = false;
  htmx.config.allowScriptTags = false;
  htmx.config.selfRequestsOnly = true;
  htmx.config.historyEnabled = false;
  // Settling copies these attributes between elements that share an id; copying
  // `style` would be an inline style, which the CSP (rightly) refuses.
  htmx.config.attributesToSettle = ["class", "width", "height"];
  // Settle (and so wire up swapped-in content) in the same task as the swap:
  // no transitions here, and a refresh event sent to a just-swapped region
  // must not fall into a 20 ms gap before htmx listens on it.
  htmx.config.defaultSettleDelay = 0;
  htmx.config.responseHandling = [
    { code: '^204$', swap: false },
    { code: '^[23]..$', swap: true },
    // The 401 body is partials/problem.html ("reload the issue"): show it
    // where the answer would have gone.
    { code: '^401$', swap: true, error: false },
    // 413, other 4xx, 5xx: leave the region as it is and show a notice.
    { code: '^[45]..$', swap: false, error: true },
    { code: '.*', swap: false },
  ];

  /* ------------------------------------------------------------- notices */

  function noticeRegion() {
    let region = document.getElementById('app-notice');
    if (!region) {
      region = document.createElement('div');
      region.id = 'app-notice';
      region.className = 'notice';
      region.setAttribute('role', 'alert');
      region.hidden = true;
      document.body.appendChild(region);
    }
    return region;
  }

  function showNotice(text) {
    const region = noticeRegion();
    region.textContent = text;
    region.hidden = false;
  }

  function clearNotice() {
    const region = document.getElementById('app-notice');
    if (region && !region.hidden) {
      region.hidden = true;
      region.textContent = '';
    }
  }

  /** The text of a problem partial in a response body, or null. */
  function problemText(body) {
    if (typeof body !== 'string' || !body.includes('id="problem"')) {
      return null;
    }
    // DOMParser builds an inert document: nothing in it runs or loads.
    const doc = new DOMParser().parseFromString(body, 'text/html');
    const problem = doc.getElementById('problem');
    const text = problem ? problem.textContent.trim().replace(/\s+/g, ' ') : '';
    return text || null;
  }

  function failureText(xhr) {
    const fromServer = xhr ? problemText(xhr.responseText) : null;
    if (fromServer) {
      return fromServer;
    }
    const status = xhr ? xhr.status : 0;
    if (status === 413) {
      return MESSAGES.tooLarge;
    }
    if (status >= 500) {
      return MESSAGES.server;
    }
    if (status >= 400) {
      return MESSAGES.client;
    }
    return MESSAGES.network;
  }

  document.addEventListener('htmx:responseError', (evt) => {
    showNotice(failureText(evt.detail.xhr));
  });
  document.addEventListener('htmx:sendError', () => showNotice(MESSAGES.network));
  document.addEventListener('htmx:timeout', () => showNotice(MESSAGES.network));
  document.addEventListener('htmx:afterRequest', (evt) => {
    if (evt.detail.successful) {
      clearNotice();
    }
  });

  /* --------------------------------------------------------------- tokens */

  const isToken = (value) => typeof value === 'string' && value.length > 0;

  function withTimeout(promise, ms) {
    return new Promise((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new Error('timed out')), ms);
      promise.then(
        (value) => {
          window.clearTimeout(timer);
          resolve(value);
        },
        (err) => {
          window.clearTimeout(timer);
          reject(err);
        }
      );
    });
  }

  /** A fresh context JWT from Jira (the glance only). */
  function tokenFromJira() {
    const ap = window.AP;
    if (!ap || !ap.context || typeof ap.context.getToken !== 'function') {
      return Promise.reject(new Error('AP.context.getToken is not available'));
    }
    const fromJira = new Promise((resolve, reject) => {
      const settle = (token) => {
        if (isToken(token)) {
          resolve(token);
        } else {
          reject(new Error('Jira returned no token'));
        }
      };
      // One request, both styles: all.js calls the callback, and newer
      // versions also return a promise for the same answer.
      const result = ap.context.getToken(settle);
      if (result && typeof result.then === 'function') {
        result.then(settle, reject);
      }
    });
    return withTimeout(fromJira, TOKEN_TIMEOUT_MS);
  }

  function openerAlive() {
    try {
      return Boolean(window.opener) && !window.opener.closed;
    } catch (err) {
      return false;
    }
  }

  class OpenerGone extends Error {}

  let tokenRequestSeq = 0;

  /** A fresh context JWT from the glance that opened this popup. */
  function tokenFromOpener() {
    if (!openerAlive()) {
      return Promise.reject(new OpenerGone('no opener'));
    }
    tokenRequestSeq += 1;
    const id = `token-${tokenRequestSeq}-${Date.now()}`;
    return new Promise((resolve, reject) => {
      const finish = () => {
        window.clearTimeout(timer);
        window.removeEventListener('message', onMessage);
      };
      const onMessage = (event) => {
        if (event.origin !== ORIGIN || event.source !== window.opener) {
          return;
        }
        const data = event.data;
        if (!data || typeof data !== 'object' || data.id !== id) {
          return;
        }
        if (data.type === 'glanceapp:token' && isToken(data.token)) {
          finish();
          resolve(data.token);
        } else if (data.type === 'glanceapp:token-error') {
          finish();
          reject(new Error('the issue could not get a token from Jira'));
        }
      };
      const timer = window.setTimeout(() => {
        finish();
        reject(new OpenerGone('the issue did not answer'));
      }, TOKEN_TIMEOUT_MS);
      window.addEventListener('message', onMessage);
      window.opener.postMessage({ type: 'glanceapp:token-request', id }, ORIGIN);
    });
  }

  function getToken() {
    if (PAGE === 'glance') {
      return tokenFromJira();
    }
    if (PAGE === 'link') {
      return tokenFromOpener();
    }
    return Promise.reject(new Error('no token source on this page'));
  }

  function showLinkPanelProblem(text) {
    const panel = document.getElementById('link-panel');
    if (!panel) {
      showNotice(text);
      return;
    }
    const p = document.createElement('p');
    p.className = 'alert';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    panel.replaceChildren(p);
  }

  function tokenFailed(err) {
    if (PAGE === 'link') {
      showLinkPanelProblem(err instanceof OpenerGone ? MESSAGES.openerGone : MESSAGES.noToken);
    } else {
      showNotice(MESSAGES.noToken);
    }
  }

  // The one place a token is attached. htmx fires htmx:configRequest
  // synchronously inside issueRequest(), so a token stashed for an element
  // just before that call is consumed by exactly that request. A request
  // htmx queues instead comes back through htmx:confirm and gets its own.
  const pendingTokens = new WeakMap();

  document.addEventListener('htmx:confirm', (evt) => {
    evt.preventDefault();
    const { elt, issueRequest } = evt.detail;
    getToken().then((token) => {
      pendingTokens.set(elt, token);
      try {
        issueRequest(true);
      } finally {
        pendingTokens.delete(elt);
      }
    }, tokenFailed);
  });

  document.addEventListener('htmx:configRequest', (evt) => {
    const elt = evt.detail.elt;
    const token = pendingTokens.get(elt);
    pendingTokens.delete(elt);
    if (!isToken(token)) {
      // Not issued through htmx:confirm: without a token it would only earn a 401.
      evt.preventDefault();
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
    if (region) {
      lastRefreshAt = Date.now();
      htmx.trigger(region, 'glanceapp:refresh');
    }
  }

  function removePopupBlocked() {
    const notice = document.getElementById('popup-blocked');
    if (notice) {
      notice.remove();
    }
  }

  function showPopupBlocked(button) {
    removePopupBlocked();
    const p = document.createElement('p');
    p.id = 'popup-blocked';
    p.className = 'alert';
    p.setAttribute('role', 'alert');
    p.textContent = MESSAGES.popupBlocked;
    (button.closest('.actions') || button).after(p);
  }

  function onConnectClick(button) {
    // Synchronously inside the click: browsers allow a popup only here.
    const opened = window.open(`${BASE}/link`, POPUP_NAME, POPUP_FEATURES);
    if (!opened) {
      showPopupBlocked(button);
      return;
    }
    popup = opened;
    removePopupBlocked();
    try {
      popup.focus();
    } catch (err) {
      // focusing is a courtesy
    }
  }

  /**
   * Our popup: the window this page opened, or (after this glance was
   * reloaded while the popup stayed open) a same-origin window whose opener
   * is this one.
   */
  function isOurPopup(source) {
    if (!source) {
      return false;
    }
    if (source === popup) {
      return true;
    }
    try {
      if (source.opener === window) {
        popup = source;
        return true;
      }
    } catch (err) {
      // not same-origin after all
    }
    return false;
  }

  function answerTokenRequest(target, id) {
    tokenFromJira().then(
      (token) => target.postMessage({ type: 'glanceapp:token', id, token }, ORIGIN),
      () => target.postMessage({ type: 'glanceapp:token-error', id }, ORIGIN)
    );
  }

  function onGlanceMessage(event) {
    if (event.origin !== ORIGIN || !isOurPopup(event.source)) {
      return;
    }
    const data = event.data;
    if (!data || typeof data !== 'object') {
      return;
    }
    if (data.type === 'glanceapp:token-request' && typeof data.id === 'string') {
      answerTokenRequest(event.source, data.id);
    } else if (data.type === 'glanceapp:linked') {
      refreshStatus();
    }
  }

  /** Refresh when the key crosses its next boundary (expiring, then expired). */
  function armExpiryTimer() {
    if (expiryTimer !== null) {
      window.clearTimeout(expiryTimer);
      expiryTimer = null;
    }
    const region = document.getElementById('link-status');
    if (!region) {
      return;
    }
    const now = Date.now();
    const next = [region.dataset.expiringAt, region.dataset.expiresAt]
      .map((value) => Date.parse(value || ''))
      .filter((at) => Number.isFinite(at) && at > now)
      .reduce((soonest, at) => Math.min(soonest, at), Infinity);
    if (next === Infinity) {
      return;
    }
    const delay = Math.min(next - now + BOUNDARY_MARGIN_MS, MAX_TIMER_MS);
    expiryTimer = window.setTimeout(() => {
      expiryTimer = null;
      if (Date.now() >= next) {
        refreshStatus();
      } else {
        armExpiryTimer(); // a clamped wait ended before the boundary
      }
    }, delay);
  }

  /**
   * Follow Jira's theme. all.js then sets html[data-color-mode] (light or dark,
   * which app.css obeys over the system preference) and loads Atlassian's token
   * stylesheet, and keeps both in step when the person switches Jira's theme.
   * A host without theming leaves the system preference in charge.
   */
  function followJiraTheme() {
    const theming = window.AP && window.AP.theming;
    if (theming && typeof theming.initializeTheming === 'function') {
      theming.initializeTheming();
    }
  }

  function startGlance() {
    followJiraTheme();
    window.addEventListener('message', onGlanceMessage);
    document.addEventListener('glanceapp:linked', refreshStatus);
    document.addEventListener('htmx:afterSettle', () => {
      if (document.getElementById('link-status')) {
        lastRefreshAt = Date.now();
      }
      armExpiryTimer();
    });
    document.addEventListener('visibilitychange', () => {
      if (
        document.visibilityState === 'visible' &&
        Date.now() - lastRefreshAt >= VISIBLE_REFRESH_MIN_MS
      ) {
        refreshStatus();
      }
    });
    armExpiryTimer();
  }

  /* ----------------------------------------------------------- the popup */

  function startPopup() {
    // htmx dispatches the HX-Trigger event on the requesting element; it bubbles.
    document.addEventListener('glanceapp:linked', () => {
      if (openerAlive()) {
        window.opener.postMessage({ type: 'glanceapp:linked' }, ORIGIN);
      }
    });
  }

  /* ------------------------------------------------------- both: actions */

  document.addEventListener('click', (evt) => {
    const button = evt.target instanceof Element ? evt.target.closest('[data-action]') : null;
    if (!button) {
      return;
    }
    const action = button.getAttribute('data-action');
    if (action === 'connect') {
      evt.preventDefault();
      onConnectClick(button);
    } else if (action === 'close') {
      evt.preventDefault();
      window.close();
    }
  });

  /* -------------------------------------- the popup, back from the provider */

  /** The OpenID Connect callback page in the popup: a link made here refreshes the glance. */
  function startCallback() {
    const result = document.getElementById('link-result');
    const state = result ? result.dataset.linkState : '';
    if ((state === 'linked' || state === 'expiring') && openerAlive()) {
      try {
        window.opener.postMessage({ type: 'glanceapp:linked' }, ORIGIN);
      } catch (err) {
        // an opener on another origin (the Forge tab's) is not ours to tell
      }
    }
  }

  if (PAGE === 'glance') {
    startGlance();
  } else if (PAGE === 'link') {
    startPopup();
  } else if (PAGE === 'link-callback') {
    startCallback();
  }
})();
