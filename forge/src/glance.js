/*
 * glanceapp's Custom UI shell: the glance on a Jira issue, hosted by Forge.
 *
 * Every piece of markup comes from the glanceapp server, rendered from the same
 * templates as the Connect glance (templates/partials/link_status.html). This
 * shell only moves it:
 *
 *   first paint, refresh      requestRemote GET /forge/glance/status  -> HTML, swapped in
 *   Renew                     invokeRemote POST /forge/link/renew      -> {"html": ...}
 *   Disconnect                invokeRemote POST /forge/link/unlink     -> {"html": ...}
 *   Connect / Reconnect       invokeRemote POST /forge/link/start      -> {"url": ...},
 *                             then router.open(url): the sign-in page is a normal
 *                             tab on the server (a Custom UI cannot open popups);
 *                             the status is polled while it is open and refreshed
 *                             whenever the glance becomes visible or focused again.
 *
 * The status partial's buttons name Connect routes in hx-* attributes (htmx
 * drives them there). Here they are recognised by what they do, the path's
 * last segments, and sent through the bridge instead; a button this shell does
 * not recognise (a newer server) is left alone, and anything the server sends
 * that is not a status region or a problem is not swapped in (an older server).
 * Text is written with textContent; markup is only ever the server's, parsed
 * into an inert document first.
 */
import { invokeRemote, requestRemote, router, view } from '@forge/bridge';

const REMOTE = 'glanceapp';
const STATUS_PATH = '/forge/glance/status';
const START_PATH = '/forge/link/start';
const RENEW_PATH = '/forge/link/renew';
const UNLINK_PATH = '/forge/link/unlink';

// While the sign-in tab is open: ask every few seconds, for at most a ticket's life.
const POLL_MS = 3000;
const POLL_FOR_MS = 10 * 60 * 1000;
// setTimeout overflows past ~24.8 days; a clamped timer re-arms itself.
const MAX_TIMER_MS = 86400000;
// Ask just after an expiry boundary, so the server already sees the new state.
const BOUNDARY_MARGIN_MS = 1000;

/** A sentence of the page's <template id="browser-text"> (glanceapp.text, written at build). */
function say(key) {
  const source = document.getElementById('browser-text');
  const line = source ? source.content.querySelector(`[data-text="${key}"]`) : null;
  return line ? line.textContent : key;
}

const LINKED_STATES = new Set(['linked', 'expiring']);

let context = {};
let pollTimer = null;
let pollUntil = 0;
let expiryTimer = null;
let inFlight = null;

/* -------------------------------------------------------------- notices */

function notice() {
  return document.getElementById('app-notice');
}

function showNotice(text) {
  const region = notice();
  if (region) {
    region.textContent = text;
    region.hidden = false;
  }
}

function clearNotice() {
  const region = notice();
  if (region && !region.hidden) {
    region.hidden = true;
    region.textContent = '';
  }
}

function failureText(status) {
  if (status === 401) {
    return say('reload');
  }
  if (status >= 500) {
    return say('server');
  }
  if (status >= 400) {
    return say('client');
  }
  return say('network');
}

/* ------------------------------------------------------------- swapping */

function region() {
  return document.getElementById('link-status');
}

function currentState() {
  const current = region();
  return current ? current.getAttribute('data-link-state') : null;
}

/**
 * Swap the server's status partial (or problem partial) into the glance.
 * Returns false, changing nothing, when the HTML holds neither.
 */
function swapIn(html) {
  if (typeof html !== 'string') {
    return false;
  }
  // DOMParser builds an inert document: nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const incoming = parsed.getElementById('link-status') || parsed.getElementById('problem');
  const current = region() || document.getElementById('problem');
  if (!incoming || !current) {
    return false;
  }
  current.replaceWith(document.importNode(incoming, true));
  document.body.dataset.shellState = 'ready';
  clearNotice();
  armExpiryTimer();
  if (LINKED_STATES.has(currentState())) {
    stopPolling();
  }
  return true;
}

/** The same words the Connect glance shows an anonymous viewer, when the server says 401. */
function showAnonymous() {
  const section = document.createElement('section');
  section.id = 'link-status';
  section.className = 'link-status link-status--unlinked';
  section.setAttribute('data-link-state', 'unlinked');
  section.setAttribute('aria-live', 'polite');
  const p = document.createElement('p');
  p.className = 'link-status__text';
  p.textContent = say('anonymous');
  section.appendChild(p);
  const current = region() || document.getElementById('problem');
  if (current) {
    current.replaceWith(section);
  }
  document.body.dataset.shellState = 'ready';
}

/* --------------------------------------------------------- server calls */

/** GET the status partial through requestRemote and swap it in. */
async function refreshStatus() {
  let response;
  try {
    response = await requestRemote(REMOTE, {
      path: STATUS_PATH,
      method: 'GET',
      headers: { Accept: 'text/html' },
    });
  } catch (err) {
    showNotice(say('network'));
    return;
  }
  const body = await response.text();
  if (response.status === 401 && !context.accountId) {
    showAnonymous();
    return;
  }
  if ((response.ok || response.status === 401) && swapIn(body)) {
    return;
  }
  showNotice(response.ok ? say('unknown') : failureText(response.status));
}

