// The build-time print stylesheet made by the Vite plugin in print-site.ts.
declare module 'virtual:print-site.css';
