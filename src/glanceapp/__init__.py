"""glanceapp: a Jira Cloud issue glance that links Jira users to a service with expiring apiKeys."""

__version__ = "0.1.0"
