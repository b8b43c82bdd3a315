"""The linked service: accounts, apiKeys, login protection and the link operations."""
