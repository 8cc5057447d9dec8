"""The panes and the small widgets they are made of."""
