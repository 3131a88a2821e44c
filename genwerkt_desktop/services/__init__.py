"""Use cases. Each method is one unit of work and returns frozen records, never rows."""
