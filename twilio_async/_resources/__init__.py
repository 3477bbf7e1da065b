"""Resource declarations, one module per Twilio product area."""
