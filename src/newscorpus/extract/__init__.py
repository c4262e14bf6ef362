"""Extractors that read an article's text: quotations and speakers, sources, metadata."""
