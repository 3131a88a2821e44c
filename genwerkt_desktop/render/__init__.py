"""The painters: plain shapes from domain/ turned into pixels or vector graphics.

Qt painters (screen, PNG) and reportlab painters (PDF, SVG) live here together, with the
fonts and right-to-left handling they share.  Sheets (exports/) and views (ui/) use them;
nothing here builds a sheet or a widget.
"""
