"""The messages of an exchange in the window: *Da inviare*, the batch with its text and
preview, the log, and sending in the background."""
