"""Lesson content and the catalog that loads and validates it (stdlib only)."""
