"""bytes -> Document: sniff the type by content, extract visible text in reading order."""
