"""The Qt Widgets interface.  It talks to services and domain only, never to the store."""
