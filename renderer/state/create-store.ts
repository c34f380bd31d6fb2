// The one place the renderer imports zustand: stores are created through this module so that a
// change of state library, or a devtools hook, happens here and nowhere else.
export { create } from 'zustand';
export { useShallow } from 'zustand/react/shallow';
