"""socialaudit: audits opted-in social media accounts against an organisation's policy."""
__version__ = "0.1.0"
