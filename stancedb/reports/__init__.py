"""Reports: pure functions over query rows, and the renderers that print them."""