/** The JSON body of an invokeRemote answer, or null. */
function jsonBody(answer) {
  const body = answer && answer.body;
  return body && typeof body === 'object' ? body : null;
}

/** POST through invokeRemote; the answer as {status, body}, never a throw. */
async function invoke(path) {
  try {
    const answer = await invokeRemote({ path, method: 'POST', body: {} });
    return { status: Number(answer && answer.status) || 0, body: jsonBody(answer) };
  } catch (err) {
    // A non-2xx answer may arrive as a rejection carrying the same shape.
    const status = Number(err && err.status) || 0;
    return { status, body: jsonBody(err) };
  }
}

const isSuccess = (status) => status >= 200 && status < 300;

async function renewOrUnlink(path) {
  const { status, body } = await invoke(path);
  if (isSuccess(status) && body && swapIn(body.html)) {
    return;
  }
  showNotice(isSuccess(status) ? say('unknown') : failureText(status));
}

/** The sign-in URL from the server, only if it is a web address. */
function signInUrl(body) {
  if (!body || typeof body.url !== 'string') {
    return null;
  }
  try {
    const url = new URL(body.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch (err) {
    return null;
  }
}

async function connect() {
  const { status, body } = await invoke(START_PATH);
  const url = signInUrl(body);
  if (!isSuccess(status) || !url) {
    if (body && typeof body.html === 'string' && swapIn(body.html)) {
      return;
    }
    showNotice(isSuccess(status) ? say('unknown') : failureText(status));
    return;
  }
  startPolling();
  try {
    await router.open(url);
  } catch (err) {
    // The person declined Jira's "leaving for another site" prompt.
    stopPolling();
    showNotice(say('declined'));
  }
}

/* -------------------------------------------------------------- polling */

function startPolling() {
  pollUntil = Date.now() + POLL_FOR_MS;
  if (pollTimer === null) {
    pollTimer = window.setInterval(() => {
      if (Date.now() > pollUntil) {
        stopPolling();
        return;
      }
      refreshInBackground();
    }, POLL_MS);
  }
}

function stopPolling() {
  if (pollTimer !== null) {
    window.clearInterval(pollTimer);
    pollTimer = null;
  }
}

/** Run `task` after whatever is running: a person's clicks are never dropped. */
function queue(task) {
  const run = (inFlight || Promise.resolve()).then(task, task);
  const settled = run.catch(() => undefined);
  inFlight = settled;
  settled.then(() => {
    if (inFlight === settled) {
      inFlight = null;
    }
  });
  return run;
}

/** A refresh nobody asked for (a poll, focus, a timer): skipped while anything runs. */
function refreshInBackground() {
  if (inFlight === null) {
    queue(refreshStatus);
  }
}

/** Refresh when the key crosses its next boundary (expiring, then expired). */
function armExpiryTimer() {
  if (expiryTimer !== null) {
    window.clearTimeout(expiryTimer);
    expiryTimer = null;
  }
  const current = region();
  if (!current) {
    return;
  }
  const now = Date.now();
  const next = [current.dataset.expiringAt, current.dataset.expiresAt]
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
      refreshInBackground();
    } else {
      armExpiryTimer();
    }
  }, delay);
}

/* -------------------------------------------------------------- actions */

/** What a server-rendered button asks for, recognised by its Connect route. */
function actionOf(button) {
  const action = button.getAttribute('data-action');
  if (action === 'connect') {
    return connect;
  }
  const post = button.getAttribute('hx-post') || '';
  const del = button.getAttribute('hx-delete') || '';
  const get = button.getAttribute('hx-get') || '';
  if (post.endsWith('/link/renew')) {
    return () => renewOrUnlink(RENEW_PATH);
  }
  if (del.endsWith('/link')) {
    return () => renewOrUnlink(UNLINK_PATH);
  }
  if (get.endsWith('/glance/status')) {
    return refreshStatus;
  }
  return null;
}

document.addEventListener('click', (evt) => {
  const button = evt.target instanceof Element ? evt.target.closest('button') : null;
  if (!button || button.disabled) {
    return;
  }
  const action = actionOf(button);
  if (!action) {
    return;
  }
  evt.preventDefault();
  button.disabled = true;
  queue(action).finally(() => {
    // The button is usually gone by now (swapped out); if not, it works again.
    button.disabled = false;
  });
});

function refreshIfVisible() {
  if (document.visibilityState === 'visible') {
    refreshInBackground();
  }
}

document.addEventListener('visibilitychange', refreshIfVisible);
window.addEventListener('focus', refreshIfVisible);

/* ---------------------------------------------------------------- start */

async function start() {
  try {
    await view.theme.enable();
  } catch (err) {
    // A host without theming: the stylesheet's own light and dark fallbacks apply.
  }
  try {
    context = (await view.getContext()) || {};
  } catch (err) {
    context = {};
  }
  await queue(refreshStatus);
}

start();
