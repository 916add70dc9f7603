// The floor: the same project settings and @types/node, no client imported.
export const nothing = 0;
