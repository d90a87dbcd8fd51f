// The app's identity as the OS knows it: electron-builder's appId, which Windows also needs as the AppUserModelID, or it
// drops the app's toast notifications (tests/unit/packaging/ checks the two are the same).
export const APP_ID = 'io.butlr.credentials';
