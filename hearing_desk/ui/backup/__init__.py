"""Backups in the window: the automatic backups, 文件 → 备份与恢复…, and a damaged file met at opening."""
