"""Loopback benchmark for glanceapp: `python -m bench` (or `make bench`)."""
