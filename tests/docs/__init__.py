"""Tests of the documentation: its snippets run and type-check."""
