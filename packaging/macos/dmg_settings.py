"""dmgbuild settings for Briefer's macOS disk image (drag Briefer.app onto Applications).

    dmgbuild -s packaging/macos/dmg_settings.py \
        -D app=packaging/dist/Briefer.app "Briefer 0.1.0" packaging/dist/Briefer-0.1.0-macos.dmg

dmgbuild runs this file with a ``defines`` dict holding the ``-D`` values; everything else it
reads is the module-level names below (see dmgbuild's documentation, "Settings").
"""

import os.path

# Defined by dmgbuild when it executes this file.
defines = globals().get("defines", {})

application = defines.get("app", "packaging/dist/Briefer.app")
appname = os.path.basename(application)

# Compressed, read-only image (zlib: opens on every supported macOS, 11.0 and later).
format = defines.get("format", "UDZO")
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}

# The volume uses the app's own icon.
icon = os.path.join(application, "Contents", "Resources", "briefer.icns")
if not os.path.exists(icon):
    icon = None

# Window: the app on the left, an arrow, Applications on the right.
background = "builtin-arrow"
window_rect = ((200, 120), (640, 320))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 13
arrange_by = None
icon_locations = {appname: (160, 150), "Applications": (480, 150)}
hide_extension = [appname]
