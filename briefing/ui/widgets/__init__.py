"""Small widgets the panes and screens are made of: keyboard lists, the inbox watcher."""
