# Links, QR codes, and what to do when a link cannot be used (English)

## Link names

links-caption-security-info = Microsoft "Security info" page
links-caption-authenticator-app-store = Microsoft Authenticator for iPhone (App Store)
links-caption-authenticator-google-play = Microsoft Authenticator for Android (Google Play)
links-caption-authenticator-download = Download Microsoft Authenticator (iPhone or Android)
links-caption-microsoft-mfa-help-en = About multi-factor authentication (Microsoft Support)
links-caption-help-desk-page = Help desk page

## Buttons and notes beside a QR code

links-action-copy = Copy link
links-action-copied = Copied
links-action-copy-failed = The link could not be copied. Select the address below and copy it, or write it down.
links-action-open = Open in browser
links-action-open-failed = The browser could not be opened. Copy the link and paste it into your browser's address bar.
links-action-save-image = Save as image
links-action-enlarge = Enlarge QR code
links-save-image-dialog-title = Save the QR code as an image
links-save-image-done = Saved: { $file }
links-save-image-failed = The image could not be saved. Choose another place and try again.
# Read out by screen readers in place of the QR code image
links-qr-label = QR code that opens { $caption }
links-qr-hint = Point your phone's camera at this QR code, then tap the link that appears.
links-address-label = Address to type by hand

## When the camera does not react

links-camera-title = If the camera does not react
links-camera-tip-camera-app = Open the Camera app that came with your phone, point it at the QR code without pressing the shutter, and wait a few seconds.
links-camera-tip-android = On Android, if nothing happens, try the Lens button in the camera app or Google Lens.
links-camera-tip-distance = Hold the phone 15 to 30 cm from the screen so the whole code fits in the frame. Too close and it cannot focus.
links-camera-tip-larger = Press "Enlarge QR code" to show it bigger; a larger code is easier to read.
links-camera-tip-screen = Glare or a dim screen can stop the camera reading the code. Tilt the phone slightly or turn up the screen brightness.
links-camera-tip-type = If it still does not work, type the address above into the address bar of your phone's browser (Safari, Chrome or similar).
links-camera-tip-send-to-self = You can also press "Copy link", paste it into an email to yourself, and open the link on your phone.

## When a link was not opened for safety

links-refused-title = This link was not opened, for your safety
links-refused-report = Your organisation's settings may contain a mistake. Please tell the help desk you saw this message.
links-refused-too-long = The address is too long to check that it is genuine.
links-refused-hidden-characters = The address contains spaces or invisible characters.
links-refused-non-ascii = The address contains characters other than plain letters, digits and symbols, such as full-width letters or letters that only look like the real ones.
links-refused-not-https = The address does not use a secure connection (https).
links-refused-malformed = The address is not written correctly.
links-refused-credentials = The address contains a user name or password.
links-refused-port = The address names a connection port.
links-refused-ip-address = The address uses a numeric IP address instead of a site name.
links-refused-encoded-host = The site name is written in an encoded form (such as a name starting with xn--) that fake sites use to imitate real ones.
links-refused-malformed-host = The site name in the address is not valid.
links-refused-host-not-allowed = The site is not on the list of sites this assistant may open.
