// A real OpenID Connect provider on loopback for glanceapp's tests and sandbox:
// panva's oidc-provider (OpenID Certified), with one client, a few people, and
// a small login page of its own that checks their passwords.
//
// Configuration is one JSON object in the GLANCEAPP_TEST_PROVIDER environment
// variable:
//   issuer       the issuer URL (may be a proxy in front of this server)
//   port         where to listen on 127.0.0.1 (0: any free port)
//   client       {client_id, client_secret?, redirect_uris}
//   jwks         {keys: [private JWK]} (the tests keep the key, to forge tokens)
//   users        {login: {password, sub, claims: {...}}}
// When listening it prints one line of JSON to stdout: {"port": N}.

import http from 'node:http';
import Provider, { interactionPolicy } from 'oidc-provider';

const config = JSON.parse(process.env.GLANCEAPP_TEST_PROVIDER || '{}');
const users = config.users || {};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function accountBySub(sub) {
  return Object.values(users).find((user) => user.sub === sub);
}

// Loopback redirect URIs match on any port only for a native client, and a native
// client is asked for consent every time unless that check is taken out.
const policy = interactionPolicy.base();
policy.get('consent').checks.remove('native_client_prompt');

const client = {
  response_types: ['code'],
  grant_types: ['authorization_code'],
  id_token_signed_response_alg: 'RS256',
  ...config.client,
};
if (!client.client_secret) {
  client.token_endpoint_auth_method = 'none';
}

const provider = new Provider(config.issuer, {
  clients: [client],
  jwks: config.jwks,
  cookies: { keys: ['glanceapp-test-provider-cookie-key'] },
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'groups'],
  claims: {
    openid: ['sub'],
    profile: ['preferred_username', 'name'],
    groups: ['groups'],
  },
  // Profile claims in the ID token itself, as most providers do for a code flow.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { policy, url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const user = accountBySub(sub);
    if (!user) {
      return undefined;
    }
    return { accountId: sub, claims: async () => ({ sub, ...user.claims }) };
  },
  // A first-party client: no consent screen, every scope it asks for is granted.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile groups');
    await grant.save();
    return grant;
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = `<!doctype html><title>Error</title><h1 id="error">${escapeHtml(out.error)}</h1>`
      + `<p>${escapeHtml(out.error_description || '')}</p>`;
  },
});

function loginPage(uid, error) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Team sign-in</title></head>
<body>
<h1>Team sign-in</h1>
${error ? `<p id="login-error" role="alert">${escapeHtml(error)}</p>` : ''}
<form id="provider-login" method="post" action="/interaction/${escapeHtml(uid)}/login">
  <label>Username <input id="provider-username" name="login" autocomplete="username"></label>
  <label>Password <input id="provider-password" name="password" type="password"></label>
  <button id="provider-submit" type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort">
  <button id="provider-cancel" type="submit">Cancel</button>
</form>
</body></html>`;
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 65536) {
        reject(new Error('form too large'));
      }
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid || details.prompt.name !== 'login') {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`this interaction is not a login: ${JSON.stringify(details.prompt)}`);
    return;
  }
  if (req.method === 'GET' && !action) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(loginPage(uid));
    return;
  }
  if (req.method === 'POST' && action === 'abort') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'the person cancelled',
    }, { mergeWithLastSubmission: false });
    return;
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const user = users[form.get('login') || ''];
    if (!user || user.password !== form.get('password')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(loginPage(uid, 'Wrong username or password.'));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.sub } }, {
      mergeWithLastSubmission: false,
    });
    return;
  }
  res.writeHead(405, { 'content-type': 'text/plain' });
  res.end('method not allowed');
}

const handle = provider.callback();
const server = http.createServer((req, res) => {
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/.exec(
    new URL(req.url, 'http://127.0.0.1').pathname,
  );
  if (!match) {
    handle(req, res);
    return;
  }
  interaction(req, res, match[1], match[2]).catch((err) => {
    if (!res.headersSent) {
      res.writeHead(400, { 'content-type': 'text/plain' });
    }
    res.end(`interaction failed: ${err.message}`);
  });
});

server.listen(config.port || 0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
