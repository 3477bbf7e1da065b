"""Pytest plugin entry point (fixtures are opt-in; see twilio_async.testing)."""
