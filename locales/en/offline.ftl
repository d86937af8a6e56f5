## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = Offline reading
offline-title = Offline reading
offline-lead = The lessons of your modules are kept on this device, so you can read them without a connection. Lessons you finish and quiz answers you give offline are sent when you are back online.
offline-needs-js = Offline reading needs JavaScript, which is off in this browser. Everything else on the site works without it.
offline-kept = kept on this device
offline-not-kept = not kept yet
offline-pending = Waiting to be sent: { $count }.
offline-storage = Space used on this device: { $size }.
offline-keep = Keep lessons now
offline-kept-now = Pages kept on this device: { $count }.
offline-forget = Remove everything kept
offline-forgotten = Removed. Nothing more is kept on this device until you choose “Keep lessons now”.
offline-empty = You are not enrolled in any module yet.
offline-you-are-offline = You are offline. Lessons kept on this device can still be read.
offline-queued = Saved on this device. It will be sent when you are back online.
offline-sent = What you did offline has been sent.
offline-submit-later = You are offline: your answers are kept on this device. Submit the quiz when you are back online.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Download the module as one file
download-size-kb = { $kb } KB
download-module-hint = Every lesson with its pictures in one page that opens in any browser, without a connection.
download-footer = Downloaded from the CSO Web Academy. The module online:
