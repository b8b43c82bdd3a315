/*
 * What Jira's own page provides before connect-host.js loads (this file runs
 * after jQuery and before connect-host.js):
 * - AUI's window.AJS, of which connect-host.js needs AJS.$ (jQuery);
 * - an initialised feature-gate client. Jira initialises Atlassian's
 *   FeatureGates client on its pages; connect-host.js picks up the one bound to
 *   window.__FEATUREGATES_JS__ (the hook it offers for tests) and otherwise logs
 *   "Feature flag service is not initialised" as an error. This stand-in answers
 *   every gate with its default, false, without going to the network.
 */
window.AJS = window.AJS || {};
window.AJS.$ = window.jQuery;

window.__FEATUREGATES_JS__ = window.__FEATUREGATES_JS__ || {
  // The client version bundled in connect-host.js 5.3.190; another one only warns.
  getPackageVersion: () => '4.23.4',
  initializeCompleted: () => true,
  checkGate: () => false,
};
