// The app's identity towards the system. On Windows a notification shows only for the AppUserModelID of the
// Start-menu shortcut, which the installer sets from electron-builder's appId: the two must be equal (a test
// keeps build/electron-builder.yml's appId to this).
export const APP_ID = 'cn.shiftdesk.app';
