#!/usr/bin/python3
"""close-window.py WINDOW_ID: asks an X window to close, as its title bar's close
button does (a WM_DELETE_WINDOW message), so the app shuts down the way it does
for a user. xdotool's windowclose destroys the window instead, which no app
survives gracefully. Needs python3-xlib (Debian's /usr/bin/python3)."""
import sys

from Xlib import X, display, protocol

screen = display.Display()
window = screen.create_resource_object("window", int(sys.argv[1]))
message = protocol.event.ClientMessage(
    window=window,
    client_type=screen.intern_atom("WM_PROTOCOLS"),
    data=(32, [screen.intern_atom("WM_DELETE_WINDOW"), X.CurrentTime, 0, 0, 0]),
)
window.send_event(message, event_mask=X.NoEventMask)
screen.flush()
