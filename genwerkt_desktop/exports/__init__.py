"""Sheets and pictures made from domain records (reportlab), already filtered by consent."""
