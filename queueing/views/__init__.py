"""The queue's public pages, one module per screen: the kiosk, the display board,
a ticket. (A package rather than one views.py: three screens for three devices.)"""
