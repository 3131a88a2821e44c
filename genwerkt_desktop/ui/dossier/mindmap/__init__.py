"""The Mind map tab (see :mod:`.tab`)."""

from .tab import MindmapTab, build_mindmap_tab, flow_export

__all__ = ["MindmapTab", "build_mindmap_tab", "flow_export"]
