"""HTTP clients for Atlassian: install public keys, the OAuth 2.0 server, the Jira REST API."""
