/*
 * The fake Forge's bridge inside the Custom UI iframe (loaded before the app's
 * bundle, as Forge injects its own): @forge/bridge looks up
 * window.__bridge.callBridge(name, payload) when it loads, and every call is
 * relayed here to the product page over postMessage. Answers are accepted only
 * from the parent window at the Jira site's origin; callbacks stay in this frame.
 * `enableTheming` also sets html[data-color-mode] from the page's answer and
 * loads the design tokens for it (theme-tokens.css), as Forge's theming does.
 */
(() => {
  'use strict';

  const HOST_ORIGIN = '$host_origin';
  const pending = new Map();
  let sequence = 0;

  window.addEventListener('message', (event) => {
    if (event.origin !== HOST_ORIGIN || event.source !== window.parent) {
      return;
    }
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'forge-fake:answer') {
      return;
    }
    const call = pending.get(data.id);
    if (!call) {
      return;
    }
    pending.delete(data.id);
    if (data.ok) {
      call.resolve(data.result);
    } else {
      call.reject(new Error(String(data.error || 'the bridge call failed')));
    }
  });

  function callBridge(name, payload) {
    sequence += 1;
    const id = 'call-' + sequence;
    const answer = new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
    });
    window.parent.postMessage({ type: 'forge-fake:call', id, name, payload }, HOST_ORIGIN);
    if (name !== 'enableTheming') {
      return answer;
    }
    return answer.then((theme) => {
      if (theme && (theme.colorMode === 'light' || theme.colorMode === 'dark')) {
        document.documentElement.setAttribute('data-color-mode', theme.colorMode);
        document.documentElement.setAttribute('data-theme', 'light:light dark:dark');
        const tokens = document.createElement('link');
        tokens.rel = 'stylesheet';
        tokens.href = 'theme-tokens.css';
        document.head.appendChild(tokens);
      }
    });
  }

  Object.defineProperty(window, '__bridge', {
    value: Object.freeze({ callBridge }),
    writable: false,
    configurable: false,
  });
})();
