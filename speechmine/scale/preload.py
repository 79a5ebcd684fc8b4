"""Imported by the batch pool's server process (`forkserver` preload): loads the shipped lexicons
and the segmenter's dictionary once, so that every worker forked from it starts ready."""
from ..extract import extract

extract("要加强。")
